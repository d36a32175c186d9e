import { Temporal } from 'temporal-polyfill';
import { startOfLocalDayMs } from './zoned.ts';

/** A UTC instant as canonical ISO text with second precision: `2026-01-05T06:30:00Z`. */
export function isoSeconds(epochMs: number): string {
  return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

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
