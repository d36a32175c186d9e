/**
 * The HTTP contract shared by the server, the CLI and (later) the web app: error bodies, query
 * strings and the resource list. Diary record schemas live in `domain/diary`.
 */
import { z } from 'zod';
import { localDate } from '../domain/diary/primitives.ts';

/** Every error response: `{ error: { code, message, field?, issues? } }`. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum([
      'invalid',
      'not_found',
      'conflict',
      'forbidden',
      'unauthenticated',
      'too_large',
      'unsupported_media_type',
      'unavailable',
      'internal',
    ]),
    message: z.string(),
    field: z.string().optional().meta({ description: 'JSON path of the offending field' }),
    issues: z
      .array(z.object({ field: z.string(), message: z.string() }))
      .optional()
      .meta({ description: 'every offending field, when validation found several' }),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** `?from=YYYY-MM-DD&to=YYYY-MM-DD`: local days, both inclusive, both optional. */
export const listQuerySchema = z.strictObject({
  from: localDate.optional(),
  to: localDate.optional(),
});

/** `POST /api/diary/import?mode=merge|replace&dryRun=true|false`. */
export const importQuerySchema = z.strictObject({
  mode: z.enum(['merge', 'replace']).optional(),
  dryRun: z.enum(['true', 'false']).optional(),
});

export const healthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.enum(['sqlite', 'postgres']),
  time: z.string(),
});

export const countSchema = z.object({
  inFile: z.int(),
  added: z.int(),
  total: z.int(),
});

export const importReportSchema = z.object({
  mode: z.enum(['merge', 'replace']),
  dryRun: z.boolean(),
  counts: z.record(z.string(), countSchema),
});

/** Largest JSON body of an ordinary request, in bytes. */
export const MAX_BODY_BYTES = 256 * 1024;
/** Largest diary accepted by `POST /api/diary/import`, in bytes (the CLI has no such limit). */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

/**
 * Rule choices of the clinical engine exposed to callers (`?migraineDayRule=…` on the API,
 * `--migraine-day-rule …` on the CLI). Everything else keeps its documented default.
 */
export const analysisOptionsSchema = z.strictObject({
  migraineDayRule: z.enum(['vanDerArend', 'ihsEffectiveTriptan', 'legacy4h']).optional(),
  chronicMonthsMode: z.enum(['strict', 'leiden']).optional(),
  attackMergeRule: z.enum(['gap24h', 'lockedDay', 'none']).optional(),
  blockStart: localDate.optional(),
});
export type AnalysisOptions = z.infer<typeof analysisOptionsSchema>;

/** Options of the therapy endpoints and commands (verdict, plan, next session). */
export const therapyQuerySchema = z.strictObject({
  outcome: z.enum(['migraine_days', 'headache_days']).optional(),
  migraineDayRule: analysisOptionsSchema.shape.migraineDayRule,
  attackMergeRule: analysisOptionsSchema.shape.attackMergeRule,
});
export type TherapyQuery = z.infer<typeof therapyQuerySchema>;
