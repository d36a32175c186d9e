/**
 * Exposure of one at-risk day to one factor: true, false, or undefined when the diary does not
 * say (`docs/trigger-analysis.md` §3). Unknown is never read as "no": a check-in without the
 * field, a missing check-in, or a day outside the recorded menstrual cycles leaves the exposure
 * unknown, and the day is left out of that factor's model.
 */
import { addDays, daysBetween } from '../calendar/dates.ts';
import { cycleStarts, MAX_CYCLE_DAYS, menstrualWindow } from '../clinical/classify/menstrual.ts';
import type { Day, Diary } from '../diary/diary.schema.ts';
import { type CheckInFactor, type FactorSpec, NIGHT_ENDS_HOUR } from './factors.ts';
import type { RiskDay } from './risk-days.ts';

/** What the exposure rules need besides the row: check-ins, usual levels, cycle windows. */
export interface ExposureContext {
  checkIns: ReadonlyMap<string, Day>;
  /** The person's median of each numeric check-in field (undefined: never recorded). */
  usual: ReadonlyMap<CheckInFactor, number>;
  /** Menstrual status per local day: true in a window, false between recorded cycles. */
  cycle: ReadonlyMap<string, boolean>;
}

/** Median of the values (mean of the middle two for an even count); undefined when empty. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The person's usual (median) level of every numeric field, over all their check-ins. */
export function usualLevels(
  diary: Diary,
  factors: readonly FactorSpec[],
): Map<CheckInFactor, number> {
  const out = new Map<CheckInFactor, number>();
  for (const spec of factors) {
    const values = diary.days
      .map((d) => d[spec.factor])
      .filter((v): v is number => typeof v === 'number');
    const m = median(values);
    if (m !== undefined) out.set(spec.factor, m);
  }
  return out;
}

/**
 * Menstrual status of each day the diary can speak for: `true` inside a perimenstrual window
 * (days −2 … +3 of a recorded cycle, the clinical engine's windows), `false` on the other days
 * between two consecutive recorded cycle starts (at most `MAX_CYCLE_DAYS` apart, the clinical
 * engine's rule for consecutive cycles). Days before the first or after the last recorded
 * window, and across a gap longer than a cycle, are absent: unknown.
 */
export function cycleStatus(diary: Diary): Map<string, boolean> {
  const starts = cycleStarts(diary);
  const out = new Map<string, boolean>();
  starts.forEach((day1, i) => {
    const next = starts[i + 1];
    const { windowStart, windowEnd } = menstrualWindow(day1);
    if (next !== undefined && daysBetween(day1, next) <= MAX_CYCLE_DAYS) {
      for (
        let d = addDays(windowEnd, 1);
        d < menstrualWindow(next).windowStart;
        d = addDays(d, 1)
      ) {
        out.set(d, false);
      }
    }
    for (let d = windowStart; d <= windowEnd; d = addDays(d, 1)) out.set(d, true);
  });
  return out;
}

/** The recorded value the factor's lag points at for this row, or undefined. */
function lagged(
  spec: FactorSpec,
  row: RiskDay,
  ctx: ExposureContext,
): number | boolean | undefined {
  if (spec.timing === 'nightBefore') {
    if (row.onsetHour !== null && row.onsetHour < NIGHT_ENDS_HOUR) return undefined;
    return ctx.checkIns.get(row.date)?.[spec.factor];
  }
  return ctx.checkIns.get(addDays(row.date, -1))?.[spec.factor];
}

/** Exposure of `row` to the factor: true, false, or undefined (unknown). */
export function exposureOf(
  spec: FactorSpec,
  row: RiskDay,
  ctx: ExposureContext,
): boolean | undefined {
  if (spec.timing === 'cycleWindow') return ctx.cycle.get(row.date);
  const value = lagged(spec, row, ctx);
  if (value === undefined) return undefined;
  const rule = spec.rule;
  if (rule.type === 'fixed') return rule.exposed(value);
  const usual = ctx.usual.get(spec.factor);
  if (usual === undefined || typeof value !== 'number') return undefined;
  return rule.type === 'aboveUsual' ? value > usual : value < usual;
}
