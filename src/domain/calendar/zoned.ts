/**
 * Instants and local calendar days in an IANA time zone (`docs/interop.md` §6), built on
 * temporal-polyfill. A calendar day runs from local midnight to the next local midnight, so it
 * lasts 23 h or 25 h on daylight-saving days.
 */
import { Temporal } from 'temporal-polyfill';
import { AppError } from '../errors.ts';
import { addDays, toDayNumber } from './dates.ts';
import { localDateOfMs } from './local-day.ts';

export { localDateOfMs };

/** Minutes of one interval that fall on one local calendar day. */
export interface DayMinutes {
  date: string;
  minutes: number;
}

const UTC_INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?Z$/;

/**
 * Milliseconds since the Unix epoch of an ISO instant; refuses a malformed instant. The diary's
 * own form (`2026-01-05T06:30:00Z`, optional milliseconds) is parsed directly; any other ISO
 * form goes through Temporal.
 */
export function instantMs(instant: string): number {
  const m = UTC_INSTANT.exec(instant);
  if (m) {
    const [h, min, sec] = [Number(m[2]), Number(m[3]), Number(m[4])];
    const frac = Number((m[5] ?? '').padEnd(3, '0'));
    if (h < 24 && min < 60 && sec < 60) {
      return (toDayNumber(m[1] ?? '') * 86_400 + h * 3600 + min * 60 + sec) * 1000 + frac;
    }
  }
  try {
    return Temporal.Instant.from(instant).epochMilliseconds;
  } catch {
    throw new AppError('invalid', `"${instant}" is not an instant like 2026-01-05T06:30:00Z`);
  }
}

/** ISO instant (UTC, `Z`) of epoch milliseconds. */
export function msToInstant(ms: number): string {
  return Temporal.Instant.fromEpochMilliseconds(ms).toString();
}

/** The local calendar day (`YYYY-MM-DD`) of an instant in a time zone. */
export function localDateOf(instant: string, timeZone: string): string {
  return localDateOfMs(instantMs(instant), timeZone);
}

const CACHE_LIMIT = 200_000;
/**
 * Memo of local day starts (`zone|day` → epoch ms). Time-zone rules do not change while the
 * process runs, so this is a pure cache; it is emptied when it grows past `CACHE_LIMIT`.
 */
const dayStarts = new Map<string, number>();

/**
 * Epoch milliseconds of the start of a local day (its first instant; midnight, or the first
 * valid time when a DST gap swallows midnight).
 */
export function startOfLocalDayMs(date: string, timeZone: string): number {
  const key = `${timeZone}|${date}`;
  const cached = dayStarts.get(key);
  if (cached !== undefined) return cached;
  let ms: number;
  try {
    ms = Temporal.PlainDate.from(date).toZonedDateTime({ timeZone }).epochMilliseconds;
  } catch {
    throw new AppError('invalid', `cannot place day "${date}" in time zone "${timeZone}"`);
  }
  if (dayStarts.size >= CACHE_LIMIT) dayStarts.clear();
  dayStarts.set(key, ms);
  return ms;
}

/** Length of a local calendar day in minutes: 1440, or 1380 / 1500 on DST change days. */
export function localDayMinutes(date: string, timeZone: string): number {
  const start = startOfLocalDayMs(date, timeZone);
  const end = startOfLocalDayMs(addDays(date, 1), timeZone);
  return (end - start) / 60000;
}

/**
 * Splits the interval [startMs, endMs) into the minutes it spends on each local calendar day.
 *
 * Days are returned in order and are contiguous. The start day is always present, even for a
 * zero-length interval (so an instantaneous record still touches its day); any other day
 * appears only when it is overlapped for more than 0 minutes, so an interval ending exactly at
 * midnight does not touch the next day. Minutes may be fractional (instants carry seconds).
 * Refuses an interval whose end is before its start.
 */
export function minutesPerLocalDayMs(
  startMs: number,
  endMs: number,
  timeZone: string,
): DayMinutes[] {
  if (endMs < startMs) {
    throw new AppError('invalid', 'an interval cannot end before it starts');
  }
  const first = localDateOfMs(startMs, timeZone);
  const last = localDateOfMs(endMs, timeZone);
  const out: DayMinutes[] = [];
  let day = first;
  let dayStart = startOfLocalDayMs(day, timeZone);
  for (;;) {
    const next = addDays(day, 1);
    const nextStart = startOfLocalDayMs(next, timeZone);
    const from = Math.max(startMs, dayStart);
    const to = Math.min(endMs, nextStart);
    const minutes = Math.max(0, to - from) / 60000;
    if (minutes > 0 || day === first) out.push({ date: day, minutes });
    if (day >= last) break;
    day = next;
    dayStart = nextStart;
  }
  return out;
}

/**
 * Minutes per local calendar day of an interval between two ISO instants (`docs/interop.md` §6).
 * Example (Europe/Berlin): 2025-03-29T22:30Z → 2025-03-30T05:15Z gives 30 min on 03-29 and
 * 375 min on the 23-hour day 03-30.
 */
export function minutesPerLocalDay(start: string, end: string, timeZone: string): DayMinutes[] {
  return minutesPerLocalDayMs(instantMs(start), instantMs(end), timeZone);
}
