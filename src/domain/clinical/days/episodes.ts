/**
 * Episodes: the unit the clinical rules apply to. Attack records whose intervals touch or
 * overlap (within `episodeJoinGapMinutes`) form one continuous episode, so "the minimum duration
 * applies to the whole episode" (docs/clinical-rules.md §3) and splitting a record at midnight
 * changes nothing. Intakes are resolved to their medication class and attached to the episode they
 * treat.
 */

import { ageOn } from '../../calendar/dates.ts';
import {
  type DayMinutes,
  instantMs,
  localDateOfMs,
  minutesPerLocalDayMs,
} from '../../calendar/zoned.ts';
import type { Attack, Diary, Medication } from '../../diary/diary.schema.ts';
import { notRecorded } from '../../diary/provenance.ts';
import { ACUTE_CLASSES, type MedicationClass } from '../../diary/vocabulary.ts';
import { type AnalgesicAgent, analgesicAgents, effectiveClass } from '../moh/agents.ts';
import type { ClinicalOptions, Relief } from '../options.ts';
import { mergeAttackRecords } from './merge-attacks.ts';

/** An intake with its medication, effective class and local day. */
export interface ResolvedIntake {
  id: string;
  atMs: number;
  /** Local day of the intake (zone of the treated episode, else the person's zone). */
  date: string;
  medication: Medication;
  /** Class for counting (`effectiveClass`: ASA + paracetamol is a non-opioid analgesic). */
  cls: MedicationClass;
  /** Acute (symptomatic) medication: `ACUTE_CLASSES` (never preventive, non-acute or unknown). */
  acute: boolean;
  agents: AnalgesicAgent[];
  relief: Relief | undefined;
}

export interface Episode {
  /** Id of the episode's first attack record. */
  id: string;
  attackIds: string[];
  /** The merged record of all parts. */
  attack: Attack;
  timeZone: string;
  startMs: number;
  /** Effective end: the logged end, `now` for an ongoing attack, or the start without `now`. */
  endMs: number;
  ongoing: boolean;
  /** Whole-episode duration in minutes; `null` when ongoing and `now` is unknown. */
  durationMinutes: number | null;
  startDate: string;
  /** Minutes per local calendar day (contiguous, start day always present). */
  days: DayMinutes[];
  /** Intakes that treated this episode (linked by `attackId`, or unlinked but taken during it). */
  intakes: ResolvedIntake[];
  /** Age in whole years at onset, when the birth date is known. */
  age: number | undefined;
}

interface Part {
  attack: Attack;
  startMs: number;
  endMs: number;
  timeZone: string;
}

function partOf(attack: Attack, personZone: string, nowMs: number | undefined): Part {
  const startMs = instantMs(attack.start);
  let endMs = startMs;
  if (attack.end !== null) endMs = instantMs(attack.end);
  else if (nowMs !== undefined) endMs = Math.max(startMs, nowMs);
  return { attack, startMs, endMs, timeZone: attack.timeZone ?? personZone };
}

/** Groups parts (sorted by start) whose gap is at most `gapMs` into continuous episodes. */
function groupParts(parts: readonly Part[], gapMs: number): Part[][] {
  const groups: Part[][] = [];
  let groupEnd = Number.NEGATIVE_INFINITY;
  for (const part of parts) {
    const last = groups[groups.length - 1];
    if (last && part.startMs - groupEnd <= gapMs) {
      last.push(part);
      groupEnd = Math.max(groupEnd, part.endMs);
    } else {
      groups.push([part]);
      groupEnd = part.endMs;
    }
  }
  return groups;
}

function episodeOf(group: readonly Part[], diary: Diary, nowMs: number | undefined): Episode {
  const first = group[0] as Part;
  const attack = mergeAttackRecords(group.map((p) => p.attack));
  const startMs = first.startMs;
  const endMs = Math.max(...group.map((p) => p.endMs));
  const ongoing = attack.end === null;
  const startDate = localDateOfMs(startMs, first.timeZone);
  const birth = diary.person.birthDate;
  return {
    id: first.attack.id,
    attackIds: group.map((p) => p.attack.id),
    attack,
    timeZone: first.timeZone,
    startMs,
    endMs,
    ongoing,
    durationMinutes: ongoing && nowMs === undefined ? null : (endMs - startMs) / 60000,
    startDate,
    days: minutesPerLocalDayMs(startMs, endMs, first.timeZone),
    intakes: [],
    age: birth ? ageOn(birth, startDate) : undefined,
  };
}

/**
 * True when the episode's start and end are times its source recorded: only then can a dose be
 * known to have been taken during it (an import that dates a headache by day only places it at
 * an assumed time).
 */
const timesRecorded = (a: Attack): boolean =>
  !notRecorded(a, 'time') && !notRecorded(a, 'duration') && !a.source?.assumed.length;

/** Attaches resolved intakes to episodes and returns every resolved intake. */
function resolveIntakes(diary: Diary, episodes: readonly Episode[]): ResolvedIntake[] {
  const byAttack = new Map<string, Episode>();
  for (const ep of episodes) for (const id of ep.attackIds) byAttack.set(id, ep);
  const medications = new Map(diary.medications.map((m) => [m.id, m]));
  const out: ResolvedIntake[] = [];
  for (const intake of diary.intakes) {
    const medication = medications.get(intake.medicationId);
    if (!medication) continue;
    const atMs = instantMs(intake.at);
    const episode =
      (intake.attackId !== null ? byAttack.get(intake.attackId) : undefined) ??
      (intake.attackId === null
        ? episodes.find((e) => atMs >= e.startMs && atMs <= e.endMs && timesRecorded(e.attack))
        : undefined);
    const cls = effectiveClass(medication);
    const resolved: ResolvedIntake = {
      id: intake.id,
      atMs,
      date: localDateOfMs(atMs, episode?.timeZone ?? diary.person.timeZone),
      medication,
      cls,
      acute: ACUTE_CLASSES.has(cls),
      agents: analgesicAgents(medication),
      relief: intake.relief,
    };
    out.push(resolved);
    episode?.intakes.push(resolved);
  }
  return out;
}

/**
 * Builds the episodes of a diary (sorted by onset) and resolves its intakes. Ongoing attacks run
 * until `opts.now`; without `now` they are taken as zero-length at their start (they still touch
 * their start day, and their duration is unknown).
 */
export function buildEpisodes(
  diary: Diary,
  opts: ClinicalOptions,
): { episodes: Episode[]; intakes: ResolvedIntake[] } {
  const nowMs = opts.now === undefined ? undefined : instantMs(opts.now);
  const parts = diary.attacks
    .map((a) => partOf(a, diary.person.timeZone, nowMs))
    .sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
  const gapMs = Math.max(0, opts.episodeJoinGapMinutes) * 60000;
  const episodes = groupParts(parts, gapMs).map((g) => episodeOf(g, diary, nowMs));
  const intakes = resolveIntakes(diary, episodes);
  return { episodes, intakes };
}
