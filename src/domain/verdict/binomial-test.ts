/**
 * The exact conditional binomial test for two Poisson rates (docs/clinical-rules.md §8.2,
 * frequentist cross-check). Given n = y_A + y_B events, y_B ~ Binomial(n, π) with
 * π = t_B·R/(t_A + t_B·R); under R = 1, π0 = t_B/(t_A + t_B). The Clopper–Pearson interval for π
 * maps to R = (π/(1 − π))·(t_A/t_B).
 */
import { betaQuantile, binomialCdf, binomialPmf } from './special-beta.ts';

/** Result of the exact conditional test of treatment vs baseline rate. */
export interface ExactRateTest {
  /** One-sided p for "treatment rate lower": P(Y_B ≤ y_B | n, π0). */
  pLower: number;
  /** One-sided p for "treatment rate higher": P(Y_B ≥ y_B | n, π0). */
  pUpper: number;
  /** Two-sided p, summing outcomes no more likely than the observed one (R's binom.test). */
  pTwoSided: number;
  /** Exact (Clopper–Pearson) interval for R at the requested level; upper may be Infinity. */
  ci: [number, number];
}

/**
 * Runs the exact conditional binomial test of the rate ratio R = λ_B/λ_A. Counts are event
 * days, exposures are valid days (both > 0). `level` is the two-sided confidence level of the
 * interval (default 0.95). With no events at all every p-value is 1 and the interval is
 * [0, Infinity].
 */
export function exactRateRatioTest(
  eventsA: number,
  daysA: number,
  eventsB: number,
  daysB: number,
  level = 0.95,
): ExactRateTest {
  if (!(daysA > 0 && daysB > 0)) throw new RangeError('exposures must be > 0');
  const n = eventsA + eventsB;
  const y = eventsB;
  const pi0 = daysB / (daysA + daysB);
  if (n === 0) return { pLower: 1, pUpper: 1, pTwoSided: 1, ci: [0, Number.POSITIVE_INFINITY] };
  const pLower = binomialCdf(y, n, pi0);
  const pUpper = 1 - binomialCdf(y - 1, n, pi0);
  const dObs = binomialPmf(y, n, pi0) * (1 + 1e-7);
  let pTwo = 0;
  for (let k = 0; k <= n; k += 1) {
    const d = binomialPmf(k, n, pi0);
    if (d <= dObs) pTwo += d;
  }
  const alpha = 1 - level;
  const piLo = y === 0 ? 0 : betaQuantile(alpha / 2, y, n - y + 1);
  const piHi = y === n ? 1 : betaQuantile(1 - alpha / 2, y + 1, n - y);
  const toR = (p: number): number =>
    p >= 1 ? Number.POSITIVE_INFINITY : (p / (1 - p)) * (daysA / daysB);
  return { pLower, pUpper, pTwoSided: Math.min(1, pTwo), ci: [toR(piLo), toR(piHi)] };
}
