/**
 * Tunable constants of the verdict, each a named option with a documented default (clinical
 * rules mark these *design* or [M]). Callers pass a partial object; `resolveVerdictOptions`
 * fills the rest.
 */
import type { VerdictOutcome } from './types.ts';

/** Length of an outcome block (IHS 28-day "month"). Not configurable: MMD is per 28 days. */
export const BLOCK_DAYS = 28;

/** All verdict options. */
export interface VerdictOptions {
  /** Primary outcome. Default `migraine_days`. */
  outcome: VerdictOutcome;
  /** Run-in when the course does not state one: days after the first session left out. 28. */
  runInDays: number;
  /** Longest baseline, counted back from the first session, in whole 28-day blocks. 84. */
  maxBaselineDays: number;
  /** Gate: valid baseline days needed (docs/clinical-rules.md §8.1). 28. */
  minBaselineRecordedDays: number;
  /**
   * Gate: share of valid days each 28-day block needs (docs/clinical-rules.md §4: 80 % → 23 of 28).
   * 0.8.
   */
  minBlockCompleteness: number;
  /** Gate: evaluation window length in calendar days (docs/clinical-rules.md §8.1). 56. */
  minEvaluationDays: number;
  /** Pre-specified evaluation window length after the run-in, in whole blocks. 84. */
  maxEvaluationDays: number;
  /** Ladder: P(R < 1) needed for `improved` (docs/clinical-rules.md §8.4). 0.95. */
  improvedProbability: number;
  /**
   * Ladder: P(R > 1) needed for `worsened` (docs/clinical-rules.md §8.4, symmetric design). 0.95.
   */
  worsenedProbability: number;
  /** Sub-flag: the ratio that marks "beyond the typical placebo response". 0.75. */
  placeboRatio: number;
  /** Sub-flag: P(R < placeboRatio) needed for `beyondTypicalPlacebo`. 0.90. */
  beyondPlaceboProbability: number;
  /** Gamma prior of each phase's daily rate (shape, rate). Jeffreys (0.5, 0). */
  prior: { shape: number; rate: number };
  /**
   * Prior scale (half-normal) of σ, the month-to-month SD of the log attack rate beyond
   * Poisson and clustering noise. 0.25: monthly rates that drift by about ±25 % with no
   * intervention (fluctuation literature, docs/clinical-rules.md §7.2). A 3 + 3-block diary hardly
   * identifies σ, so this scale trades calibration under drift against power on stable diaries; at
   * 0.25 the benchmark's AR(1) drift scenario (SD 0.25) stays below 5 % false `improved` and
   * Poisson power stays above 0.85 × the exact test (bench/verdict/README.md).
   */
  blockSdPriorScale: number;
  /**
   * Correlations ρ of adjacent blocks' drift that the model averages over (equal weights).
   * [0.25, 0.5, 0.75]: months are assumed positively correlated, so homogeneous phases do not
   * rule out a drift between them.
   */
  blockCorrelations: readonly number[];
  /**
   * Treat days as binary events (variance p(1 − p) per day) rather than Poisson counts
   * (variance p). Binary is exact for day counts and gains power at high frequencies; false
   * keeps the docs/clinical-rules.md §8.2 Poisson level as the floor. true.
   */
  binaryDays: boolean;
  /**
   * Regression-to-the-mean adjustment (docs/clinical-rules.md §8.3): with `exclude_peak`, when the
   * last baseline block is the highest of at least `rtmMinBlocks` blocks, it is left out of the
   * baseline rate.
   */
  rtmAdjustment: 'exclude_peak' | 'none';
  /** Baseline blocks needed before the peak rule applies (docs/clinical-rules.md §8.3: ≥ 3). 3. */
  rtmMinBlocks: number;
  /**
   * The peak block is left out only when it is high next to the other baseline blocks: its
   * one-sided surprise value (rtm.ts) is at most this. 1 = always. 0.5 (a chance maximum of
   * similar months often stays in; a clearly worse month is left out).
   */
  rtmSurprise: number;
  /** Seasonal warning when baseline and evaluation centres are this many days apart. 90. */
  seasonalGapDays: number;
  /** Also compute secondary outcomes (costs a few milliseconds). true. */
  secondary: boolean;
}

/** The documented defaults. */
export const DEFAULT_VERDICT_OPTIONS: Readonly<VerdictOptions> = Object.freeze({
  outcome: 'migraine_days',
  runInDays: 28,
  maxBaselineDays: 84,
  minBaselineRecordedDays: 28,
  minBlockCompleteness: 0.8,
  minEvaluationDays: 56,
  maxEvaluationDays: 84,
  improvedProbability: 0.95,
  worsenedProbability: 0.95,
  placeboRatio: 0.75,
  beyondPlaceboProbability: 0.9,
  prior: { shape: 0.5, rate: 0 },
  blockSdPriorScale: 0.25,
  blockCorrelations: [0.25, 0.5, 0.75],
  binaryDays: true,
  rtmAdjustment: 'exclude_peak',
  rtmMinBlocks: 3,
  rtmSurprise: 0.5,
  seasonalGapDays: 90,
  secondary: true,
});

/** Fills unspecified options with the defaults. */
export function resolveVerdictOptions(partial: Partial<VerdictOptions> = {}): VerdictOptions {
  return { ...DEFAULT_VERDICT_OPTIONS, ...partial };
}

/** Valid days a block needs: ⌈completeness × 28⌉ (0.8 → 23, since 22.4 rounds up). */
export function minRecordedPerBlock(options: VerdictOptions): number {
  return Math.ceil(options.minBlockCompleteness * BLOCK_DAYS - 1e-9);
}
