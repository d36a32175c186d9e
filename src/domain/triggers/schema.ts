/**
 * The trigger report as a zod schema: the documented shape of `GET /api/analysis/triggers` in
 * the OpenAPI document, and a test keeps `triggerReport` output parseable by it.
 */
import { z } from 'zod';
import { VERDICTS } from './labels.ts';

const ratio = z.number().meta({ description: 'odds ratio (≈ how many times as often)' });
const interval = z.tuple([ratio, ratio]);

export const factorResultSchema = z.object({
  factor: z.string().meta({ description: 'check-in field name (sleepHours, …) or the attack tag' }),
  label: z.string(),
  source: z.enum(['check_in', 'attack_tag']),
  verdict: z.enum(VERDICTS),
  premonitory: z.boolean().meta({ description: 'also an early-warning symptom: never a trigger' }),
  suspected: z.object({
    profile: z.boolean().meta({ description: 'marked in the profile (person.factors)' }),
    attackTags: z.array(z.string()),
    attacksTagged: z.int(),
  }),
  exposure: z.string().nullable().meta({ description: 'what an exposed day is' }),
  timing: z.string().meta({ description: 'the lag, fixed in advance' }),
  estimate: z
    .object({
      oddsRatio: ratio,
      interval95: interval,
      adjustedInterval: interval.meta({ description: 'family-wise interval the verdict uses' }),
    })
    .nullable(),
  data: z.object({
    days: z.int(),
    onsets: z.int(),
    exposedDays: z.int(),
    exposedOnsets: z.int(),
    completeness: z.number(),
    lowCompleteness: z.boolean(),
    tested: z.boolean(),
  }),
  needed: z.object({ weeks: z.int(), attacks: z.int() }).nullable(),
  controlDays: z.int(),
  offerCheckIn: z.boolean(),
  summary: z.string().nullable().meta({ description: 'the estimate in plain words' }),
  explanation: z.string(),
});

export const triggerReportSchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }).nullable(),
  atRiskDays: z.int(),
  onsets: z.int(),
  factorsTested: z.int(),
  method: z.object({
    rows: z.string(),
    lag: z.string(),
    model: z.string(),
    adjustment: z.string(),
    adjustedLevel: z.number(),
  }),
  factors: z.array(factorResultSchema),
  caveat: z.string(),
});
