/**
 * Primitive value schemas of the diary format: instants, calendar days, time zones, ids and
 * bounded scales. Every other schema is built from these, so a rule (for example "instants are
 * UTC with Z") is stated once.
 */
import { z } from 'zod';

const INSTANT_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?Z$/;
const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when year/month/day name a real Gregorian calendar day (rejects 2026-02-30). */
function isRealDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : (MONTH_DAYS[m - 1] ?? 0));
}

/** The integer value of the digits s[from, to) (the regexes guarantee they are digits). */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
}

/** An instant: ISO-8601 in UTC with a literal `Z`, seconds required, up to milliseconds. */
export const instant = z
  .string()
  .regex(INSTANT_RE, { message: 'must be a UTC instant like 2026-01-05T06:30:00Z', abort: true })
  .refine(
    // The pattern above has fixed the positions: YYYY-MM-DDTHH:MM:SS…
    (s) =>
      isRealDay(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10)) &&
      digits(s, 11, 13) < 24 &&
      digits(s, 14, 16) < 60 &&
      digits(s, 17, 19) < 60,
    'is not a real date and time',
  )
  .meta({ format: 'date-time', description: 'UTC instant, e.g. 2026-01-05T06:30:00Z' });

/** A calendar day `YYYY-MM-DD` in the record's own time zone. */
export const localDate = z
  .string()
  .regex(LOCAL_DATE_RE, { message: 'must be a calendar day like 2026-01-05', abort: true })
  .refine(
    (s) => isRealDay(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10)),
    'is not a real calendar day',
  )
  .meta({ format: 'date', description: 'calendar day YYYY-MM-DD' });

const knownZones = new Map<string, boolean>();

/**
 * True when the runtime's time-zone database knows `tz` (IANA name such as Europe/Berlin).
 * Answers are memoised: building an `Intl.DateTimeFormat` per record is slow.
 */
export function isKnownTimeZone(tz: string): boolean {
  if (tz.length === 0 || tz.length > 64) return false;
  let known = knownZones.get(tz);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      known = true;
    } catch {
      known = false;
    }
    if (knownZones.size < 1000) knownZones.set(tz, known);
  }
  return known;
}

/** An IANA time-zone name. */
export const timeZone = z
  .string()
  .refine(isKnownTimeZone, 'must be an IANA time zone such as Europe/Berlin')
  .meta({ description: 'IANA time zone, e.g. Europe/Berlin' });

/**
 * A client-generated record id: 1–100 characters of letters, digits, `-`, `_`, `.` or `:`.
 * Clients pick ids (UUIDs are ideal) so a retried create is recognised and never duplicates.
 */
export const recordId = z
  .string()
  .regex(/^[A-Za-z0-9_.:-]{1,100}$/, 'must be 1–100 letters, digits, or - _ . :')
  .meta({ description: 'client-generated id (a UUID is ideal)' });

/** An integer within [min, max]. */
export const intIn = (min: number, max: number) => z.int().min(min).max(max);

/** A finite number within [min, max]. */
export const numIn = (min: number, max: number) => z.number().min(min).max(max);

/** Free text up to `max` characters. */
export const text = (max: number) => z.string().max(max);

/** An array of distinct values of one enum, at most `max` long. */
export function enumSet<T extends readonly [string, ...string[]]>(values: T, max = values.length) {
  return z
    .array(z.enum(values))
    .max(max)
    .refine((a) => new Set(a).size === a.length, 'must not repeat a value');
}

/** An array of distinct short free-text tags (for open vocabularies such as triggers). */
export const tagSet = z
  .array(z.string().min(1).max(60))
  .max(40)
  .refine((a) => new Set(a).size === a.length, 'must not repeat a value');
