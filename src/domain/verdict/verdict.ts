/**
 * `verdict(series, course, options)`: the "does it work for me?" AB verdict of
 * docs/clinical-rules.md §8 for one therapy course. Pipeline: lay out the baseline and evaluation
 * blocks → check the gates → detect a start right after the worst baseline block (RTM) →
 * compare the phases with the calibrated block model → apply the ladder → attach warnings
 * (always the placebo context, never causal wording) and secondary outcomes.
 *
 * Calibration: the docs/clinical-rules.md §8.2 Gamma–Poisson closed form is widened for multi-day
 * attacks (day-dispersion.ts) and month-to-month drift (block-model.ts), and a clearly worse last
 * baseline block is left out of the baseline rate (rtm.ts). bench/verdict measures how often
 * stable diaries get `improved` (≤ 5 % in every null scenario) and the power cost.
 */
import { compareOutcome, outcomeDispersion } from './comparison.ts';
import { checkGates } from './gates.ts';
import { beyondTypicalPlacebo, ladder, summarise } from './ladder.ts';
import { BLOCK_DAYS, resolveVerdictOptions, type VerdictOptions } from './options.ts';
import { detectPeakStart } from './rtm.ts';
import { secondaryOutcomes } from './secondary.ts';
import type {
  DailyOutcome,
  PhaseSummary,
  TherapyCourse,
  VerdictLabel,
  VerdictResult,
  VerdictWarning,
} from './types.ts';
import {
  placeboContext,
  seasonalOverlap,
  startedAfterWorstMonth,
  uncontrolledComparison,
} from './warnings.ts';
import { type BlockCount, blockSpan, countBlocks, indexSeries, layoutPhases } from './windows.ts';

function phaseSummary(blocks: readonly BlockCount[]): PhaseSummary {
  const days = blocks.reduce((s, b) => s + (b.to - b.from + 1), 0);
  const recordedDays = blocks.reduce((s, b) => s + b.recorded, 0);
  const eventDays = blocks.reduce((s, b) => s + b.events, 0);
  return {
    days,
    recordedDays,
    eventDays,
    per28: recordedDays > 0 ? (BLOCK_DAYS * eventDays) / recordedDays : null,
    ...blockSpan(blocks),
  };
}

function centre(blocks: readonly BlockCount[]): number | null {
  const first = blocks[0];
  const last = blocks[blocks.length - 1];
  return first && last ? (first.from + last.to) / 2 : null;
}

/**
 * Computes the verdict for one course. `series` holds one entry per calendar day (unrecorded
 * days with `recorded: false`; days absent from the series count as unrecorded). Never throws
 * on thin data: it returns `insufficient_data` with warnings naming the failed gates, and still
 * reports the ratio when both windows have recorded days. `baseline` describes the blocks the
 * ratio compares against (without a left-out peak block; the RTM warning gives the full
 * picture). Throws AppError('invalid') on malformed dates.
 */
export function verdict(
  series: readonly DailyOutcome[],
  course: TherapyCourse,
  options: Partial<VerdictOptions> = {},
): VerdictResult {
  const opts = resolveVerdictOptions(options);
  const index = indexSeries(series);
  const layout = layoutPhases(index, course, opts);
  const isEvent =
    opts.outcome === 'migraine_days'
      ? (d: DailyOutcome) => d.migraineDay
      : (d: DailyOutcome) => d.headacheDay;
  const blocksA = countBlocks(index, layout.baseline, isEvent);
  const blocksB = countBlocks(index, layout.evaluation, isEvent);
  const gates = checkGates(index, layout, blocksA, blocksB, opts);
  const warnings: VerdictWarning[] = [...gates.failures, ...gates.cautions];

  const phi = outcomeDispersion(index, layout.baseline, layout.evaluation, isEvent, opts);
  const peak = detectPeakStart(blocksA, opts.rtmMinBlocks, phi);
  const exclude =
    peak !== null && opts.rtmAdjustment === 'exclude_peak' && peak.surprise <= opts.rtmSurprise;
  if (peak) warnings.push(startedAfterWorstMonth(peak, opts.outcome, exclude));
  const analysedA = exclude ? blocksA.slice(0, -1) : blocksA;

  const cA = centre(blocksA);
  const cB = centre(blocksB);
  if (cA !== null && cB !== null && cB - cA >= opts.seasonalGapDays) {
    warnings.push(seasonalOverlap(cB - cA));
  }
  warnings.push(uncontrolledComparison(), placeboContext());

  const peakBlock = exclude ? blocksA.slice(-1) : [];
  const comparison = compareOutcome(index, analysedA, blocksB, isEvent, opts, peakBlock);
  // The RTM adjustment guards the improvement claim only; a worsening is judged against the
  // full baseline (leaving the peak out would otherwise make `worsened` too easy).
  const full = exclude ? compareOutcome(index, blocksA, blocksB, isEvent, opts) : comparison;
  let label: VerdictLabel = 'insufficient_data';
  if (comparison && full && gates.failures.length === 0) {
    label = ladder({ ...comparison.ratio, pAboveOne: full.ratio.pAboveOne }, opts);
  }
  const baseline = phaseSummary(analysedA);
  const treatment = phaseSummary(blocksB);
  return {
    therapyId: course.therapyId,
    outcome: opts.outcome,
    verdict: label,
    baseline,
    treatment,
    rateRatio: comparison ? { median: comparison.ratio.median, ci95: comparison.ratio.ci95 } : null,
    pImproved: comparison ? comparison.ratio.pBelowOne : null,
    pBeyondPlacebo: comparison ? comparison.ratio.pBelowPlacebo : null,
    warnings,
    beyondTypicalPlacebo: comparison ? beyondTypicalPlacebo(label, comparison.ratio, opts) : false,
    summary: summarise(label, opts.outcome, baseline.per28, treatment.per28),
    model: comparison
      ? {
          dayDispersion: comparison.dayDispersion,
          blockSd: comparison.fit.blockSd,
          varianceInflation: comparison.fit.varianceInflation,
          effectiveEvents: comparison.fit.effectiveEvents,
          excludedBaselineBlocks: exclude ? 1 : 0,
        }
      : null,
    secondary:
      opts.secondary && comparison
        ? secondaryOutcomes(index, analysedA, blocksB, opts.outcome, opts)
        : [],
  };
}
