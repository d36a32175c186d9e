/**
 * The standard normal distribution, through the regularised incomplete gamma function the
 * verdict engine already carries: for z ≥ 0, Φ(z) = ½ + ½·P(½, z²/2). No new numerical code,
 * and the tails keep their precision because the upper tail uses Q directly.
 */
import { gammaQ, gammaQuantile } from '../verdict/special-gamma.ts';

/** Φ(z): probability that a standard normal variable is at most z. */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  const half = (z * z) / 2;
  if (z >= 0) return 1 - gammaQ(0.5, half) / 2;
  return gammaQ(0.5, half) / 2;
}

/**
 * Φ⁻¹(p): the z with Φ(z) = p, for p in (0, 1). Example: `normalQuantile(0.975)` ≈ 1.95996;
 * `normalQuantile(1 − 0.025 / 12)` ≈ 2.86526 (a two-sided 95 % level shared by 12 tests).
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile needs 0 < p < 1, got ${p}`);
  if (p === 0.5) return 0;
  const upper = p > 0.5;
  const tail = upper ? 1 - p : p; // one-sided tail mass, < 0.5
  // P(½, z²/2) = 1 − 2·tail.
  const x = gammaQuantile(1 - 2 * tail, 0.5, 1);
  const z = Math.sqrt(2 * x);
  // One Newton step on Φ for the last digits (the quantile search stops at ~1e-12 relative).
  const density = Math.exp(-(z * z) / 2) / Math.sqrt(2 * Math.PI);
  const refined = z - (gammaQ(0.5, (z * z) / 2) / 2 - tail) / -density;
  const out = Number.isFinite(refined) && density > 0 ? refined : z;
  return upper ? out : -out;
}
