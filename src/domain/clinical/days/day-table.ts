/**
 * The day table: one record per local calendar day that has any diary data. A day is
 * **recorded** (valid for exposure) when it has a check-in (`diary.days`) or is touched by an
 * attack; acute-medication days come from intakes, per class. An imported check-in whose source
 * says it does not record whether there was a headache that day (`notRecorded: ['attack']`: a
 * night of sleep synced from a watch, say) keeps its data but is not a recorded diary day.
 */

import { localDateOf } from '../../calendar/zoned.ts';
import type { Diary } from '../../diary/diary.schema.ts';
import { notRecorded } from '../../diary/provenance.ts';
import type { MedicationClass } from '../../diary/vocabulary.ts';
import { painLevel } from '../classify/criteria.ts';
import type { AnalgesicAgent } from '../moh/agents.ts';
import { type ClinicalOptions, MIGRAINE_DAY_RULES, type MigraineDayRule } from '../options.ts';
import type { EpisodeDayFlags } from './day-rules.ts';
import type { Episode, ResolvedIntake } from './episodes.ts';

export interface DayRecord {
  date: string;
  /** Valid diary day: a check-in, or touched by an attack. */
  recorded: boolean;
  checkIn: boolean;
  headache: boolean;
  migraine: Record<MigraineDayRule, boolean>;
  chronicMigraineC: boolean;
  tension: boolean;
  chronicTension: boolean;
  /** Headache day whose pain that day (readings, else the episode's peak) is moderate or severe. */
  moderateSevere: boolean;
  /** Highest pain 0–10 of the day's headache (readings, else the episode's peak); null if unknown. */
  peakPain: number | null;
  /** Minutes of headache on this day (counted episodes, overlaps added; capped at 1 440). */
  headacheMinutes: number;
  lost: boolean;
  /** Acute (non-preventive) medication classes taken that day. */
  acuteClasses: Set<MedicationClass>;
  /** Non-opioid analgesic ingredients taken that day (8.2.3 sub-forms). */
  agents: Set<AnalgesicAgent>;
}

export interface DayTable {
  days: Map<string, DayRecord>;
  /** First and last recorded day; undefined for an empty diary. */
  firstRecorded: string | undefined;
  lastRecorded: string | undefined;
  /** First and last day with any data (recorded days and intake days). */
  first: string | undefined;
  last: string | undefined;
}

/** An episode with the day flags it contributes. */
export interface FlaggedEpisode {
  episode: Episode;
  flags: EpisodeDayFlags;
}

function emptyDay(date: string): DayRecord {
  const noRule = Object.fromEntries(MIGRAINE_DAY_RULES.map((r) => [r, false]));
  return {
    date,
    recorded: false,
    checkIn: false,
    headache: false,
    migraine: noRule as Record<MigraineDayRule, boolean>,
    chronicMigraineC: false,
    tension: false,
    chronicTension: false,
    moderateSevere: false,
    peakPain: null,
    headacheMinutes: 0,
    lost: false,
    acuteClasses: new Set(),
    agents: new Set(),
  };
}

/** Highest pain reading per local day of an episode. */
function readingPeaks(ep: Episode): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of ep.attack.readings) {
    const date = localDateOf(r.at, ep.timeZone);
    out.set(date, Math.max(out.get(date) ?? 0, r.pain));
  }
  return out;
}

function applyEpisode(get: (d: string) => DayRecord, f: FlaggedEpisode, opts: ClinicalOptions) {
  const { episode: ep, flags } = f;
  const peaks = readingPeaks(ep);
  for (const { date, minutes } of ep.days) {
    const day = get(date);
    day.recorded = true;
    const counts = minutes > 0 ? minutes >= opts.dayMinOverlapMinutes : ep.days.length === 1;
    if (!counts) continue;
    day.headache ||= flags.headache;
    for (const rule of MIGRAINE_DAY_RULES) day.migraine[rule] ||= flags.migraine[rule];
    day.chronicMigraineC ||= flags.chronicMigraineC;
    day.tension ||= flags.tension;
    day.chronicTension ||= flags.chronicTension;
    day.lost ||= flags.lost;
    const pain = peaks.get(date) ?? ep.attack.peakPain;
    const level = painLevel(pain, opts);
    day.moderateSevere ||= flags.headache && (level === 'moderate' || level === 'severe');
    if (!flags.headache) continue;
    if (pain !== undefined) day.peakPain = Math.max(day.peakPain ?? 0, pain);
    day.headacheMinutes = Math.min(24 * 60, day.headacheMinutes + minutes);
  }
}

function applyIntake(get: (d: string) => DayRecord, intake: ResolvedIntake) {
  if (!intake.acute) return;
  const day = get(intake.date);
  day.acuteClasses.add(intake.cls);
  for (const agent of intake.agents) day.agents.add(agent);
}

/** Builds the day table from check-ins, flagged episodes and resolved intakes. */
export function buildDayTable(
  diary: Diary,
  episodes: readonly FlaggedEpisode[],
  intakes: readonly ResolvedIntake[],
  opts: ClinicalOptions,
): DayTable {
  const days = new Map<string, DayRecord>();
  const get = (date: string): DayRecord => {
    let day = days.get(date);
    if (!day) {
      day = emptyDay(date);
      days.set(date, day);
    }
    return day;
  };
  for (const checkIn of diary.days) {
    if (notRecorded(checkIn, 'attack')) continue;
    const day = get(checkIn.date);
    day.recorded = true;
    day.checkIn = true;
  }
  for (const f of episodes) applyEpisode(get, f, opts);
  for (const intake of intakes) applyIntake(get, intake);
  const all = [...days.keys()].sort();
  const recorded = all.filter((d) => days.get(d)?.recorded);
  return {
    days,
    firstRecorded: recorded[0],
    lastRecorded: recorded[recorded.length - 1],
    first: all[0],
    last: all[all.length - 1],
  };
}
