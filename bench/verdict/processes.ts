/**
 * Daily event generators for the calibration study. A scenario is a per-day rate multiplier
 * (drift, season, cycle, therapy effect) applied to either independent days or multi-day attacks.
 */
import type { Random } from '../../src/domain/verdict/random.ts';

/** Multiplies the base daily probability on day `t` (0 = first diary day). */
export type RateCurve = (t: number) => number;

/** Independent days: day t is an event day with probability min(0.95, p·curve(t)). */
export function independentDays(rng: Random, days: number, p: number, curve: RateCurve): boolean[] {
  const out: boolean[] = [];
  for (let t = 0; t < days; t += 1) out.push(rng.next() < Math.min(0.95, p * curve(t)));
  return out;
}

/** Attack durations in days: 1 (40 %), 2 (35 %), 3 (25 %); mean 1.85 days. */
function attackLength(rng: Random): number {
  const u = rng.next();
  return u < 0.4 ? 1 : u < 0.75 ? 2 : 3;
}
const MEAN_LENGTH = 1.85;

/**
 * Multi-day attacks: outside an attack, an attack starts on day t with probability
 * q·curve(t), chosen so the long-run share of event days is about p; it then covers 1–3 days.
 */
export function attackDays(rng: Random, days: number, p: number, curve: RateCurve): boolean[] {
  const q = p / (MEAN_LENGTH * (1 - p));
  const out: boolean[] = [];
  let remaining = 0;
  for (let t = 0; t < days; t += 1) {
    if (remaining === 0 && rng.next() < Math.min(0.95, q * curve(t))) remaining = attackLength(rng);
    out.push(remaining > 0);
    if (remaining > 0) remaining -= 1;
  }
  return out;
}

/**
 * A stationary AR(1) log-rate over 28-day "months" with marginal SD `sd` and month-to-month
 * correlation `rho`, starting at a random offset so month edges do not line up with analysis
 * blocks. Mean-corrected so the average multiplier is 1.
 */
export function ar1MonthCurve(rng: Random, days: number, sd: number, rho: number): RateCurve {
  const offset = rng.int(28);
  const months = Math.ceil((days + offset) / 28) + 1;
  const u: number[] = [sd * rng.normal()];
  for (let k = 1; k < months; k += 1) {
    u.push(rho * (u[k - 1] ?? 0) + Math.sqrt(1 - rho * rho) * sd * rng.normal());
  }
  return (t) => Math.exp((u[Math.floor((t + offset) / 28)] ?? 0) - (sd * sd) / 2);
}

/** Independent gamma "frailty" per 28-day month (coefficient of variation `cv`). */
export function gammaMonthCurve(rng: Random, days: number, cv: number): RateCurve {
  const offset = rng.int(28);
  const shape = 1 / (cv * cv);
  const m: number[] = [];
  for (let k = 0; k <= Math.ceil((days + offset) / 28); k += 1) m.push(rng.gamma(shape) / shape);
  return (t) => m[Math.floor((t + offset) / 28)] ?? 1;
}

/**
 * Yearly season (log amplitude `amplitude`, random phase) times a menstrual cycle: cycles of
 * 26–32 days, risk ×`menstrualRisk` from 2 days before to 3 days after onset, normalised so
 * the cycle does not change the mean rate.
 */
export function seasonCycleCurve(
  rng: Random,
  days: number,
  amplitude: number,
  menstrualRisk: number,
): RateCurve {
  const phase = rng.next() * 2 * Math.PI;
  const high = new Set<number>();
  let onset = rng.int(30) - 30;
  let cycleDays = 0;
  while (onset < days + 3) {
    for (let d = onset - 2; d <= onset + 3; d += 1) high.add(d);
    const len = 26 + rng.int(7);
    cycleDays += len;
    onset += len;
  }
  const share = high.size / Math.max(1, cycleDays + 30);
  const norm = 1 / (1 + (menstrualRisk - 1) * Math.min(1, share));
  return (t) =>
    Math.exp(amplitude * Math.sin((2 * Math.PI * t) / 365.25 + phase)) *
    (high.has(t) ? menstrualRisk : 1) *
    norm;
}
