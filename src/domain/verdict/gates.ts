/**
 * Validity gates of the AB verdict (docs/clinical-rules.md §8.1). Any failure gives
 * `insufficient_data`; each failure comes with a warning that says what is missing.
 */
import { BLOCK_DAYS, minRecordedPerBlock, type VerdictOptions } from './options.ts';
import type { VerdictWarning } from './types.ts';
import { baselineShort, evaluationShort, incompleteBlocks, preventiveChange } from './warnings.ts';
import type { BlockCount, PhaseLayout, SeriesIndex } from './windows.ts';

/** Outcome of the gates: failures block the verdict, cautions are shown alongside it. */
export interface GateReport {
  failures: VerdictWarning[];
  cautions: VerdictWarning[];
}

function preventiveDays(index: SeriesIndex, from: number, to: number): number[] {
  const out: number[] = [];
  for (let day = from; day <= to; day += 1) if (index.get(day)?.preventiveChange) out.push(day);
  return out;
}

/**
 * Checks: ≥ `minBaselineRecordedDays` valid baseline days; every block ≥ the completeness
 * threshold (a partial block counts against 28 days, so it fails); an evaluation window of
 * ≥ `minEvaluationDays`; no preventive-medication change inside either window (a change in the
 * run-in is only a caution).
 */
export function checkGates(
  index: SeriesIndex,
  layout: PhaseLayout,
  baseline: readonly BlockCount[],
  evaluation: readonly BlockCount[],
  options: VerdictOptions,
): GateReport {
  const failures: VerdictWarning[] = [];
  const cautions: VerdictWarning[] = [];
  const needed = minRecordedPerBlock(options);
  const recordedA = baseline.reduce((s, b) => s + b.recorded, 0);
  if (recordedA < options.minBaselineRecordedDays) {
    failures.push(baselineShort(recordedA, options.minBaselineRecordedDays));
  }
  const badA = baseline.filter((b) => b.recorded < needed);
  if (badA.length > 0 && recordedA >= options.minBaselineRecordedDays) {
    failures.push(incompleteBlocks('baseline', badA, needed));
  }
  const evalDays = evaluation.reduce((s, b) => s + (b.to - b.from + 1), 0);
  if (evalDays < options.minEvaluationDays) {
    failures.push(evaluationShort(evalDays, options.minEvaluationDays, layout.runInDays));
  } else {
    const badB = evaluation.filter((b) => b.recorded < needed || b.to - b.from + 1 < BLOCK_DAYS);
    if (badB.length > 0) failures.push(incompleteBlocks('evaluation', badB, needed));
  }
  const first = baseline[0];
  const last = evaluation[evaluation.length - 1];
  const inA = first ? preventiveDays(index, first.from, layout.startDay - 1) : [];
  const inB = last ? preventiveDays(index, layout.startDay + layout.runInDays, last.to) : [];
  if (inA.length + inB.length > 0) failures.push(preventiveChange([...inA, ...inB], true));
  const runInEnd = layout.startDay + layout.runInDays - 1;
  const inRunIn = preventiveDays(index, layout.startDay + 1, runInEnd);
  if (inRunIn.length > 0) cautions.push(preventiveChange(inRunIn, false));
  return { failures, cautions };
}
