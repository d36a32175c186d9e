/**
 * Within-block dispersion from day-to-day clustering. Migraine days come in multi-day attacks,
 * so a block's count varies more than a Poisson count with the same mean. We fit a two-state
 * Markov chain to consecutive recorded days (P(event | event yesterday) = a,
 * P(event | no event yesterday) = b, lag-k autocorrelation r^k with r = a − b) and take the
 * exact variance of a 28-day sum of that chain relative to its mean:
 *   φ = (1 − p)·[1 + 2·Σ_{k=1}^{27} (1 − k/28)·r^k].
 * One parameter estimated from hundreds of day pairs is far more stable than the variance of
 * three block counts (the docs/clinical-rules.md §8.2 φ = s²/ȳ), and it does not absorb
 * month-to-month rate changes, which the block model handles separately.
 */
import { BLOCK_DAYS } from './options.ts';

/** Lowest dispersion factor returned (a diary with an event on every day). */
const MIN_DISPERSION = 0.05;

/** Transition counts between consecutive recorded days. */
interface Transitions {
  n00: number;
  n01: number;
  n10: number;
  n11: number;
}

function countTransitions(days: readonly (0 | 1 | null)[]): Transitions {
  const t: Transitions = { n00: 0, n01: 0, n10: 0, n11: 0 };
  for (let i = 1; i < days.length; i += 1) {
    const prev = days[i - 1];
    const cur = days[i];
    if (prev === null || prev === undefined || cur === null || cur === undefined) continue;
    if (prev === 0) {
      if (cur === 0) t.n00 += 1;
      else t.n01 += 1;
    } else if (cur === 0) t.n10 += 1;
    else t.n11 += 1;
  }
  return t;
}

/** Lag-1 persistence r = a − b of one phase, its sampling variance and a pooling weight. */
function persistence(days: readonly (0 | 1 | null)[]): {
  r: number;
  variance: number;
  weight: number;
} {
  const t = countTransitions(days);
  const from1 = t.n10 + t.n11;
  const from0 = t.n00 + t.n01;
  if (from1 === 0 || from0 === 0) return { r: 0, variance: 0, weight: 0 };
  const a = t.n11 / from1;
  const b = t.n01 / from0;
  const variance = (a * (1 - a)) / from1 + (b * (1 - b)) / from0;
  return { r: a - b, variance, weight: Math.min(from1, from0) };
}

/**
 * Variance-to-mean ratio of a `blockDays`-day event count under a stationary two-state Markov
 * chain with event share `p` and lag-1 persistence `r` (−1 < r < 1). r = 0 gives 1 − p, the
 * binomial (not Poisson) ratio.
 */
export function markovBlockDispersion(p: number, r: number, blockDays = BLOCK_DAYS): number {
  let s = 0;
  let rk = 1;
  for (let k = 1; k < blockDays; k += 1) {
    rk *= r;
    s += (1 - k / blockDays) * rk;
  }
  return (1 - p) * (1 + 2 * s);
}

/**
 * Estimates the day-level dispersion factor of block counts from the phases' day sequences
 * (1 = event, 0 = none, null = unrecorded; only consecutive recorded pairs are used). The
 * persistence r is estimated per phase (so a change in frequency between phases does not
 * create spurious persistence), pooled with weights min(#transitions from 1, from 0), lowered
 * by one standard error (so chance persistence in a short diary does not inflate the variance;
 * real multi-day attacks give r ≈ 0.3–0.5, far above it) and clamped to [0, 0.9] (a negative r,
 * regular spacing, is not trusted to shrink the variance).
 * The result is never below the level of independent days: 1 (Poisson) when `binary` is false,
 * 1 − p̄ (binomial: a day is an event day or not) when it is true, and never below 0.05 so
 * effective counts stay finite when nearly every day is an event day.
 */
export function estimateDayDispersion(
  phases: readonly (readonly (0 | 1 | null)[])[],
  binary = false,
): number {
  let wSum = 0;
  let rSum = 0;
  let vSum = 0;
  let events = 0;
  let recorded = 0;
  for (const days of phases) {
    const { r, variance, weight } = persistence(days);
    wSum += weight;
    rSum += weight * r;
    vSum += weight * weight * variance;
    for (const d of days) {
      if (d !== null) {
        recorded += 1;
        events += d;
      }
    }
  }
  const p = recorded > 0 ? events / recorded : 0;
  const floor = binary ? Math.max(1 - p, MIN_DISPERSION) : 1;
  if (wSum === 0) return floor;
  const r = Math.min(0.9, Math.max(0, rSum / wSum - Math.sqrt(vSum) / wSum));
  return Math.max(floor, markovBlockDispersion(p, r));
}
