/**
 * Arithmetic on calendar days written `YYYY-MM-DD` (proleptic Gregorian, no time zone) and on
 * months written `YYYY-MM`. Days are converted to an integer day number (days since 1970-01-01)
 * with Howard Hinnant's civil-date algorithms, which is exact and much faster than building date
 * objects in the per-day loops of the engine.
 */
import { AppError } from '../errors.ts';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Day number of a civil date (days since 1970-01-01; negative before). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of a day number. */
function civilFromDays(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/**
 * Day number (days since 1970-01-01) of a `YYYY-MM-DD` day. Refuses anything that is not a real
 * calendar day (for example `2026-02-30`) with `AppError('invalid')`.
 */
export function toDayNumber(date: string): number {
  const m = DATE_RE.exec(date);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const n = daysFromCivil(y, mo, d);
    const [y2, mo2, d2] = civilFromDays(n);
    if (y2 === y && mo2 === mo && d2 === d) return n;
  }
  throw new AppError('invalid', `"${date}" is not a calendar day like 2026-01-05`);
}

/** The `YYYY-MM-DD` day of a day number (inverse of `toDayNumber`). */
export function fromDayNumber(dayNumber: number): string {
  const [y, m, d] = civilFromDays(dayNumber);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** The day `days` days after `date` (negative `days` goes back). */
export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (`to − from`: 0 for the same day, negative if earlier). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Every day from `from` to `to`, both included; empty when `to` is before `from`. */
export function dateRange(from: string, to: string): string[] {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  const out: string[] = [];
  for (let n = a; n <= b; n++) out.push(fromDayNumber(n));
  return out;
}

/** The ISO weekday of a day: 1 for Monday … 7 for Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(date: string): number {
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** The earlier / later of two days (string order equals calendar order for `YYYY-MM-DD`). */
export const minDate = (a: string, b: string): string => (a <= b ? a : b);
export const maxDate = (a: string, b: string): string => (a >= b ? a : b);

/** The calendar month `YYYY-MM` of a day. */
export function monthOf(date: string): string {
  toDayNumber(date);
  return date.slice(0, 7);
}

function parseMonth(month: string): [number, number] {
  const m = MONTH_RE.exec(month);
  const y = Number(m?.[1]);
  const mo = Number(m?.[2]);
  if (!m || mo < 1 || mo > 12) {
    throw new AppError('invalid', `"${month}" is not a calendar month like 2026-01`);
  }
  return [y, mo];
}

/** The month `months` months after `month` (`YYYY-MM`; negative goes back). */
export function addMonths(month: string, months: number): string {
  const [y, m] = parseMonth(month);
  const index = y * 12 + (m - 1) + months;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}`;
}

/** First day of a month. */
export function firstDayOfMonth(month: string): string {
  parseMonth(month);
  return `${month}-01`;
}

/** Last day of a month (28–31 days after the first, leap years included). */
export function lastDayOfMonth(month: string): string {
  return addDays(firstDayOfMonth(addMonths(month, 1)), -1);
}

/** Number of days in a month (28–31). */
export function daysInMonth(month: string): number {
  return daysBetween(firstDayOfMonth(month), lastDayOfMonth(month)) + 1;
}

/** Every month from the month of `from` to the month of `to`, both included. */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  const last = monthOf(to);
  for (let m = monthOf(from); m <= last; m = addMonths(m, 1)) out.push(m);
  return out;
}

/**
 * Age in whole years on `date` of someone born on `birthDate` (a 29 February birthday falls on
 * 1 March in common years). Used for the under-18 duration rule of 1.1 B and age red flags.
 */
export function ageOn(birthDate: string, date: string): number {
  toDayNumber(birthDate);
  toDayNumber(date);
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) >= birthDate.slice(5) ? years : years - 1;
}
