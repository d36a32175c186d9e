/**
 * Randomised ABAB plans for a course (docs/clinical-rules.md §8.5, `stillpoint plan`,
 * `POST /api/therapies/:id/plan`): drawing a plan once, before its data exist, and reading it
 * back with adherence so far and, once pairs are complete, the exact randomisation test.
 */
import { z } from 'zod';
import { addDays, daysBetween, toDayNumber } from '../calendar/dates.ts';
import { localDateOf } from '../calendar/zoned.ts';
import type { Diary, StoredAbabPlan, Therapy } from '../diary/diary.schema.ts';
import { localDate } from '../diary/primitives.ts';
import { AppError } from '../errors.ts';
import { type AbabResult, analyseAbab } from '../verdict/abab-analysis.ts';
import { ABAB_LIMITS, DEFAULT_PLAN, MIN_ANALYSED_DAYS } from '../verdict/abab-limits.ts';
import { type AbabPlan, planAbab } from '../verdict/abab-plan.ts';
import type { VerdictOutcome } from '../verdict/types.ts';
import { type TherapyCommandOptions, type TherapyContext, therapyContext } from './context.ts';

/** What a person may choose when asking for a plan; everything has a default. */
export const planRequestSchema = z.strictObject({
  /** First day of the first period; default tomorrow. Never in the past. */
  start: localDate.optional(),
  pairs: z.int().min(ABAB_LIMITS.pairs.min).max(ABAB_LIMITS.pairs.max).optional(),
  periodDays: z.int().min(ABAB_LIMITS.periodDays.min).max(ABAB_LIMITS.periodDays.max).optional(),
  washoutDays: z.int().min(ABAB_LIMITS.washoutDays.min).max(ABAB_LIMITS.washoutDays.max).optional(),
  /** Can the person be kept unaware of the condition? Manual therapies cannot. Default false. */
  blindable: z.boolean().optional(),
});
export type PlanRequest = z.infer<typeof planRequestSchema>;

export { DEFAULT_PLAN } from '../verdict/abab-limits.ts';

/** Where today falls in a plan. */
export interface PlanPosition {
  pair: number;
  condition: 'A' | 'B';
  /** Day of the period, 1-based. */
  day: number;
  periodDays: number;
  /** Today is past the washout and counts in the analysis. */
  analysed: boolean;
  /** Last day of the current period. */
  periodEnd: string;
}

/** A stored plan as shown to the person. */
export interface TherapyPlanView {
  therapyId: string;
  therapyName: string;
  createdAt: string;
  status: 'not_started' | 'running' | 'finished';
  today: string;
  current: PlanPosition | null;
  plan: AbabPlan;
  /** Adherence so far and, with complete pairs, the randomisation test. */
  result: AbabResult;
  /**
   * The plan was stored no later than its first day. False for a plan written into the diary
   * after its periods had begun (by editing the file): the order may then have been chosen
   * knowing the data, and the result says so.
   */
  fixedBeforeStart: boolean;
}

function position(plan: AbabPlan, today: string): PlanPosition | null {
  const period = plan.periods.find((p) => p.start <= today && today <= p.end);
  if (!period) return null;
  return {
    pair: period.pair,
    condition: period.condition,
    day: daysBetween(period.start, today) + 1,
    periodDays: plan.periodDays,
    analysed: today >= period.analysedFrom,
    periodEnd: period.end,
  };
}

/** The stored plan expanded (periods, order, rules) — deterministic from what is stored. */
export function expandPlan(therapy: Therapy, stored: StoredAbabPlan): AbabPlan {
  return planAbab({ therapyId: therapy.id, ...stored });
}

/** The plan view of a course whose context is built (shared with the verdict). */
export function planView(
  ctx: TherapyContext,
  stored: StoredAbabPlan,
  outcome: VerdictOutcome = 'migraine_days',
): TherapyPlanView {
  const plan = expandPlan(ctx.therapy, stored);
  const status =
    ctx.today < stored.start ? 'not_started' : ctx.today > plan.end ? 'finished' : 'running';
  const storedOn = localDateOf(stored.createdAt, ctx.analysis.diary.person.timeZone);
  const fixedBeforeStart = storedOn <= stored.start;
  const result = analyseAbab(
    plan,
    ctx.completeSeries,
    ctx.course.sessions ?? [],
    outcome,
    addDays(ctx.today, -1),
  );
  if (!fixedBeforeStart) {
    result.tracked = false;
    result.messages.unshift(
      `This plan was stored on ${storedOn}, after its first period began (${stored.start}), so ` +
        'its order may not have been fixed before the data came: the test cannot confirm an effect.',
    );
  }
  return {
    therapyId: ctx.therapy.id,
    therapyName: ctx.therapy.name,
    createdAt: stored.createdAt,
    status,
    today: ctx.today,
    current: position(plan, ctx.today),
    plan,
    result,
    fixedBeforeStart,
  };
}

/** The course's stored plan; `not_found` (field `plan`) when it has none. */
export function therapyPlan(
  diary: Diary,
  options: TherapyCommandOptions & { outcome?: VerdictOutcome },
): TherapyPlanView {
  const ctx = therapyContext(diary, options);
  if (!ctx.therapy.plan) {
    throw new AppError(
      'not_found',
      `the course "${ctx.therapy.name}" has no randomised plan yet`,
      'plan',
    );
  }
  return planView(ctx, ctx.therapy.plan, options.outcome);
}

/**
 * Draws a new plan for a course that has none. The random order comes from `seed` (the edge
 * draws it from a secure source and it is stored), so the plan is fixed from now on. Refuses a
 * second plan (`conflict`: the order must never be redrawn once shown) and a start in the past
 * (`invalid`, field `start`). Returns what to store on the course and the view of it.
 */
export function draftPlan(
  diary: Diary,
  options: TherapyCommandOptions & { request: PlanRequest; seed: number },
): { stored: StoredAbabPlan; view: TherapyPlanView } {
  const ctx = therapyContext(diary, options);
  if (ctx.therapy.plan) {
    throw new AppError(
      'conflict',
      `the course "${ctx.therapy.name}" already has a randomised plan (made ${ctx.therapy.plan.createdAt}); its order is fixed and cannot be drawn again`,
      'plan',
    );
  }
  const r = options.request;
  const start = r.start ?? addDays(ctx.today, 1);
  if (toDayNumber(start) < toDayNumber(ctx.today)) {
    throw new AppError(
      'invalid',
      `must be today (${ctx.today}) or later: a plan is fixed before its data are collected`,
      'start',
    );
  }
  const periodDays = r.periodDays ?? DEFAULT_PLAN.periodDays;
  const washoutDays =
    r.washoutDays ?? Math.min(DEFAULT_PLAN.washoutDays, periodDays - MIN_ANALYSED_DAYS);
  if (periodDays - washoutDays < MIN_ANALYSED_DAYS) {
    throw new AppError(
      'invalid',
      `must leave at least ${MIN_ANALYSED_DAYS} analysed days per period`,
      'washoutDays',
    );
  }
  const stored: StoredAbabPlan = {
    seed: options.seed,
    start,
    pairs: r.pairs ?? DEFAULT_PLAN.pairs,
    periodDays,
    washoutDays,
    blindable: r.blindable ?? false,
    createdAt: options.now,
  };
  return { stored, view: planView({ ...ctx, therapy: { ...ctx.therapy, plan: stored } }, stored) };
}
