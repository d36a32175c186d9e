import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import { z } from 'zod';
import { localDate, timeZone } from '../../../domain/diary/primitives.ts';
import { AppError } from '../../../domain/errors.ts';
import { EXPORT_FORMATS } from '../../../domain/interop/formats.ts';
import { IMPORT_FORMATS, RECORDED_DAY_RULES } from '../../../domain/interop/import/types.ts';
import { errorBodySchema, importReportSchema, MAX_IMPORT_BYTES } from '../../../shared/api.ts';
import type { Services } from '../../services/index.ts';
import { exportQuerySchema } from '../../services/interop.service.ts';
import type { RouteDef } from '../route-def.ts';

const err = (description: string) => ({ description, schema: errorBodySchema });

const importQuerySchema = z.strictObject({
  format: z
    .enum(IMPORT_FORMATS)
    .optional()
    .meta({ description: 'default: detected from the file' }),
  mode: z.enum(['merge', 'replace']).optional(),
  dryRun: z.enum(['true', 'false']).optional(),
  filename: z.string().max(200).optional().meta({ description: 'name of the uploaded file' }),
  timeZone: timeZone
    .optional()
    .meta({ description: "zone of local times (default: the profile's)" }),
  setZone: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: 'make timeZone the profile zone, in the same transaction' }),
  unreadable: z.enum(['rest', 'nothing']).optional().meta({
    description:
      'rows that cannot be read: import the rest, or nothing (default: undecided, nothing is written)',
  }),
  recordedDays: z.enum(RECORDED_DAY_RULES).optional().meta({
    description:
      'date-only sources: which days count as recorded (default: undecided, nothing is written)',
  }),
  person: z
    .string()
    .max(100)
    .optional()
    .meta({ description: 'person id in a multi-person daily file' }),
  dayZero: localDate.optional().meta({ description: 'date of day 0 in a file counting days' }),
});

const issueSchema = z.object({
  file: z.string().optional(),
  line: z.int().optional(),
  column: z.string().optional(),
  message: z.string(),
});

const countsSchema = z.object({
  inFile: z.int(),
  new: z.int(),
  changed: z.int(),
  unchanged: z.int(),
  removed: z.int(),
});

const previewSchema = z.object({
  format: z.string(),
  source: z.string(),
  mode: z.enum(['merge', 'replace']),
  person: z.enum(['unchanged', 'replaced']),
  timeZone: z.string().meta({ description: 'the zone every time of the preview is shown in' }),
  counts: z.record(z.string(), countsSchema),
  samples: z.array(
    z.object({ collection: z.string(), source: z.string(), text: z.string(), status: z.string() }),
  ),
  warnings: z.array(issueSchema),
  unmapped: z.array(
    z.object({ kind: z.string(), name: z.string(), rows: z.int(), lines: z.array(z.int()) }),
  ),
  rejected: z.array(issueSchema).meta({ description: 'rows that cannot be read' }),
  recordedDays: z
    .object({
      options: z.array(
        z.object({
          rule: z.enum(RECORDED_DAY_RULES),
          days: z.int(),
          first: z.string().optional(),
          last: z.string().optional(),
          meaning: z.string(),
        }),
      ),
      rule: z.enum(RECORDED_DAY_RULES),
      confirmed: z.boolean(),
    })
    .optional(),
  decisions: z
    .array(z.string())
    .meta({ description: 'decisions still open; nothing is written while any is' }),
});

const tooLarge = (limit: number) =>
  new AppError(
    'too_large',
    `the upload is larger than ${Math.round(limit / 1024 / 1024)} MB; import large files with the command line (stillpoint import FILE); nothing was changed`,
  );

/** Reads a request body as bytes, refusing more than `limit` bytes before reading them all. */
async function readBodyBytes(c: Context, limit: number): Promise<Uint8Array> {
  if (Number(c.req.header('content-length') ?? Number.NaN) > limit) throw tooLarge(limit);
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  const source: AsyncIterable<Uint8Array> | null | undefined =
    incoming && typeof incoming.on === 'function'
      ? (incoming as AsyncIterable<Uint8Array>)
      : (c.req.raw.body as AsyncIterable<Uint8Array> | null);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source ?? []) {
    size += chunk.length;
    if (size > limit) {
      incoming?.resume();
      throw tooLarge(limit);
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks, size));
}

const EXPORT_TYPES = [
  'application/json',
  'application/zip',
  'text/csv',
  'application/fhir+json',
  'text/calendar',
  'application/pdf',
];

/** Exports in every format and imports from Stillpoint and other apps. */
export function interopRoutes(services: Services): RouteDef[] {
  return [
    {
      method: 'get',
      path: '/api/export/:format',
      tag: 'interop',
      summary:
        'Export the diary as json, csv (ZIP of tables, or one ?table=), fhir (R4 Bundle), ics (planned sessions) or pdf (doctor report); ?from=&to= limit the period',
      params: z.strictObject({ format: z.enum(EXPORT_FORMATS) }),
      query: exportQuerySchema,
      responses: {
        200: { description: 'the file', contentTypes: EXPORT_TYPES },
        400: err('invalid format or period'),
      },
      handle: async ({ actor, params, query }) => {
        const file = await services.interop.export(
          actor,
          params.format as (typeof EXPORT_FORMATS)[number],
          query,
        );
        return { status: 200, raw: file };
      },
    },
    {
      method: 'post',
      path: '/api/import',
      tag: 'interop',
      summary:
        'Import a file (Stillpoint JSON/CSV or a ZIP of CSV tables, Bearable, Migraine Buddy CSV, Apple Health export.zip/export.xml, Daylio CSV, iHeadache report, generic start,end,pain CSV, daily yes/no CSV): previewed and validated whole with line numbers, then committed all or nothing once every decision is made (dryRun=true: preview only)',
      query: importQuerySchema,
      maxBodyBytes: MAX_IMPORT_BYTES,
      rawBody: {
        contentTypes: [
          'text/csv',
          'application/json',
          'application/zip',
          'application/xml',
          'text/xml',
          'application/octet-stream',
        ],
        read: readBodyBytes,
      },
      responses: {
        200: {
          description: 'the preview, and what was written (null on a dry run)',
          schema: z.object({ preview: previewSchema, report: importReportSchema.nullable() }),
        },
        400: err('the file was refused; issues name file, line and column; nothing was changed'),
        413: err('file too large for the API; use the command line'),
      },
      handle: async ({ actor, query, body }) => ({
        status: 200,
        body: await services.interop.import(
          actor,
          [{ name: query.filename ?? 'upload', bytes: body as Uint8Array }],
          {
            format: query.format as (typeof IMPORT_FORMATS)[number] | undefined,
            mode: query.mode === 'replace' ? 'replace' : 'merge',
            dryRun: query.dryRun === 'true',
            timeZone: query.timeZone,
            setZone: query.setZone === 'true',
            unreadable: query.unreadable as 'rest' | 'nothing' | undefined,
            recordedDays: query.recordedDays as (typeof RECORDED_DAY_RULES)[number] | undefined,
            person: query.person,
            dayZero: query.dayZero,
          },
        ),
      }),
    },
  ];
}
