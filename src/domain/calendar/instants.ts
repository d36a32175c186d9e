import { Temporal } from 'temporal-polyfill';
import { isoSeconds } from './local-day.ts';
import { startOfLocalDayMs } from './zoned.ts';

export { isoSeconds };

/**
 * The first UTC instant of local calendar day `date` (`YYYY-MM-DD`) in IANA zone `tz`. On a day
 * whose midnight is skipped by a DST change, this is the first instant that exists on that day.
 */
export function startOfLocalDayUtc(date: string, tz: string): string {
  return isoSeconds(startOfLocalDayMs(date, tz));
}

/**
 * The UTC instant of a local wall-clock time on `date` in zone `tz`. A time skipped by a DST
 * change moves forward (RFC 5545 / Temporal "compatible"); an ambiguous one takes the earlier.
 */
export function localTimeToUtc(date: string, hour: number, minute: number, tz: string): string {
  return isoSeconds(
    Temporal.PlainDate.from(date)
      .toPlainDateTime({ hour, minute })
      .toZonedDateTime(tz, { disambiguation: 'compatible' }).epochMilliseconds,
  );
}

/** Adds whole minutes to a UTC instant; second-precision ISO text out. */
export function addMinutes(instant: string, minutes: number): string {
  return isoSeconds(Date.parse(instant) + minutes * 60_000);
}
