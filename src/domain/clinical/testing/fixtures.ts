/**
 * Builders for clinical test diaries. Every diary goes through `diarySchema`, so tests only use
 * documents the product would accept. Local times are converted with the diary's zone.
 */
import { Temporal } from 'temporal-polyfill';
import type { z } from 'zod';
import { addDays } from '../../calendar/dates.ts';
import { type Diary, diarySchema } from '../../diary/diary.schema.ts';

type DiaryInput = z.input<typeof diarySchema>;
export type AttackInput = NonNullable<DiaryInput['attacks']>[number];
export type IntakeInput = NonNullable<DiaryInput['intakes']>[number];
export type Features = Omit<AttackInput, 'id' | 'start' | 'end'>;

export const TZ = 'Europe/Berlin';

/** UTC instant of a local date and time (`HH:MM`) in `tz`. */
export function at(date: string, time: string, tz = TZ): string {
  return Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(tz).toInstant().toString();
}

/** UTC instant `minutes` after another. */
export function plusMinutes(instant: string, minutes: number): string {
  return Temporal.Instant.from(instant).add({ minutes }).toString();
}

/** An attack starting at a local date/time and lasting `minutes`. */
export function attack(
  id: string,
  date: string,
  time: string,
  minutes: number,
  features: Features = {},
  tz = TZ,
): AttackInput {
  const start = at(date, time, tz);
  return { id, start, end: plusMinutes(start, minutes), ...features };
}

/** Migraine without aura features (1.1 C: unilateral, pulsating, moderate; D: nausea). */
export const MIGRAINE: Features = {
  side: 'left',
  quality: ['pulsating'],
  peakPain: 6,
  nausea: true,
};

/** Tension-type features (bilateral, pressing, mild; no nausea, photophobia or phonophobia). */
export const TENSION: Features = { side: 'both', quality: ['pressing'], peakPain: 3 };

/** The first `count` days of a month (`YYYY-MM`), starting at day `from`. */
export function daysOfMonth(month: string, count: number, from = 1): string[] {
  return Array.from({ length: count }, (_, i) => addDays(`${month}-01`, from - 1 + i));
}

/** `count` consecutive months from `first` (`YYYY-MM`). */
export function months(first: string, count: number): string[] {
  const out: string[] = [];
  let d = `${first}-01`;
  for (let i = 0; i < count; i++) {
    out.push(d.slice(0, 7));
    d = addDays(`${d.slice(0, 7)}-28`, 7);
  }
  return out;
}

/** Every day from `first` for `count` days (for check-ins). */
export function dayList(first: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(first, i));
}

export interface DiaryParts {
  timeZone?: string;
  birthDate?: string;
  priorMigraineAttacks?: number;
  attacks?: AttackInput[];
  checkIns?: string[];
  medications?: DiaryInput['medications'];
  intakes?: IntakeInput[];
  questionnaires?: DiaryInput['questionnaires'];
  therapies?: DiaryInput['therapies'];
  sessions?: DiaryInput['sessions'];
  /** Check-ins with fields (merged over `checkIns`, which only marks days as recorded). */
  dayEntries?: NonNullable<DiaryInput['days']>;
}

/** A validated diary from parts (defaults: Europe/Berlin, nothing logged). */
export function makeDiary(parts: DiaryParts = {}): Diary {
  const person: DiaryInput['person'] = { timeZone: parts.timeZone ?? TZ };
  if (parts.birthDate) person.birthDate = parts.birthDate;
  if (parts.priorMigraineAttacks !== undefined) {
    person.priorMigraineAttacks = parts.priorMigraineAttacks;
  }
  return diarySchema.parse({
    format: 'stillpoint.diary',
    version: 1,
    person,
    days: [
      ...new Map([
        ...(parts.checkIns ?? []).map((date) => [date, { date }] as const),
        ...(parts.dayEntries ?? []).map((d) => [d.date, d] as const),
      ]).values(),
    ],
    attacks: parts.attacks ?? [],
    medications: parts.medications ?? [],
    intakes: parts.intakes ?? [],
    questionnaires: parts.questionnaires ?? [],
    therapies: parts.therapies ?? [],
    sessions: parts.sessions ?? [],
  });
}

/** An intake of `medicationId` 15 minutes into attack `a`. */
export function intakeFor(
  id: string,
  a: AttackInput,
  medicationId: string,
  relief?: 'none' | 'partial' | 'complete',
): IntakeInput {
  const intake: IntakeInput = {
    id,
    medicationId,
    at: plusMinutes(a.start, 15),
    attackId: a.id,
  };
  if (relief) intake.relief = relief;
  return intake;
}
