/**
 * Zod schemas of the verdict engine's inputs, for the edges that feed it (CLI, API, wiring
 * from a diary). Inside the domain the plain types of types.ts are trusted; these schemas
 * enforce them once at the boundary, with field-level messages.
 */
import { z } from 'zod';
import type { AbabPlanRequest } from './abab-plan.ts';
import { dayNumber } from './dates.ts';
import type { DailyOutcome, TherapyCourse } from './types.ts';

const isRealDay = (s: string): boolean => {
  try {
    dayNumber(s);
    return true;
  } catch {
    return false;
  }
};

/** A calendar day `YYYY-MM-DD` that exists. */
export const localDateSchema = z.string().refine(isRealDay, 'must be a real day YYYY-MM-DD');

const scale10 = z.number().min(0).max(10);

/** One day of the daily series. */
export const dailyOutcomeSchema = z.object({
  date: localDateSchema,
  recorded: z.boolean(),
  migraineDay: z.boolean(),
  headacheDay: z.boolean(),
  moderateSevereDay: z.boolean().optional(),
  acuteMedicationDay: z.boolean().optional(),
  peakPain: scale10.nullable().optional(),
  durationHours: z.number().min(0).max(24).nullable().optional(),
  dayLost: z.boolean().optional(),
  stress: scale10.nullable().optional(),
  preventiveChange: z.boolean().optional(),
  earlyWarning: z.boolean().optional(),
}) satisfies z.ZodType<DailyOutcome>;

/** A therapy course. */
export const therapyCourseSchema = z.object({
  therapyId: z.string().min(1).max(100),
  start: localDateSchema,
  end: localDateSchema.nullable(),
  runInDays: z.int().min(0).max(365).optional(),
  sessions: z.array(localDateSchema).optional(),
}) satisfies z.ZodType<TherapyCourse>;

/** A request for a randomised ABAB plan. */
export const ababPlanRequestSchema = z.object({
  therapyId: z.string().min(1).max(100),
  start: localDateSchema,
  seed: z.int().min(0).max(0xffffffff),
  pairs: z.int().min(5).max(24).optional(),
  periodDays: z.int().min(14).max(182).optional(),
  washoutDays: z.int().min(0).max(175).optional(),
  blindable: z.boolean().optional(),
}) satisfies z.ZodType<AbabPlanRequest>;
