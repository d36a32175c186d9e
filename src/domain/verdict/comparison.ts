/**
 * One AB comparison of an event-day outcome: day-level clustering estimate, block model,
 * posterior summary of the rate ratio. The primary outcome and every secondary count outcome go
 * through this same function.
 */
import { type BlockModelFit, fitBlockModel } from './block-model.ts';
import { estimateDayDispersion } from './day-dispersion.ts';
import type { VerdictOptions } from './options.ts';
import { type RatioSummary, summariseRatio } from './rate-ratio.ts';
import type { DailyOutcome } from './types.ts';
import {
  type BlockCount,
  type BlockRange,
  countBlocks,
  daySequence,
  type SeriesIndex,
} from './windows.ts';

/** Result of comparing the evaluation window with the baseline for one outcome. */
export interface Comparison {
  baseline: BlockCount[];
  treatment: BlockCount[];
  dayDispersion: number;
  fit: BlockModelFit;
  ratio: RatioSummary;
}

/**
 * Day-level dispersion φ of an outcome over both phases (see day-dispersion.ts).
 */
export function outcomeDispersion(
  index: SeriesIndex,
  a: readonly BlockRange[],
  b: readonly BlockRange[],
  isEvent: (d: DailyOutcome) => boolean,
  options: VerdictOptions,
): number {
  return estimateDayDispersion(
    [daySequence(index, a, isEvent), daySequence(index, b, isEvent)],
    options.binaryDays,
  );
}

/**
 * Compares the outcome `isEvent` between baseline blocks `a` and evaluation blocks `b`.
 * Returns null when either phase has no recorded day (nothing to compare).
 */
export function compareOutcome(
  index: SeriesIndex,
  a: readonly BlockRange[],
  b: readonly BlockRange[],
  isEvent: (d: DailyOutcome) => boolean,
  options: VerdictOptions,
  varianceOnly: readonly BlockRange[] = [],
): Comparison | null {
  const baseline = countBlocks(index, a, isEvent);
  const treatment = countBlocks(index, b, isEvent);
  const recorded = (blocks: BlockCount[]) => blocks.reduce((s, x) => s + x.recorded, 0);
  if (recorded(baseline) === 0 || recorded(treatment) === 0) return null;
  const dayDispersion = outcomeDispersion(index, a, b, isEvent, options);
  const fit = fitBlockModel({
    blocks: [...baseline, ...treatment],
    varianceOnly: countBlocks(index, varianceOnly, isEvent),
    dayDispersion,
    prior: options.prior,
    blockSdPriorScale: options.blockSdPriorScale,
    blockCorrelations: options.blockCorrelations,
  });
  return {
    baseline,
    treatment,
    dayDispersion,
    fit,
    ratio: summariseRatio(fit.components, options.placeboRatio),
  };
}
