/**
 * Instants as text, the local calendar day of an instant, and "today" of a diary. Built on the
 * runtime's own time-zone data (`Intl.DateTimeFormat`) rather than temporal-polyfill, so the web
 * app's first screen runs the very same functions as the server without loading the polyfill.
 */
import { AppError } from '../errors.ts';

/** A UTC instant as canonical ISO text with second precision: `2026-01-05T06:30:00Z`. */
export function isoSeconds(epochMs: number): string {
  return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatOf(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        calendar: 'gregory',
        numberingSystem: 'latn',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
    } catch {
      throw new AppError('invalid', `"${timeZone}" is not a known IANA time zone`);
    }
    if (formats.size < 1000) formats.set(timeZone, format);
  }
  return format;
}

/**
 * The local calendar day (`YYYY-MM-DD`) of epoch milliseconds `ms` in IANA zone `timeZone`
 * (`docs/interop.md` §6): the day whose local midnight-to-midnight span holds the instant.
 * Refuses an unknown zone with `AppError('invalid')`.
 */
export function localDateOfMs(ms: number, timeZone: string): string {
  let year = '';
  let month = '';
  let day = '';
  for (const part of formatOf(timeZone).formatToParts(ms)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year.padStart(4, '0')}-${month}-${day}`;
}

/**
 * "Today" of a diary at `now` (epoch milliseconds, or a UTC instant like
 * `2026-01-05T06:30:00Z`): the calendar day in the person's own zone (their profile's
 * `timeZone`), not the zone of the device or of the server. The analyses, the verdict, the
 * exports and the web app's Today screen, check-in and calendar all count today with this
 * function, so they agree on which day it is wherever the phone or the server happens to be.
 */
export function personToday(person: { timeZone: string }, now: number | string): string {
  return localDateOfMs(typeof now === 'string' ? Date.parse(now) : now, person.timeZone);
}
