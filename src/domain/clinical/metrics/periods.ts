/**
 * Outcome metrics over a period of local days (docs/clinical-rules.md §4): 28-day blocks aligned to
 * a start day, and calendar months. Every count comes with its exposure (recorded days) and
 * completeness; a period is valid with ≥ 80 % recorded days (23 of 28).
 */

import {
  addDays,
  dateRange,
  daysBetween,
  lastDayOfMonth,
  monthRange,
} from '../../calendar/dates.ts';
import type { MedicationClass } from '../../diary/vocabulary.ts';
import type { CountedAttack } from '../days/attack-count.ts';
import type { DayRecord, DayTable } from '../days/day-table.ts';
import type { Episode } from '../days/episodes.ts';
import {
  type ClinicalOptions,
  MIGRAINE_DAY_RULES,
  type MigraineDayRule,
  minValidDays,
} from '../options.ts';

export interface PeriodMetrics {
  start: string;
  end: string;
  /** Length of the period in days (28 for a block, 28–31 for a month). */
  days: number;
  recordedDays: number;
  /** recordedDays / days, rounded to 0.001. */
  completeness: number;
  valid: boolean;
  /** The period has not ended yet (its last day is not complete). */
  inProgress: boolean;
  headacheDays: number;
  /** Migraine days under the selected `migraineDayRule`. */
  migraineDays: number;
  migraineDaysByRule: Record<MigraineDayRule, number>;
  moderateSevereDays: number;
  acuteMedicationDays: number;
  acuteMedicationDaysByClass: Partial<Record<MedicationClass, number>>;
  /** Days with a triptan, ergot, gepant or ditan. */
  migraineSpecificMedicationDays: number;
  daysLost: number;
  /** Mean peak pain (0–10) of headache episodes starting in the period; null if none rated. */
  meanPeakPain: number | null;
  /** Median duration (hours) of ended headache episodes starting in the period. */
  medianDurationHours: number | null;
  /** Attacks starting in the period after `attackMergeRule`. */
  attacks: number;
  /** Migraine attacks starting in the period after `attackMergeRule`. */
  migraineAttacks: number;
}

/** Everything a period summary reads. */
export interface PeriodContext {
  table: DayTable;
  /** Headache episodes (for pain and duration). */
  headacheEpisodes: readonly Episode[];
  attacks: readonly CountedAttack[];
  migraineAttacks: readonly CountedAttack[];
  /** Last day known to be complete: the day before today with `now`, else the last data day. */
  completeThrough: string;
  opts: ClinicalOptions;
}

const SPECIFIC: ReadonlySet<MedicationClass> = new Set(['triptan', 'ergot', 'gepant', 'ditan']);

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Days of a period as day records (days without data are skipped). */
export function periodDays(table: DayTable, start: string, end: string): DayRecord[] {
  return dateRange(start, end)
    .map((d) => table.days.get(d))
    .filter((d): d is DayRecord => d !== undefined);
}

/** Summarises the days `start`…`end` (both included). */
export function periodMetrics(start: string, end: string, ctx: PeriodContext): PeriodMetrics {
  const { opts } = ctx;
  const days = periodDays(ctx.table, start, end);
  const length = daysBetween(start, end) + 1;
  const count = (pred: (d: DayRecord) => boolean) => days.filter(pred).length;
  const recordedDays = count((d) => d.recorded);
  const byRule = Object.fromEntries(
    MIGRAINE_DAY_RULES.map((r) => [r, count((d) => d.migraine[r])]),
  ) as Record<MigraineDayRule, number>;
  const byClass: Partial<Record<MedicationClass, number>> = {};
  for (const d of days) for (const c of d.acuteClasses) byClass[c] = (byClass[c] ?? 0) + 1;
  const inPeriod = (date: string) => date >= start && date <= end;
  const eps = ctx.headacheEpisodes.filter((e) => inPeriod(e.startDate));
  const pains = eps.map((e) => e.attack.peakPain).filter((p): p is number => p !== undefined);
  const hours = eps
    .filter((e) => !e.ongoing && e.durationMinutes !== null)
    .map((e) => (e.durationMinutes ?? 0) / 60);
  const medianHours = median(hours);
  const inProgress = end > ctx.completeThrough;
  return {
    start,
    end,
    days: length,
    recordedDays,
    completeness: round(recordedDays / length, 3),
    valid: !inProgress && recordedDays >= minValidDays(length, opts.validCompleteness),
    inProgress,
    headacheDays: count((d) => d.headache),
    migraineDays: byRule[opts.migraineDayRule],
    migraineDaysByRule: byRule,
    moderateSevereDays: count((d) => d.moderateSevere),
    acuteMedicationDays: count((d) => d.acuteClasses.size > 0),
    acuteMedicationDaysByClass: byClass,
    migraineSpecificMedicationDays: count((d) => [...d.acuteClasses].some((c) => SPECIFIC.has(c))),
    daysLost: count((d) => d.lost),
    meanPeakPain:
      pains.length > 0 ? round(pains.reduce((a, b) => a + b, 0) / pains.length, 2) : null,
    medianDurationHours: medianHours === null ? null : round(medianHours, 2),
    attacks: ctx.attacks.filter((a) => inPeriod(a.startDate)).length,
    migraineAttacks: ctx.migraineAttacks.filter((a) => inPeriod(a.startDate)).length,
  };
}

/**
 * Consecutive blocks of `blockDays` days from `start` until the block containing `last`.
 * Empty when there is no data or `last` is before `start`.
 */
export function blockRanges(start: string, last: string, blockDays: number): [string, string][] {
  const out: [string, string][] = [];
  for (let s = start; s <= last; s = addDays(s, blockDays)) {
    out.push([s, addDays(s, blockDays - 1)]);
  }
  return out;
}

/** Calendar months (first day, last day) from the month of `first` to the month of `last`. */
export function monthRanges(first: string, last: string): [string, string][] {
  return monthRange(first, last).map((m) => [`${m}-01`, lastDayOfMonth(m)]);
}
