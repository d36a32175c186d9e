/**
 * The therapy commands on a whole diary ("does it work for me?"): they connect the clinical
 * engine's day table to the verdict engine, so the CLI (on files) and the API (on the stored
 * diary) answer with exactly the same computation.
 */
export type { TherapyCommandOptions } from './context.ts';
export { selectTherapy, therapyCourse } from './course.ts';
export { dailySeries } from './daily-series.ts';
export { type NextSession, therapyNextSession } from './next-session.ts';
export { DEFAULT_PREVENTIVE_GAP_DAYS, preventiveChangeDays } from './preventive-changes.ts';
export {
  DEFAULT_PLAN,
  draftPlan,
  type PlanRequest,
  planRequestSchema,
  type TherapyPlanView,
  therapyPlan,
} from './therapy-plan.ts';
export {
  type TherapyVerdictOptions,
  type TherapyVerdictResult,
  therapyVerdict,
} from './therapy-verdict.ts';
