/**
 * Public API of the verdict engine ("does it work for me?", docs/clinical-rules.md §8). Pure domain
 * code: no I/O, no clock, no ambient randomness (seeds are passed in).
 */
export { type AbabPeriodResult, type AbabResult, analyseAbab } from './abab-analysis.ts';
export {
  type AbabPeriod,
  type AbabPlan,
  type AbabPlanRequest,
  MIN_PAIRS,
  planAbab,
} from './abab-plan.ts';
export { type ExactRateTest, exactRateRatioTest } from './binomial-test.ts';
export {
  type CadenceOptions,
  type CadencePhase,
  type CadenceRecommendation,
  cadencePhase,
  DEFAULT_CADENCE_OPTIONS,
  recommendNextSession,
} from './cadence.ts';
export { compareDayShares, type DayShareComparison } from './day-level.ts';
export {
  type ImmediateEffects,
  immediateEffects,
  type SessionPain,
} from './immediate-effects.ts';
export { DEFAULT_VERDICT_OPTIONS, resolveVerdictOptions, type VerdictOptions } from './options.ts';
export { createRandom, type Random } from './random.ts';
export {
  changePointCount,
  changePointTest,
  pairedRandomisationTest,
  type RandomisationTest,
} from './randomisation-test.ts';
export {
  type GammaPosterior,
  gammaPoissonPosterior,
  JEFFREYS_PRIOR,
  negativeBinomialPredictive,
  type RatioComponent,
  ratioCdf,
  ratioQuantile,
  summariseRatio,
} from './rate-ratio.ts';
export { expectedWithoutEffect, successivePeriodCorrelation } from './rtm.ts';
export {
  ababPlanRequestSchema,
  dailyOutcomeSchema,
  therapyCourseSchema,
} from './schemas.ts';
export type * from './types.ts';
export { verdict } from './verdict.ts';
