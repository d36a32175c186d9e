/**
 * Beta-family special functions: log-beta, the regularised incomplete beta I_x(a, b) (Lentz
 * continued fraction with the symmetry switch), its inverse (Beta quantile) and the binomial
 * distribution built on them. These carry the Gamma–Poisson rate-ratio posterior
 * (docs/clinical-rules.md §8.2 of docs/clinical-rules.md) and the exact conditional binomial test.
 */
import { logChoose, logGamma } from './special-gamma.ts';

const EPS = 1e-15;
const TINY = 1e-300;
const MAX_ITER = 10_000;

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b > 0. */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** Continued fraction of the incomplete beta (Numerical Recipes `betacf`, modified Lentz). */
function betaFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITER; m += 1) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
}

/**
 * Regularised incomplete beta I_x(a, b) = P(X ≤ x) for X ~ Beta(a, b); a, b > 0. Returns 0 for
 * x ≤ 0 and 1 for x ≥ 1. Uses the continued fraction on whichever tail converges quickly, so
 * both tails keep full relative accuracy.
 */
export function regularizedBeta(x: number, a: number, b: number): number {
  if (!(a > 0 && b > 0)) throw new RangeError(`regularizedBeta needs a, b > 0, got ${a}, ${b}`);
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const lnFront = a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b);
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(lnFront) * betaFraction(x, a, b)) / a;
  return 1 - (Math.exp(lnFront) * betaFraction(1 - x, b, a)) / b;
}

/** Upper tail 1 − I_x(a, b) without cancellation (= I_{1−x}(b, a)). */
export function regularizedBetaUpper(x: number, a: number, b: number): number {
  return regularizedBeta(1 - x, b, a);
}

/** Density of Beta(a, b) at x in (0, 1). */
export function betaDensity(x: number, a: number, b: number): number {
  if (x <= 0 || x >= 1) return 0;
  return Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logBeta(a, b));
}

/**
 * Quantile of Beta(a, b): the x in (0, 1) with I_x(a, b) = q, for q in [0, 1]. Newton steps on
 * the CDF, safeguarded by bisection so it always converges (also for a or b < 1, where the
 * density is unbounded at an end).
 */
export function betaQuantile(q: number, a: number, b: number): number {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile level must be in [0, 1], got ${q}`);
  if (q === 0) return 0;
  if (q === 1) return 1;
  let lo = 0;
  let hi = 1;
  let x = a / (a + b);
  for (let i = 0; i < 300; i += 1) {
    const f = regularizedBeta(x, a, b) - q;
    if (f === 0) return x;
    if (f < 0) lo = x;
    else hi = x;
    const dens = betaDensity(x, a, b);
    let nx = dens > 0 ? x - f / dens : Number.NaN;
    if (!(nx > lo && nx < hi)) nx = (lo + hi) / 2;
    if (Math.abs(nx - x) <= 1e-15 * Math.max(x, 1e-300) || hi - lo < 1e-300) return nx;
    x = nx;
  }
  return x;
}

/** Binomial(n, p) probability mass at k (0 outside 0…n). */
export function binomialPmf(k: number, n: number, p: number): number {
  if (k < 0 || k > n || !Number.isInteger(k)) return 0;
  if (p === 0) return k === 0 ? 1 : 0;
  if (p === 1) return k === n ? 1 : 0;
  return Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
}

/**
 * Binomial(n, p) CDF P(Y ≤ k), via the identity P(Y ≤ k) = I_{1−p}(n − k, k + 1); exact up to
 * floating point for every n. k below 0 gives 0, k ≥ n gives 1.
 */
export function binomialCdf(k: number, n: number, p: number): number {
  const kk = Math.floor(k);
  if (kk < 0) return 0;
  if (kk >= n) return 1;
  if (p <= 0) return 1;
  if (p >= 1) return 0;
  return regularizedBeta(1 - p, n - kk, kk + 1);
}
