/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings, pure and time-zone free: a local date is
 * mapped to a day number (days since 1970-01-01 in the proleptic Gregorian calendar) with the
 * civil-from-days algorithm, so no `Date` object, clock or zone database is involved.
 */

const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a proleptic Gregorian date (days since 1970-01-01; negative before it). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Converts a local date `YYYY-MM-DD` to its day number (days since 1970-01-01). Throws a
 * `RangeError` for malformed strings and impossible days such as 2026-02-30, so callers never
 * silently shift a day.
 */
export function dayNumber(date: string): number {
  const m = LOCAL_DATE_RE.exec(date);
  if (!m) throw new RangeError(`not a calendar day YYYY-MM-DD: "${date}"`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const n = daysFromCivil(y, mo, d);
  if (mo < 1 || mo > 12 || d < 1 || formatDay(n) !== date) {
    throw new RangeError(`not a real calendar day: "${date}"`);
  }
  return n;
}

/** Converts a day number (days since 1970-01-01) back to `YYYY-MM-DD`. */
export function formatDay(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Adds `days` (may be negative) to a local date and returns the new `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  return formatDay(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later); both are `YYYY-MM-DD`. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Day of the year as a fraction of a year in [0, 1), for seasonal reasoning (1 Jan → 0). */
export function yearFraction(date: string): number {
  const n = dayNumber(date);
  const jan1 = dayNumber(`${date.slice(0, 4)}-01-01`);
  return (n - jan1) / 365.2425;
}
