/**
 * Date helpers of the web app. Calendar arithmetic, instants as text and the local day of an
 * instant are the domain's own functions (`src/domain/calendar`), the ones the server runs.
 * Calendar days — "today" first of all — are counted in the person's zone, as on the server;
 * wall-clock times are typed and shown in this device's zone (`person-zone.ts`).
 */
import { addDays, daysInMonth, firstDayOfMonth, isoWeekday } from '../../domain/calendar/dates.ts';
import { isoSeconds, localDateOfMs, personToday } from '../../domain/calendar/local-day.ts';
import { personTimeZone } from './person-zone.ts';

export { addDays, addMonths } from '../../domain/calendar/dates.ts';
export { isoSeconds } from '../../domain/calendar/local-day.ts';
export { deviceTimeZone } from './person-zone.ts';

/** Now as a diary instant. */
export const nowIso = (): string => isoSeconds(Date.now());

/** The instant `minutes` before now. */
export const minutesAgo = (minutes: number): string => isoSeconds(Date.now() - minutes * 60_000);

/**
 * The calendar day (`YYYY-MM-DD`) of an instant in a time zone, by default the person's;
 * without an instant, the person's today.
 */
export function localDay(at?: Date | string, timeZone = personTimeZone()): string {
  if (at === undefined) return personToday({ timeZone }, Date.now());
  return localDateOfMs(typeof at === 'string' ? Date.parse(at) : at.getTime(), timeZone);
}

/**
 * The weeks of a month (`YYYY-MM`), Monday first: each week has seven cells, `null` outside
 * the month.
 */
export function monthWeeks(month: string): (string | null)[][] {
  const first = firstDayOfMonth(month);
  const days: (string | null)[] = Array.from({ length: isoWeekday(first) - 1 }, () => null);
  for (let i = 0; i < daysInMonth(month); i++) days.push(addDays(first, i));
  while (days.length % 7 !== 0) days.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  return weeks;
}

/** `2026-01-05T06:30:00Z` → `2026-01-05T07:30` in this device's zone (for datetime-local). */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}`
  );
}

/** A datetime-local value (this device's zone) as a diary instant; '' → undefined. */
export function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? undefined : isoSeconds(ms);
}

const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dateTime = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});
const dayLong = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
const dayShort = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthLong = new Intl.DateTimeFormat(undefined, {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

export const formatTime = (iso: string) => time.format(new Date(iso));
export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));
export const formatDay = (day: string) => dayLong.format(new Date(`${day}T00:00:00Z`));
export const formatShortDay = (day: string) => dayShort.format(new Date(`${day}T00:00:00Z`));
/** Two days as one range: `30 May – 24 Jul 2026` (the year once when it is shared). */
export const formatDayRange = (from: string, to: string) =>
  dayShort.formatRange(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`));
export const formatMonth = (month: string) => monthLong.format(new Date(`${month}-01T00:00:00Z`));

/** A duration between two instants in words: `45 min`, `3 h 20 min`, `2 d 4 h`. */
export function formatDuration(fromIso: string, toIso: string): string {
  const minutes = Math.max(0, Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}
