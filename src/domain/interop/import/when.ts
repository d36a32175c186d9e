/**
 * Dates and times of other apps' exports, parsed with explicit patterns only (docs/interop.md §5:
 * never `new Date(string)`, whose reading depends on the runtime). Local wall-clock times are
 * placed in the person's IANA zone; a time skipped by a DST change moves forward, an ambiguous
 * one takes the earlier instant (`localTimeToUtc`).
 */
import { localTimeToUtc } from '../../calendar/instants.ts';

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** True when y-m-d is a real Gregorian day. */
function realDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
  return d <= days;
}

/** `2022-01-22` → itself when it is a real day, else undefined. */
export function parseIsoDate(text: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return realDay(y, mo, d) ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/**
 * Bearable's `date` column: `22nd Jan 2022` (ordinal suffix optional, month as an English name
 * or its first three letters) → `2022-01-22`; anything else → undefined.
 */
export function parseOrdinalDate(text: string): string | undefined {
  const m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const month = MONTHS.indexOf((m[2] ?? '').slice(0, 3).toLowerCase() as (typeof MONTHS)[number]);
  const [y, d] = [Number(m[3]), Number(m[1])];
  if (month < 0 || !realDay(y, month + 1, d)) return undefined;
  return `${m[3]}-${pad(month + 1)}-${pad(d)}`;
}

/** A clock time; `exact` is false when it was a word such as "morning". */
export interface Clock {
  hour: number;
  minute: number;
  exact: boolean;
}

/**
 * Times Stillpoint assumes for words. Bearable's `time of day` names four parts of the day,
 * `pre` (overnight, before waking), `am`, `mid` (midday to afternoon) and `pm` (evening), plus
 * `all day`; each is placed in the middle of its part.
 */
const WORDS: Readonly<Record<string, [number, number]>> = {
  pre: [3, 0],
  morning: [9, 0],
  am: [9, 0],
  mid: [14, 0],
  midday: [12, 0],
  noon: [12, 0],
  afternoon: [15, 0],
  pm: [20, 0],
  evening: [19, 0],
  night: [22, 0],
  'all day': [12, 0],
};

/** The time assumed when a source gives none: local noon. */
export const NOON: Clock = { hour: 12, minute: 0, exact: false };

/**
 * `09:30`, `9:30`, `10:15 PM`, `9 am`, or a word (`morning`, `pm`, …) → a clock; blank → NOON;
 * anything else → undefined.
 */
export function parseClock(text: string | null): Clock | undefined {
  const t = (text ?? '').trim().toLowerCase();
  if (t === '') return NOON;
  const word = WORDS[t];
  if (word) return { hour: word[0], minute: word[1], exact: false };
  const m = /^(\d{1,2})(?::(\d{2}))?(?::\d{2})?\s*(am|pm)?$/.exec(t);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? '0');
  if (m[3]) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (m[3] === 'pm' ? 12 : 0);
  } else if (m[2] === undefined) return undefined;
  if (hour > 23 || minute > 59) return undefined;
  return { hour, minute, exact: true };
}

/** A date-time read from a file: the UTC instant, and whether it was local wall-clock time. */
export interface ReadInstant {
  utc: string;
  local: boolean;
}

/**
 * `2026-01-05 07:30[:ss]` or `2026-01-05T07:30[:ss]` (local, placed in `timeZone`), or the same
 * with `Z` or an offset `+01:00` (absolute). Anything else → undefined.
 */
export function parseDateTime(text: string, timeZone: string): ReadInstant | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    text.trim(),
  );
  const date = m ? parseIsoDate(m[1] ?? '') : undefined;
  if (!m || !date) return undefined;
  const [h, mi, s] = [Number(m[2]), Number(m[3]), Number(m[4] ?? '0')];
  if (h > 23 || mi > 59 || s > 59) return undefined;
  const zone = m[5];
  if (zone === undefined) {
    const utc = localTimeToUtc(date, h, mi, timeZone);
    return { utc: s === 0 ? utc : utc.replace(/:00Z$/, `:${pad(s)}Z`), local: true };
  }
  const offset =
    zone === 'Z'
      ? 0
      : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  const ms =
    Date.UTC(
      Number(date.slice(0, 4)),
      Number(date.slice(5, 7)) - 1,
      Number(date.slice(8, 10)),
      h,
      mi,
      s,
    ) -
    offset * 60_000;
  return { utc: new Date(ms).toISOString().replace('.000Z', 'Z'), local: false };
}

/** The UTC instant of a local day and clock in `timeZone`. */
export const placeLocal = (date: string, clock: Clock, timeZone: string) =>
  localTimeToUtc(date, clock.hour, clock.minute, timeZone);
