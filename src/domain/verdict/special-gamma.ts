/**
 * Gamma-family special functions written from their textbook definitions, because the domain
 * may not depend on numeric libraries: log-gamma (Lanczos), log-binomial coefficients, and the
 * regularised incomplete gamma functions P(a, x) and Q(a, x) (series and Lentz continued
 * fraction). Relative accuracy is about 1e-14 over the ranges the verdict uses.
 */

const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];
const LOG_SQRT_2PI = 0.9189385332046728;
const EPS = 1e-15;
const TINY = 1e-300;
const MAX_ITER = 10_000;

/**
 * Natural log of |Γ(x)| for real x that is not a non-positive integer (Lanczos g = 7, n = 9,
 * with the reflection formula below 0.5). Returns Infinity at the poles (0, −1, −2, …).
 */
export function logGamma(x: number): number {
  if (Number.isInteger(x) && x <= 0) return Number.POSITIVE_INFINITY;
  if (x < 0.5) {
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  }
  const z = x - 1;
  let s = LANCZOS[0] ?? 1;
  for (let i = 1; i < LANCZOS.length; i += 1) s += (LANCZOS[i] ?? 0) / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return LOG_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(s);
}

/** ln(n!) for a non-negative integer n (exact table lookups are unnecessary at 1e-14). */
export function logFactorial(n: number): number {
  if (!(Number.isInteger(n) && n >= 0)) throw new RangeError(`logFactorial needs n ≥ 0, got ${n}`);
  return n < 2 ? 0 : logGamma(n + 1);
}

/** ln C(n, k) for integers 0 ≤ k ≤ n; −Infinity when k is outside [0, n]. */
export function logChoose(n: number, k: number): number {
  if (k < 0 || k > n) return Number.NEGATIVE_INFINITY;
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}

/** C(n, k) as a (rounded) number; exact for results below 2^53. */
export function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let r = 1;
  const kk = Math.min(k, n - k);
  for (let i = 1; i <= kk; i += 1) r = (r * (n - kk + i)) / i;
  return Math.round(r);
}

/** Series for P(a, x), good for x < a + 1. */
function gammaPSeries(a: number, x: number): number {
  let sum = 1 / a;
  let term = sum;
  for (let n = 1; n < MAX_ITER; n += 1) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPS) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}

/** Continued fraction for Q(a, x), good for x ≥ a + 1 (modified Lentz). */
function gammaQFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITER; i += 1) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}

/**
 * Regularised lower incomplete gamma P(a, x) = γ(a, x)/Γ(a): the CDF at x of a Gamma(a, 1)
 * variable. Requires a > 0; returns 0 for x ≤ 0 and 1 for x = +Infinity.
 */
export function gammaP(a: number, x: number): number {
  if (!(a > 0)) throw new RangeError(`gammaP needs a > 0, got ${a}`);
  if (x <= 0) return 0;
  if (x === Number.POSITIVE_INFINITY) return 1;
  return x < a + 1 ? gammaPSeries(a, x) : 1 - gammaQFraction(a, x);
}

/** Regularised upper incomplete gamma Q(a, x) = 1 − P(a, x), computed without cancellation. */
export function gammaQ(a: number, x: number): number {
  if (!(a > 0)) throw new RangeError(`gammaQ needs a > 0, got ${a}`);
  if (x <= 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  return x < a + 1 ? 1 - gammaPSeries(a, x) : gammaQFraction(a, x);
}

/**
 * CDF of a Gamma(shape, rate) distribution at x (rate per unit of x, e.g. per day). Used for
 * the posterior of one phase's daily event rate.
 */
export function gammaCdf(x: number, shape: number, rate: number): number {
  return gammaP(shape, rate * x);
}

/**
 * Quantile of Gamma(shape, rate): the x with gammaCdf(x) = q, by bracketing and bisection on
 * log x refined with Newton steps. q must lie in (0, 1).
 */
export function gammaQuantile(q: number, shape: number, rate: number): number {
  if (!(q > 0 && q < 1)) throw new RangeError(`quantile level must be in (0, 1), got ${q}`);
  let lo = 0;
  let hi = Math.max(1, shape);
  while (gammaP(shape, hi) < q) hi *= 2;
  let x = Math.min(hi, Math.max(shape, 1e-12));
  for (let i = 0; i < 200; i += 1) {
    const f = gammaP(shape, x) - q;
    if (f < 0) lo = x;
    else hi = x;
    const dens = Math.exp((shape - 1) * Math.log(x) - x - logGamma(shape));
    let nx = dens > 0 ? x - f / dens : Number.NaN;
    if (!(nx > lo && nx < hi)) nx = lo > 0 ? Math.sqrt(lo * hi) : hi / 2;
    if (Math.abs(nx - x) <= 1e-14 * x) return nx / rate;
    x = nx;
  }
  return x / rate;
}
