/**
 * Primitive value schemas of the diary format: instants, calendar days, time zones, ids and
 * bounded scales. Every other schema is built from these, so a rule (for example "instants are
 * UTC with Z") is stated once.
 */
import { z } from 'zod';

const INSTANT_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?Z$/;
const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The calendar years a diary can hold: 1900–2099 (docs/clinic-security.md §3.1). Nobody alive was born
 * before 1900 and no therapy is planned past 2099, while one record outside a bound range
 * would stretch every day-by-day analysis over centuries (a day on 0001-01-01 next to one on
 * 9426-07-12 made the metrics take seconds) and 9999-12-31 has no following month to count in.
 * Every instant and calendar day of the format, the API's query parameters and the importers
 * go through `instant` and `localDate`, so one bound holds at every edge.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2099;
const outOfRange = `must lie between ${FIRST_YEAR}-01-01 and ${LAST_YEAR}-12-31`;
const inRange = (s: string) => {
  const year = digits(s, 0, 4);
  return year >= FIRST_YEAR && year <= LAST_YEAR;
};

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
    { message: 'is not a real date and time', abort: true },
  )
  .refine(inRange, outOfRange)
  .meta({
    format: 'date-time',
    description: 'UTC instant in 1900–2099, e.g. 2026-01-05T06:30:00Z',
  });

/** A calendar day `YYYY-MM-DD` in the record's own time zone. */
export const localDate = z
  .string()
  .regex(LOCAL_DATE_RE, { message: 'must be a calendar day like 2026-01-05', abort: true })
  .refine((s) => isRealDay(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10)), {
    message: 'is not a real calendar day',
    abort: true,
  })
  .refine(inRange, outOfRange)
  .meta({ format: 'date', description: 'calendar day YYYY-MM-DD in 1900–2099' });

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

/**
 * Control characters (U+0000–U+001F, U+007F) are refused in text, never stripped (a silent
 * change to what the person wrote would be worse than a clear refusal): they make a FHIR export
 * invalid (FHIR R4 strings allow only tab, line feed and carriage return below U+0020) and put
 * bytes into an .ics file that RFC 5545 forbids. Multi-line notes keep exactly the three FHIR
 * allows; single-line fields (names, tags, doses) allow none. docs/clinic-security.md §3.2.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these patterns exist to refuse them
const SINGLE_LINE = /^[^\u0000-\u001f\u007f]*$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: these patterns exist to refuse them
const MULTI_LINE = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;
const NO_CONTROL = 'must not contain control characters';
const NO_CONTROL_MULTI = 'must not contain control characters other than tab and line breaks';

/** Single-line text up to `max` characters (a name, a dose, a tag). */
export const line = (max: number) => z.string().max(max).regex(SINGLE_LINE, NO_CONTROL);

/** A required single-line name: trimmed, 1–`max` characters. */
export const name = (max: number) =>
  z.string().trim().min(1).max(max).regex(SINGLE_LINE, NO_CONTROL);

/** Free text up to `max` characters; tab and line breaks are kept. */
export const text = (max: number) => z.string().max(max).regex(MULTI_LINE, NO_CONTROL_MULTI);

/** An array of distinct values of one enum, at most `max` long. */
export function enumSet<T extends readonly [string, ...string[]]>(values: T, max = values.length) {
  return z
    .array(z.enum(values))
    .max(max)
    .refine((a) => new Set(a).size === a.length, 'must not repeat a value');
}

/** An array of distinct short free-text tags (for open vocabularies such as triggers). */
export const tagSet = z
  .array(z.string().min(1).max(60).regex(SINGLE_LINE, NO_CONTROL))
  .max(40)
  .refine((a) => new Set(a).size === a.length, 'must not repeat a value');
