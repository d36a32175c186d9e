/**
 * The bounds and defaults of a randomised ABAB plan's inputs (docs/clinical-rules.md §8.5), in one
 * place for the diary schema, the plan request, the plan itself and the web form. No imports,
 * so the web app can use them without loading a schema library.
 */

/**
 * Minimum number of pairs: with k pairs the smallest one-sided p is 2^−k, and 2^−5 = 0.031 < 0.05.
 */
export const MIN_PAIRS = 5;

/** Days each period keeps for the analysis after its washout. */
export const MIN_ANALYSED_DAYS = 7;

/** Inclusive bounds of what a person may choose (pairs, days per period, washout days). */
export const ABAB_LIMITS = Object.freeze({
  pairs: Object.freeze({ min: MIN_PAIRS, max: 24 }),
  periodDays: Object.freeze({ min: 14, max: 182 }),
  washoutDays: Object.freeze({ min: 0, max: 175 }),
});

/** Defaults of a new plan: 5 pairs of 28-day periods, the first 14 days of each not analysed. */
export const DEFAULT_PLAN = Object.freeze({ pairs: MIN_PAIRS, periodDays: 28, washoutDays: 14 });
