/**
 * The verdict of one factor from its posterior (`docs/trigger-analysis.md` §4), and how much
 * more diary it would take to reach one when there is not enough data yet.
 *
 * With K factors tested for the person, a "likely" call needs the family-wise interval
 * exp(β̂ ± z_K·s), z_K = Φ⁻¹(1 − 0.025 / K), to exclude 1 (Bonferroni: the chance of any false
 * call across the K factors stays ≤ 5 % when none matters) and an estimate at least
 * `MIN_EFFECT` away from 1. "No strong link" needs the plain 95 % interval to lie inside
 * (1/2, 2): the diary rules out a doubling and a halving.
 */

import type { FactorCounts, LogOddsPosterior } from './factor-model.ts';
import type { FactorKind } from './factors.ts';
import type { Verdict } from './labels.ts';
import { normalQuantile } from './normal.ts';
import {
  FAMILY_ERROR,
  MIN_EACH_SIDE,
  MIN_EFFECT,
  MIN_ONSETS,
  MIN_ROWS,
  NO_LINK_MARGIN,
} from './options.ts';

/** z for a two-sided 95 % interval. */
export const Z95 = normalQuantile(0.975);

/** z of the family-wise interval for K tests (K = 1: the plain 95 % z). */
export function familyZ(tests: number): number {
  return normalQuantile(1 - FAMILY_ERROR / 2 / Math.max(1, tests));
}

/** True when the factor has the minimum data to be tested at all (no estimate is consulted). */
export function hasMinimumData(c: FactorCounts): boolean {
  return (
    c.rows >= MIN_ROWS &&
    c.onsets >= MIN_ONSETS &&
    c.exposed >= MIN_EACH_SIDE &&
    c.rows - c.exposed >= MIN_EACH_SIDE
  );
}

/**
 * The verdict from β's posterior with the family-wise `z`. Premonitory-type factors
 * (`symptomLike`) that go with attacks, in either direction, are `early_warning_or_trigger`
 * (unless `guard` is off, for the naive comparison only).
 */
export function verdictOf(p: LogOddsPosterior, z: number, kind: FactorKind, guard = true): Verdict {
  const symptom = guard && kind === 'symptomLike';
  const or = Math.exp(p.logOr);
  if (p.logOr - z * p.sd > 0 && or >= MIN_EFFECT) {
    return symptom ? 'early_warning_or_trigger' : 'likely_trigger';
  }
  if (p.logOr + z * p.sd < 0 && or <= 1 / MIN_EFFECT) {
    return symptom ? 'early_warning_or_trigger' : 'likely_protective';
  }
  const margin = Math.log(NO_LINK_MARGIN);
  if (Math.abs(p.logOr) + Z95 * p.sd < margin) return 'no_strong_link';
  return 'not_enough_data';
}

/** More diary needed for a decision, projected at the person's current pace. */
export interface DataNeeded {
  /** Weeks of diary at the current pace of usable days. */
  weeks: number;
  /** Attacks at the current onset share. */
  attacks: number;
}

/**
 * The posterior SD at which a factor that does nothing would be shown to be "no strong link"
 * (95 % interval inside (1/2, 2)); a doubling is then also hard to miss.
 */
export const DECISION_SD = Math.log(NO_LINK_MARGIN) / Z95;

/**
 * How much more diary would probably settle a factor, at the person's current pace: enough for
 * the minimum-data rule and for a posterior SD of `DECISION_SD`, with the data growing in
 * proportion and the SD shrinking as 1/√(data). The current SD is the posterior's, or below
 * the minimum data Woolf's (½ added to each cell of the 2 × 2 table). The target does not
 * depend on the estimate, which is too noisy at this stage to project from. `rowsPerWeek` is
 * the pace of usable days. Returns null when no projection is possible (no onset yet, or the
 * factor never or always present).
 */
export function dataNeeded(
  c: FactorCounts,
  posterior: LogOddsPosterior | null,
  rowsPerWeek: number,
): DataNeeded | null {
  const unexposed = c.rows - c.exposed;
  if (c.onsets === 0 || c.exposed === 0 || unexposed === 0 || !(rowsPerWeek > 0)) return null;
  const minimum = Math.max(
    MIN_ROWS / c.rows,
    MIN_ONSETS / c.onsets,
    MIN_EACH_SIDE / c.exposed,
    MIN_EACH_SIDE / unexposed,
  );
  const a = c.exposedOnsets;
  const b = c.exposed - a;
  const cc = c.onsets - a;
  const d = unexposed - cc;
  const woolf = Math.sqrt(1 / (a + 0.5) + 1 / (b + 0.5) + 1 / (cc + 0.5) + 1 / (d + 0.5));
  const sd = posterior?.sd ?? woolf;
  const more = Math.max(1, minimum, (sd / DECISION_SD) ** 2) - 1;
  return {
    weeks: Math.max(1, Math.ceil((c.rows * more) / rowsPerWeek)),
    attacks: Math.max(1, Math.ceil(c.onsets * more)),
  };
}
