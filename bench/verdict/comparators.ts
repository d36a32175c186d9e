/**
 * The two comparators of the calibration table, computed on the same simulated diary as the
 * verdict: the naive app rule and the exact conditional binomial test on the same windows.
 */
import { exactRateRatioTest } from '../../src/domain/verdict/binomial-test.ts';
import type { DailyOutcome } from '../../src/domain/verdict/types.ts';

function rate(series: readonly DailyOutcome[], from: number, to: number) {
  let rec = 0;
  let ev = 0;
  for (let i = Math.max(0, from); i < Math.min(series.length, to); i += 1) {
    const d = series[i];
    if (d?.recorded) {
      rec += 1;
      if (d.migraineDay) ev += 1;
    }
  }
  return { rec, ev };
}

/**
 * Naive rule: "≥ 50 % fewer migraine days in the first month than in the month before",
 * on rates per recorded day (identical to raw counts when nothing is missing).
 */
export function naiveImproved(series: readonly DailyOutcome[], start: number): boolean {
  const before = rate(series, start - 28, start);
  const after = rate(series, start, start + 28);
  if (before.rec === 0 || after.rec === 0 || before.ev === 0) return false;
  return after.ev / after.rec <= 0.5 * (before.ev / before.rec);
}

/**
 * Exact conditional binomial test, one-sided at 0.05, of the 84-day baseline against the
 * evaluation window (days start+runIn … start+runIn+83): the same data the verdict sees.
 */
export function exactImproved(
  series: readonly DailyOutcome[],
  start: number,
  runIn: number,
  alpha = 0.05,
): boolean {
  const a = rate(series, start - 84, start);
  const b = rate(series, start + runIn, start + runIn + 84);
  if (a.rec === 0 || b.rec === 0) return false;
  return exactRateRatioTest(a.ev, a.rec, b.ev, b.rec).pLower <= alpha;
}
