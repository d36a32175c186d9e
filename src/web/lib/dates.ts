/**
 * Date helpers of the web app. Instants are UTC ISO text with `Z` (second precision, as the
 * diary format wants); calendar days are `YYYY-MM-DD`. Wall-clock values shown to the person
 * use this device's time zone, which is also the zone an attack is logged in.
 */

/** The IANA time zone of this device (falls back to UTC). */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Epoch milliseconds as `2026-01-05T06:30:00Z` (seconds precision). */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Now as a diary instant. */
export const nowIso = (): string => isoSeconds(Date.now());

/** The instant `minutes` before now. */
export const minutesAgo = (minutes: number): string => isoSeconds(Date.now() - minutes * 60_000);

const dayFormat = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (`YYYY-MM-DD`) of an instant in a time zone (default: this device's). */
export function localDay(at: Date | string = new Date(), timeZone = deviceTimeZone()): string {
  let format = dayFormat.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormat.set(timeZone, format);
  }
  return format.format(typeof at === 'string' ? new Date(at) : at);
}

/** `YYYY-MM-DD` plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `YYYY-MM` plus `months` months. */
export function addMonths(month: string, months: number): string {
  const d = new Date(`${month}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 7);
}

/**
 * The weeks of a month (`YYYY-MM`), Monday first: each week has seven cells, `null` outside
 * the month.
 */
export function monthWeeks(month: string): (string | null)[][] {
  const first = `${month}-01`;
  const lead = (new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7;
  const days: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let day = first; day.startsWith(month); day = addDays(day, 1)) days.push(day);
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
