/**
 * The verdict's day arithmetic is the shared calendar's (`../calendar/dates.ts`): local dates
 * `YYYY-MM-DD` mapped to day numbers (days since 1970-01-01), time-zone free. The verdict names
 * them `dayNumber`/`formatDay`; a malformed or impossible day such as 2026-02-30 throws
 * `AppError('invalid')`, so callers never silently shift a day.
 */
export {
  addDays,
  daysBetween,
  fromDayNumber as formatDay,
  toDayNumber as dayNumber,
} from '../calendar/dates.ts';
