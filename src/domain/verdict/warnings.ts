/**
 * Plain-language warnings of the verdict. Wording rules (docs/clinical-rules.md §8.4): describe a
 * change over time, never a cause; always give the placebo context.
 */
import { formatDay } from './dates.ts';
import type { PeakStart } from './rtm.ts';
import type { VerdictOutcome, VerdictWarning } from './types.ts';

const round1 = (x: number): string => (Math.round(x * 10) / 10).toFixed(1);

/** Human name of an outcome ("migraine days"). */
export function outcomeName(outcome: VerdictOutcome): string {
  return outcome === 'migraine_days' ? 'migraine days' : 'headache days';
}

/** The placebo context line shown with every verdict (docs/clinical-rules.md §8.4). */
export function placeboContext(): VerdictWarning {
  return {
    code: 'placebo_context',
    message:
      'In placebo groups of migraine-prevention trials about 1 in 4 people halve their migraine ' +
      'frequency.',
  };
}

/** Reminder that an AB comparison shows a change over time, not its cause. */
export function uncontrolledComparison(): VerdictWarning {
  return {
    code: 'uncontrolled_comparison',
    message:
      'This compares the time before the course with the time after it started. It shows a ' +
      'change over time, not what caused it; a randomised ABAB plan can test that.',
  };
}

/** Baseline with fewer valid days than required. */
export function baselineShort(recorded: number, needed: number): VerdictWarning {
  return {
    code: 'baseline_short',
    message:
      `The baseline before the first session has ${recorded} recorded days; at least ${needed} ` +
      'are needed (56–84 recommended) to know your usual level.',
  };
}

/** Blocks under the completeness threshold. */
export function incompleteBlocks(
  phase: 'baseline' | 'evaluation',
  blocks: readonly { from: number; recorded: number }[],
  needed: number,
): VerdictWarning {
  const list = blocks.map((b) => `${formatDay(b.from)} (${b.recorded}/28)`).join(', ');
  return {
    code: phase === 'baseline' ? 'baseline_incomplete' : 'evaluation_incomplete',
    message:
      `Some 28-day blocks of the ${phase} have fewer than ${needed} recorded days: ${list}. ` +
      'Gaps can hide or exaggerate a change.',
  };
}

/** Evaluation window shorter than required (or not started yet). */
export function evaluationShort(days: number, needed: number, runIn: number): VerdictWarning {
  return {
    code: 'evaluation_short',
    message:
      `The evaluation window (after a ${runIn}-day run-in) has ${days} days so far; at least ` +
      `${needed} are needed before a verdict.`,
  };
}

/** A preventive medication change inside a phase (a gate) or in the run-in (a caution). */
export function preventiveChange(days: readonly number[], gate: boolean): VerdictWarning {
  const list = days.map(formatDay).join(', ');
  return {
    code: 'preventive_change',
    message: gate
      ? `A preventive medication was started, stopped or changed inside a comparison window ` +
        `(${list}); the two windows are not comparable, so no verdict is given.`
      : `A preventive medication was changed during the run-in (${list}); any change may ` +
        'reflect that medication as much as the course.',
  };
}

/**
 * Start right after the worst baseline block: RTM warning with the expected size
 * (docs/clinical-rules.md §8.3).
 */
export function startedAfterWorstMonth(
  peak: PeakStart,
  outcome: VerdictOutcome,
  excluded: boolean,
): VerdictWarning {
  const name = outcomeName(outcome);
  return {
    code: 'started_after_worst_month',
    message:
      `The course started right after your worst 28-day block of the baseline ` +
      `(${round1(peak.peakPer28)} ${name} per 28 days; baseline average ${round1(peak.meanPer28)}). ` +
      'Bad months tend to be followed by more typical ones (regression to the mean): with no ' +
      `effect at all about ${round1(peak.expectedPer28)} per 28 days would be expected next, ` +
      `${Math.round(peak.spuriousReduction * 100)} % below that block.` +
      (excluded ? ' The comparison therefore uses the earlier baseline blocks.' : ''),
  };
}

/** Baseline and evaluation window at different times of year. */
export function seasonalOverlap(gapDays: number): VerdictWarning {
  return {
    code: 'seasonal_overlap',
    message:
      `The middle of the baseline and the middle of the evaluation window are ${Math.round(gapDays)} ` +
      'days apart, at different times of year. Seasonal changes (light, weather, holidays, ' +
      'workload) can change migraine frequency on their own.',
  };
}
