/**
 * The day-level alternative of docs/clinical-rules.md §8.2: the share of event days per phase with
 * a Beta(0.5 + y, 0.5 + n − y) posterior (Jeffreys), which respects the 28/28 ceiling. Used for
 * cohort summaries and short diaries such as Kostecki-Dillon (TV-S-8, TV-S-9). Integrals are
 * computed deterministically (quantile-transform midpoint rule) rather than by Monte Carlo.
 */
import { betaQuantile, regularizedBeta } from './special-beta.ts';

/** Posterior comparison of the event-day share after vs before. */
export interface DayShareComparison {
  /** P(p_after < p_before). */
  pLower: number;
  /** Median of the ratio p_after/p_before. */
  ratio: number;
  /** 95 % credible interval of the ratio. */
  ci95: [number, number];
}

const NODES = 2000;

/**
 * Compares the share of event days before (`eventsA` of `daysA`) and after (`eventsB` of
 * `daysB`) under independent Jeffreys Beta posteriors. The CDF of the ratio,
 * P(p_B/p_A ≤ r) = ∫ F_B(r·x) dF_A(x), is integrated over the quantiles of p_A (2000-point
 * midpoint rule; absolute error below 1e-4). Days must be > 0 and events within 0…days.
 */
export function compareDayShares(
  eventsA: number,
  daysA: number,
  eventsB: number,
  daysB: number,
): DayShareComparison {
  if (!(daysA > 0 && daysB > 0)) throw new RangeError('days must be > 0');
  const aA = 0.5 + eventsA;
  const bA = 0.5 + daysA - eventsA;
  const aB = 0.5 + eventsB;
  const bB = 0.5 + daysB - eventsB;
  const xs: number[] = [];
  for (let i = 0; i < NODES; i += 1) xs.push(betaQuantile((i + 0.5) / NODES, aA, bA));
  const cdf = (r: number): number => {
    let s = 0;
    for (const x of xs) s += regularizedBeta(Math.min(1, r * x), aB, bB);
    return s / NODES;
  };
  const quantile = (q: number): number => {
    let lo = Math.log(1e-6);
    let hi = Math.log(1e6);
    for (let i = 0; i < 60; i += 1) {
      const m = (lo + hi) / 2;
      if (cdf(Math.exp(m)) < q) lo = m;
      else hi = m;
    }
    return Math.exp((lo + hi) / 2);
  };
  return { pLower: cdf(1), ratio: quantile(0.5), ci95: [quantile(0.025), quantile(0.975)] };
}
