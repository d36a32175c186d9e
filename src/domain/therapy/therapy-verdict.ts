/**
 * `stillpoint verdict` and `GET /api/therapies/:id/verdict`: the calibrated AB verdict of one
 * course (verdict engine, docs/clinical-rules.md §8) on the diary's own migraine days, with the
 * uncontrolled immediate effects of its sessions and, when the course carries a randomised
 * ABAB plan, that plan's result — each reported apart, never mixed into the verdict.
 */

import { localDateOf } from '../calendar/zoned.ts';
import type { Diary } from '../diary/diary.schema.ts';
import type { AbabResult } from '../verdict/abab-analysis.ts';
import { type ImmediateEffects, immediateEffects } from '../verdict/immediate-effects.ts';
import type { VerdictOptions } from '../verdict/options.ts';
import type { VerdictOutcome, VerdictResult } from '../verdict/types.ts';
import { verdict } from '../verdict/verdict.ts';
import { type TherapyCommandOptions, therapyContext } from './context.ts';
import { sessionsOf } from './course.ts';
import { planView } from './therapy-plan.ts';

export interface TherapyVerdictOptions extends TherapyCommandOptions {
  outcome?: VerdictOutcome;
  verdict?: Partial<VerdictOptions>;
}

/**
 * The verdict object of docs/product.md §5.3 plus the course's name, kind and separate summaries.
 */
export interface TherapyVerdictResult extends VerdictResult {
  therapyName: string;
  kind: string;
  /** First day of the course as analysed (first session, or the declared start if earlier). */
  courseStart: string;
  immediateEffects: ImmediateEffects;
  /** Result of the course's randomised ABAB plan so far; null without a plan. */
  abab: AbabResult | null;
}

/**
 * Computes the verdict of the selected course. Never throws on thin data (the verdict says
 * `insufficient_data` with warnings); throws `not_found` for an unknown course and `invalid`
 * for malformed options.
 */
export function therapyVerdict(diary: Diary, options: TherapyVerdictOptions): TherapyVerdictResult {
  const ctx = therapyContext(diary, options);
  const outcome = options.outcome ?? options.verdict?.outcome ?? 'migraine_days';
  const result = verdict(ctx.completeSeries, ctx.course, { ...options.verdict, outcome });
  const zone = diary.person.timeZone;
  const sessions = sessionsOf(diary, ctx.therapy).map((s) => ({
    date: localDateOf(s.at, zone),
    painBefore: s.painBefore ?? null,
    painAfter: s.painAfter ?? null,
  }));
  const plan = ctx.therapy.plan ? planView(ctx, ctx.therapy.plan, outcome) : null;
  return {
    ...result,
    therapyName: ctx.therapy.name,
    kind: ctx.therapy.kind,
    courseStart: ctx.course.start,
    immediateEffects: immediateEffects(sessions, ctx.completeSeries),
    abab: plan?.result ?? null,
  };
}
