/**
 * Randomised ABAB (block-pair) plans, docs/clinical-rules.md §8.5. The person alternates periods
 * without (A) and with (B) the therapy; inside each pair the order is random, drawn once from a
 * stored seed before any data are collected, so the plan can be shown, stored and audited. With
 * k pairs there are 2^k equally likely orders and the smallest possible one-sided p is 2^−k,
 * hence at least 5 pairs (p ≥ 1/32 ≈ 0.031) are required to be able to reach p < 0.05.
 */
import { ABAB_LIMITS, DEFAULT_PLAN, MIN_ANALYSED_DAYS, MIN_PAIRS } from './abab-limits.ts';
import { addDays } from './dates.ts';
import { createRandom } from './random.ts';
import type { LocalDate } from './types.ts';

export { MIN_PAIRS } from './abab-limits.ts';

/** What the person asks for; defaults in brackets. */
export interface AbabPlanRequest {
  therapyId: string;
  /** First day of the first period. */
  start: LocalDate;
  /** Seed of the random order; store it with the plan. */
  seed: number;
  /** Number of A/B pairs [5, at least 5]. */
  pairs?: number;
  /** Length of every period in days [28]. */
  periodDays?: number;
  /** First days of each period left out of the analysis (carry-over washout) [14]. */
  washoutDays?: number;
  /** Can the person be kept unaware of the condition? CST, massage: no [false]. */
  blindable?: boolean;
}

/** One planned period. */
export interface AbabPeriod {
  pair: number;
  condition: 'A' | 'B';
  start: LocalDate;
  end: LocalDate;
  /** First analysed day (after the washout). */
  analysedFrom: LocalDate;
}

/** A fixed, storable plan. */
export interface AbabPlan {
  therapyId: string;
  seed: number;
  pairs: number;
  periodDays: number;
  washoutDays: number;
  orders: ('AB' | 'BA')[];
  periods: AbabPeriod[];
  end: LocalDate;
  /** Smallest one-sided p the randomisation test can give: 2^−pairs. */
  minimumP: number;
  rules: { randomisation: string; washout: string; analysis: string };
  /** "Expectation effects cannot be excluded" for therapies that cannot be blinded. */
  caveat: string | null;
}

/**
 * Draws a plan. Throws RangeError when pairs < 5, when periods are shorter than 14 days or when
 * the washout leaves fewer than 7 analysed days per period. The same request (seed included)
 * always gives the same plan.
 */
export function planAbab(request: AbabPlanRequest): AbabPlan {
  const pairs = request.pairs ?? DEFAULT_PLAN.pairs;
  const periodDays = request.periodDays ?? DEFAULT_PLAN.periodDays;
  const washoutDays = request.washoutDays ?? DEFAULT_PLAN.washoutDays;
  if (!Number.isInteger(pairs) || pairs < MIN_PAIRS) {
    throw new RangeError(`at least ${MIN_PAIRS} pairs are needed to be able to reach p < 0.05`);
  }
  if (!Number.isInteger(periodDays) || periodDays < ABAB_LIMITS.periodDays.min) {
    throw new RangeError(
      `periods must be whole numbers of days, at least ${ABAB_LIMITS.periodDays.min}`,
    );
  }
  if (
    !Number.isInteger(washoutDays) ||
    washoutDays < 0 ||
    periodDays - washoutDays < MIN_ANALYSED_DAYS
  ) {
    throw new RangeError(
      `the washout must leave at least ${MIN_ANALYSED_DAYS} analysed days per period`,
    );
  }
  const rng = createRandom(request.seed);
  const orders: ('AB' | 'BA')[] = Array.from({ length: pairs }, () =>
    rng.next() < 0.5 ? 'AB' : 'BA',
  );
  const periods: AbabPeriod[] = [];
  orders.forEach((order, p) => {
    for (const [i, condition] of [...order].entries()) {
      const offset = (2 * p + i) * periodDays;
      periods.push({
        pair: p + 1,
        condition: condition as 'A' | 'B',
        start: addDays(request.start, offset),
        end: addDays(request.start, offset + periodDays - 1),
        analysedFrom: addDays(request.start, offset + washoutDays),
      });
    }
  });
  const blindable = request.blindable ?? false;
  return {
    therapyId: request.therapyId,
    seed: request.seed,
    pairs,
    periodDays,
    washoutDays,
    orders,
    periods,
    end: addDays(request.start, 2 * pairs * periodDays - 1),
    minimumP: 2 ** -pairs,
    rules: {
      randomisation:
        `The order inside each of the ${pairs} pairs was drawn at random (seed ${request.seed}) ` +
        'before any data were collected and must not be changed.',
      washout:
        `The first ${washoutDays} days of every ${periodDays}-day period are not analysed, so ` +
        'effects that linger or build up do not blur the comparison.',
      analysis:
        'For each pair, migraine days per 28 analysed days in A minus B; the one-sided ' +
        'randomisation test counts the orders that give an equal or larger mean difference.',
    },
    caveat: blindable
      ? null
      : 'You know when you receive the therapy, so expectation effects cannot be excluded.',
  };
}
