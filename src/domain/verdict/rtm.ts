/**
 * Regression to the mean (docs/clinical-rules.md §7.2, §8.3). People start a therapy when things
 * are at their worst, and a bad month is usually followed by a more typical one whatever is done.
 * These helpers detect a start right after the worst baseline block and size the improvement
 * expected with no effect at all.
 */
import { BLOCK_DAYS } from './options.ts';
import { regularizedBeta } from './special-beta.ts';
import type { BlockCount } from './windows.ts';

/**
 * Expected next-period value with no effect, E[next | x] = μ + ρ(x − μ) (Barnett 2005), for a
 * long-run mean μ, an observed period x and the correlation ρ of successive periods (0…1).
 * TV-S-7: μ 6, x 12, ρ 0.5 → 9; ρ 0 → 6.
 */
export function expectedWithoutEffect(mu: number, x: number, rho: number): number {
  return mu + rho * (x - mu);
}

/**
 * Correlation of successive periods for Poisson-like counts, the docs/clinical-rules.md §7.2 design
 * estimate ρ = σ²_b/(σ²_b + ȳ) with σ²_b = max(0, s² − ȳ) over the block counts (sample variance
 * s², mean ȳ). Needs ≥ 2 blocks; returns 0 when ȳ is 0.
 */
export function successivePeriodCorrelation(counts: readonly number[]): number {
  const n = counts.length;
  if (n < 2) return 0;
  const mean = counts.reduce((s, c) => s + c, 0) / n;
  if (mean <= 0) return 0;
  const s2 = counts.reduce((s, c) => s + (c - mean) ** 2, 0) / (n - 1);
  const between = Math.max(0, s2 - mean);
  return between / (between + mean);
}

/** A start right after the worst baseline block, with the size of the expected RTM effect. */
export interface PeakStart {
  /** Event days per 28 in the last (worst) baseline block. */
  peakPer28: number;
  /** Mean per 28 of all baseline blocks (μ). */
  meanPer28: number;
  /** Correlation of successive blocks used (ρ). */
  rho: number;
  /** Expected per 28 in the next period with no effect: μ + ρ(x − μ). */
  expectedPer28: number;
  /** The spurious relative drop from the peak block that RTM alone predicts (0…1). */
  spuriousReduction: number;
  /**
   * How surprising the peak is next to the other baseline blocks: the one-sided binomial
   * P(peak count ≥ observed | total, exposure share) on counts divided by the day dispersion.
   * Small values mean an unusually bad month rather than the chance maximum of similar months.
   */
  surprise: number;
}

/**
 * Detects the docs/clinical-rules.md §8.3 trigger: the last baseline block has the strictly highest
 * rate of the last `minBlocks` (≥ 3) baseline blocks, so a long baseline with an old bad spell
 * still counts a recent bad month. Rates are per 28 recorded days so partially recorded blocks
 * compare fairly. `dispersion` (≥ 0, the day-level φ) scales counts for the surprise value.
 * Returns null when the trigger does not apply.
 */
export function detectPeakStart(
  baseline: readonly BlockCount[],
  minBlocks = 3,
  dispersion = 1,
): PeakStart | null {
  const used = baseline.filter((b) => b.recorded > 0);
  const last = used[used.length - 1];
  if (!last || used.length < minBlocks) return null;
  const per28 = used.map((b) => (BLOCK_DAYS * b.events) / b.recorded);
  const peak = per28[per28.length - 1] ?? 0;
  if (!per28.slice(-minBlocks, -1).every((r) => r < peak)) return null;
  const meanPer28 = per28.reduce((s, r) => s + r, 0) / per28.length;
  const rho = successivePeriodCorrelation(per28);
  const expectedPer28 = expectedWithoutEffect(meanPer28, peak, rho);
  const others = used.slice(0, -1);
  const tOthers = others.reduce((s, b) => s + b.recorded, 0);
  const yOthers = others.reduce((s, b) => s + b.events, 0);
  const share = last.recorded / (last.recorded + tOthers);
  const surprise = regularizedBeta(share, last.events / dispersion, yOthers / dispersion + 1);
  return {
    peakPer28: peak,
    meanPer28,
    rho,
    expectedPer28,
    spuriousReduction: peak > 0 ? 1 - expectedPer28 / peak : 0,
    surprise,
  };
}
