/**
 * The Gamma–Poisson rate-ratio building block (docs/clinical-rules.md §8.2). A phase with y events
 * in t exposure days and a Gamma(α0, β0) prior has posterior λ ~ Gamma(α0 + y, β0 + t) (rate per
 * day). For independent posteriors the rate ratio R = λ_B/λ_A has a closed form:
 * P(R ≤ r) = I_x(a_B, a_A) with x = r·b_B/(r·b_B + b_A). A *mixture* of such pairs (one pair per
 * value of the variance parameters, see block-model.ts) is handled by the same functions.
 */
import { betaDensity, betaQuantile, regularizedBeta } from './special-beta.ts';
import { logGamma } from './special-gamma.ts';

/** Gamma posterior of a daily event rate: shape a (events-like) and rate b (days-like). */
export interface GammaPosterior {
  shape: number;
  rate: number;
}

/** One weighted pair of phase posteriors (A = baseline, B = evaluation window). */
export interface RatioComponent {
  weight: number;
  baseline: GammaPosterior;
  treatment: GammaPosterior;
}

/** Jeffreys prior for a Poisson rate, the docs/clinical-rules.md §8.2 default: Gamma(0.5, 0). */
export const JEFFREYS_PRIOR: GammaPosterior = { shape: 0.5, rate: 0 };

/**
 * Posterior of a daily rate after `events` events in `days` exposure days (valid diary days).
 * Non-integer inputs are allowed: the effective-sample-size adjustment passes y/D and t/D.
 */
export function gammaPoissonPosterior(
  events: number,
  days: number,
  prior: GammaPosterior = JEFFREYS_PRIOR,
): GammaPosterior {
  if (!(events >= 0 && days > 0)) throw new RangeError('need events ≥ 0 and days > 0');
  return { shape: prior.shape + events, rate: prior.rate + days };
}

/** P(R ≤ r) for one pair of independent Gamma posteriors; r ≥ 0 (R = treatment/baseline). */
export function ratioCdf(r: number, baseline: GammaPosterior, treatment: GammaPosterior): number {
  if (r <= 0) return 0;
  if (r === Number.POSITIVE_INFINITY) return 1;
  const x = (r * treatment.rate) / (r * treatment.rate + baseline.rate);
  return regularizedBeta(x, treatment.shape, baseline.shape);
}

/**
 * Quantile of R for one pair: R_q = (b_A/b_B)·β_q/(1 − β_q) with β_q the Beta(a_B, a_A)
 * quantile. q in (0, 1).
 */
export function ratioQuantile(
  q: number,
  baseline: GammaPosterior,
  treatment: GammaPosterior,
): number {
  const bq = betaQuantile(q, treatment.shape, baseline.shape);
  return ((baseline.rate / treatment.rate) * bq) / (1 - bq);
}

/** P(R ≤ r) under a weighted mixture of pairs (weights need not be normalised). */
export function mixtureRatioCdf(r: number, components: readonly RatioComponent[]): number {
  let total = 0;
  let acc = 0;
  for (const c of components) {
    total += c.weight;
    acc += c.weight * ratioCdf(r, c.baseline, c.treatment);
  }
  return total > 0 ? acc / total : Number.NaN;
}

/** Density of R at r > 0 for one pair (derivative of `ratioCdf`). */
export function ratioDensity(
  r: number,
  baseline: GammaPosterior,
  treatment: GammaPosterior,
): number {
  if (r <= 0) return 0;
  const denom = r * treatment.rate + baseline.rate;
  const x = (r * treatment.rate) / denom;
  const dxdr = (treatment.rate * baseline.rate) / (denom * denom);
  return betaDensity(x, treatment.shape, baseline.shape) * dxdr;
}

/**
 * Quantile of R under a mixture: Newton steps on log r using the mixture density, safeguarded
 * by a bracket that starts at the heaviest component's quantile and doubles outwards. Relative
 * accuracy about 1e-9. A single component uses the closed form directly.
 */
export function mixtureRatioQuantile(q: number, components: readonly RatioComponent[]): number {
  const heaviest = components.reduce<RatioComponent | undefined>(
    (best, c) => (best === undefined || c.weight > best.weight ? c : best),
    undefined,
  );
  if (!heaviest) return Number.NaN;
  const guess = ratioQuantile(q, heaviest.baseline, heaviest.treatment);
  if (components.length === 1) return guess;
  const total = components.reduce((s, c) => s + c.weight, 0);
  const f = (logR: number) => mixtureRatioCdf(Math.exp(logR), components) - q;
  let lo = Math.log(guess);
  let hi = lo;
  while (f(lo) > 0) lo -= Math.LN2;
  while (f(hi) < 0) hi += Math.LN2;
  let x = (lo + hi) / 2;
  for (let i = 0; i < 100 && hi - lo > 1e-9; i += 1) {
    const fx = f(x);
    if (fx < 0) lo = x;
    else hi = x;
    const r = Math.exp(x);
    let dens = 0;
    for (const c of components) dens += c.weight * ratioDensity(r, c.baseline, c.treatment);
    const step = (fx * total) / (r * dens);
    let nx = Number.isFinite(step) ? x - step : Number.NaN;
    if (!(nx > lo && nx < hi)) nx = (lo + hi) / 2;
    if (Math.abs(nx - x) < 1e-10) return Math.exp(nx);
    x = nx;
  }
  return Math.exp(x);
}

/** Median, 95 % interval and tail probabilities of R, as the verdict reports them. */
export interface RatioSummary {
  median: number;
  ci95: [number, number];
  /** P(R < 1): probability of any reduction. */
  pBelowOne: number;
  /** P(R < placeboRatio), by default P(R < 0.75). */
  pBelowPlacebo: number;
  /** P(R > 1): probability of any increase. */
  pAboveOne: number;
}

/** Summarises a mixture (or a single pair) of posteriors for the verdict ladder. */
export function summariseRatio(
  components: readonly RatioComponent[],
  placeboRatio = 0.75,
): RatioSummary {
  const pBelowOne = mixtureRatioCdf(1, components);
  return {
    median: mixtureRatioQuantile(0.5, components),
    ci95: [mixtureRatioQuantile(0.025, components), mixtureRatioQuantile(0.975, components)],
    pBelowOne,
    pBelowPlacebo: mixtureRatioCdf(placeboRatio, components),
    pAboveOne: 1 - pBelowOne,
  };
}

/**
 * Next-period predictive probability P(Y = k) of the event count in `days` days, given a
 * Gamma(a, b) posterior of the daily rate (negative binomial):
 * Γ(k+a)/(k!Γ(a)) · (b/(b+days))^a · (days/(b+days))^k.
 */
export function negativeBinomialPredictive(
  k: number,
  posterior: GammaPosterior,
  days = 28,
): number {
  if (!(Number.isInteger(k) && k >= 0)) return 0;
  const { shape: a, rate: b } = posterior;
  const ln =
    logGamma(k + a) -
    logGamma(k + 1) -
    logGamma(a) +
    a * Math.log(b / (b + days)) +
    k * Math.log(days / (b + days));
  return Math.exp(ln);
}
