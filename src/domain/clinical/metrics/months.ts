/**
 * Calendar-month counts for the diagnostic thresholds (docs/clinical-rules.md §1.3: diagnostic
 * thresholds use calendar-month counts, never per-28-day rates; TV-CM-5), and the "for > 3 months"
 * runs.
 */

import { monthOf } from '../../calendar/dates.ts';
import type { MedicationClass } from '../../diary/vocabulary.ts';
import type { DayRecord, DayTable } from '../days/day-table.ts';
import type { AnalgesicAgent } from '../moh/agents.ts';
import type { ClinicalOptions } from '../options.ts';
import { monthRanges, periodDays } from './periods.ts';

export interface MonthCounts {
  month: string;
  start: string;
  end: string;
  days: number;
  recordedDays: number;
  /** The month has not ended yet (or data stops inside it, without `now`). */
  inProgress: boolean;
  headacheDays: number;
  /** Migraine days under the selected rule. */
  migraineDays: number;
  /** Days counting towards 1.3 C. */
  chronicMigraineDays: number;
  tensionDays: number;
  chronicTensionDays: number;
  /** Day records of the month that have data (for class and ingredient unions). */
  records: DayRecord[];
}

/** Months from the first to the last data day of the table (empty for an empty diary). */
export function monthCounts(
  table: DayTable,
  completeThrough: string,
  opts: ClinicalOptions,
): MonthCounts[] {
  if (table.first === undefined || table.last === undefined) return [];
  return monthRanges(table.first, table.last).map(([start, end]) => {
    const records = periodDays(table, start, end);
    const count = (pred: (d: DayRecord) => boolean) => records.filter(pred).length;
    return {
      month: monthOf(start),
      start,
      end,
      days: Number(end.slice(8)),
      recordedDays: count((d) => d.recorded),
      inProgress: end > completeThrough,
      headacheDays: count((d) => d.headache),
      migraineDays: count((d) => d.migraine[opts.migraineDayRule]),
      chronicMigraineDays: count((d) => d.chronicMigraineC),
      tensionDays: count((d) => d.tension),
      chronicTensionDays: count((d) => d.chronicTension),
      records,
    };
  });
}

/** Days in `records` with an acute intake of any of `classes`. */
export function classDays(records: readonly DayRecord[], classes: readonly MedicationClass[]) {
  return records.filter((d) => classes.some((c) => d.acuteClasses.has(c))).length;
}

/** Days in `records` with any of the non-opioid analgesic `agents`. */
export function agentDays(records: readonly DayRecord[], agents: readonly AnalgesicAgent[]) {
  return records.filter((d) => agents.some((a) => d.agents.has(a))).length;
}

/**
 * The run of consecutive qualifying months ending at the latest month. A trailing month still in
 * progress that does not (yet) qualify is skipped rather than breaking the run; one that already
 * qualifies counts. `months` must be consecutive calendar months in order.
 */
export function currentRun<T extends { inProgress: boolean }>(
  months: readonly T[],
  qualifies: (m: T) => boolean,
): T[] {
  let end = months.length - 1;
  const last = months[end];
  if (last?.inProgress && !qualifies(last)) end -= 1;
  const run: T[] = [];
  for (let i = end; i >= 0; i--) {
    const m = months[i] as T;
    if (!qualifies(m)) break;
    run.unshift(m);
  }
  return run;
}

/** Completed months, most recent last (the in-progress month is dropped). */
export const completedMonths = <T extends { inProgress: boolean }>(months: readonly T[]): T[] =>
  months.filter((m) => !m.inProgress);
