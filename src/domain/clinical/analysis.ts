/**
 * The shared analysis behind both engine commands: episodes → per-episode criteria and types →
 * day table → calendar months → chronic patterns (1.3, 2.3) and medication overuse (8.2).
 */

import { addDays } from '../calendar/dates.ts';
import { personToday } from '../calendar/local-day.ts';
import type { Diary } from '../diary/diary.schema.ts';
import {
  type EpisodeCriteria,
  type EpisodeType,
  episodeType,
  evaluateEpisode,
} from './classify/attack-type.ts';
import { allMet } from './classify/criteria.ts';
import type { TypedEpisode } from './classify/suggestion.ts';
import { type EpisodeDayFlags, episodeDayFlags } from './days/day-rules.ts';
import { buildDayTable, type DayTable } from './days/day-table.ts';
import { buildEpisodes, type Episode } from './days/episodes.ts';
import {
  type ChronicMigraineResult,
  type ChronicStatus,
  chronicMigraine,
} from './metrics/chronic.ts';
import { currentRun, type MonthCounts, monthCounts } from './metrics/months.ts';
import { type MohFinding, medicationOveruse } from './moh/overuse.ts';
import { type ClinicalOptions, requiredMonths } from './options.ts';

export interface Analysis {
  diary: Diary;
  opts: ClinicalOptions;
  episodes: Episode[];
  criteria: EpisodeCriteria[];
  /** Final types (after the 2.3 pattern is known), aligned with `episodes`. */
  types: EpisodeType[];
  flags: EpisodeDayFlags[];
  table: DayTable;
  /** Today in the person's zone (only with `now`). */
  today: string | undefined;
  /** Last day known to be complete: yesterday with `now`, else the last data day. */
  completeThrough: string;
  months: MonthCounts[];
  chronic: ChronicMigraineResult;
  chronicTension: { status: ChronicStatus; months: number };
  overuse: MohFinding[];
  /** Episodes meeting 1.1 B–D or 1.2 B–C, plus prior attacks when `usePriorAttacks`. */
  lifetimeMigraineAttacks: number;
}

function chronicTensionRun(months: readonly MonthCounts[], opts: ClinicalOptions) {
  const run = currentRun(months, (m) => m.chronicTensionDays >= opts.chronicHeadacheDays);
  let status: ChronicStatus = 'not_met';
  if (run.length >= requiredMonths(opts.chronicMonthsMode)) status = 'met';
  else if (run.length >= Math.max(1, opts.provisionalMinMonths)) status = 'provisional';
  return { status, months: run.length };
}

/** Runs the shared analysis of a (validated) diary with resolved options. */
export function analyseDiary(diary: Diary, opts: ClinicalOptions): Analysis {
  const { episodes, intakes } = buildEpisodes(diary, opts);
  const criteria = episodes.map((ep) => evaluateEpisode(ep, opts));
  const baseTypes = criteria.map((c) => episodeType(c, false));
  const flags = criteria.map((c, i) => episodeDayFlags(c, baseTypes[i] as EpisodeType, opts));
  const flagged = episodes.map((episode, i) => ({ episode, flags: flags[i] as EpisodeDayFlags }));
  const table = buildDayTable(diary, flagged, intakes, opts);
  const today = opts.now === undefined ? undefined : personToday(diary.person, opts.now);
  const completeThrough = today ? addDays(today, -1) : (table.last ?? '0000-01-01');
  const months = monthCounts(table, completeThrough, opts);
  const prior = opts.usePriorAttacks ? (diary.person.priorMigraineAttacks ?? 0) : 0;
  const recordedMigraine = criteria.filter(
    (c) => allMet(c.migraine) || (c.aura !== undefined && allMet(c.aura.result)),
  ).length;
  const lifetimeMigraineAttacks = recordedMigraine + prior;
  const chronicTension = chronicTensionRun(months, opts);
  const ctthPattern = chronicTension.status !== 'not_met';
  return {
    diary,
    opts,
    episodes,
    criteria,
    types: criteria.map((c) => episodeType(c, ctthPattern)),
    flags,
    table,
    today,
    completeThrough,
    months,
    chronic: chronicMigraine(months, lifetimeMigraineAttacks, opts),
    chronicTension,
    overuse: medicationOveruse(months, opts),
    lifetimeMigraineAttacks,
  };
}

/** Episodes with their final types. */
export const typedEpisodes = (a: Analysis): TypedEpisode[] =>
  a.criteria.map((c, i) => ({ c, t: a.types[i] as EpisodeType }));
