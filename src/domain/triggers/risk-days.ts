/**
 * The days at risk of a new attack (`docs/trigger-analysis.md` §3): the rows every trigger
 * model is fitted on. A day d is at risk when
 * - the whole day before (d − 1) is recorded and no attack touches it: d − 1 is the day whose
 *   check-in is the exposure, and behaviour during an attack (no alcohol, more sleep, fewer
 *   screens) must never count as exposure;
 * - no attack is still going at the start of d (follows from the above: attacks are
 *   contiguous), so an attack touching d began on d;
 * - d is recorded: an attack began on it (a case), or it has a check-in and no attack (a control
 *   day). A day with neither is unknown, never "no attack";
 * - an earlier attack is on record, so the time since the last attack is known; the days before
 *   the first recorded attack are not used;
 * - d is complete: before today in the person's time zone.
 *
 * Onset and control days are selected differently (an onset day counts even without a
 * check-in), which changes the intercept of a logistic model but not its odds ratios:
 * selection that depends on the outcome only leaves odds ratios unbiased.
 */
import { addDays, daysBetween } from '../calendar/dates.ts';
import { localDateOf, startOfLocalDayMs } from '../calendar/zoned.ts';
import { buildEpisodes } from '../clinical/days/episodes.ts';
import { resolveClinicalOptions } from '../clinical/options.ts';
import type { Day, Diary } from '../diary/diary.schema.ts';

export interface RiskDay {
  date: string;
  /** An attack began on this day (`allRecordedDays`: an attack touched it). */
  onset: boolean;
  /** Local hour (0–24, fractional) at which the day's first attack began; null without one. */
  onsetHour: number | null;
  /** Whole attack-free days since the last day an attack touched (≥ 1 for at-risk days). */
  gapDays: number;
}

export interface RiskSet {
  rows: RiskDay[];
  /** Check-ins by local date. */
  checkIns: Map<string, Day>;
  /** Every attack onset (episodes: touching records are one attack) by local date. */
  onsetDates: string[];
  /** First recorded day and last complete day considered (undefined for an empty diary). */
  from: string | undefined;
  to: string | undefined;
}

/** Which days may serve as rows: the design (`atRisk`) or, for comparison only, every day. */
export type RowRule = 'atRisk' | 'allRecordedDays';

const HOUR_MS = 3_600_000;

/**
 * Builds the rows of a diary. `now` (UTC instant) bounds ongoing attacks and makes today
 * incomplete; without it the last recorded day is the last complete one. `allRecordedDays`
 * drops the at-risk rule: every recorded day after a recorded day is a row and its outcome is
 * "an attack on that day" (a migraine-day correlation, as simple apps show). It is the naive
 * design the benchmark and the trap tests compare against, never used for a report.
 */
export function riskSet(diary: Diary, now: string | undefined, rule: RowRule = 'atRisk'): RiskSet {
  const { episodes } = buildEpisodes(diary, resolveClinicalOptions({ now }));
  const checkIns = new Map(diary.days.map((d) => [d.date, d]));
  const attackDays = new Set<string>();
  const onsetHour = new Map<string, number>();
  for (const ep of episodes) {
    for (const { date } of ep.days) attackDays.add(date);
    const hour = (ep.startMs - startOfLocalDayMs(ep.startDate, ep.timeZone)) / HOUR_MS;
    onsetHour.set(ep.startDate, Math.min(onsetHour.get(ep.startDate) ?? 24, hour));
  }
  const recorded = (d: string) => checkIns.has(d) || attackDays.has(d);
  const all = [...new Set([...checkIns.keys(), ...attackDays])].sort();
  const from = all[0];
  const today = now === undefined ? undefined : localDateOf(now, diary.person.timeZone);
  const lastRecorded = all[all.length - 1];
  const to =
    today === undefined || lastRecorded === undefined || lastRecorded < today
      ? lastRecorded
      : addDays(today, -1);
  const rows: RiskDay[] = [];
  if (from === undefined || to === undefined || to < from) {
    return { rows, checkIns, onsetDates: [], from, to };
  }
  let lastAttackDay: string | undefined;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
    const before = addDays(d, -1);
    if (attackDays.has(before)) lastAttackDay = before;
    const hour = onsetHour.get(d);
    const onset = hour !== undefined;
    const row: RiskDay = {
      date: d,
      onset,
      onsetHour: hour ?? null,
      gapDays:
        lastAttackDay === undefined
          ? daysBetween(from, d)
          : Math.max(0, daysBetween(lastAttackDay, d) - 1),
    };
    if (rule === 'allRecordedDays') {
      if (recorded(before) && recorded(d)) rows.push({ ...row, onset: attackDays.has(d) });
      continue;
    }
    const dayBeforeFree = recorded(before) && !attackDays.has(before);
    const known = onset || (checkIns.has(d) && !attackDays.has(d));
    if (lastAttackDay !== undefined && dayBeforeFree && known) rows.push(row);
  }
  const onsetDates = [...onsetHour.keys()].filter((d) => d >= from && d <= to).sort();
  return { rows, checkIns, onsetDates, from, to };
}
