/**
 * The two time zones of the app. The device's zone is where the phone is: wall-clock times are
 * typed and shown in it, and a new attack records it as its own zone. The person's zone is the
 * one their diary counts calendar days in (their profile's `timeZone`): "today", the day of a
 * check-in and the days of the calendar are counted in it, exactly as the server counts them.
 * The person's zone is remembered on the device from the last answer of `/api/person`, so it
 * holds offline too; until the first answer it is the device's.
 */
import { PERSON_PATH } from '../api/client.ts';
import { getJson } from '../api/http.ts';
import type { Person } from '../api/types.ts';
import { emitChange, subscribeChanges } from '../data/changes.ts';

const KEY = 'sp:person-zone';

/** The IANA time zone of this device (falls back to UTC). */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

let known: string | null | undefined;

function remembered(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** The person's time zone, as last known on this device (the device's zone before that). */
export function personTimeZone(): string {
  known ??= remembered();
  return known ?? deviceTimeZone();
}

/**
 * Records the person's zone (from `/api/person` or a saved profile). When it differs from what
 * the app counted days in so far, every view reloads, so each "today" is counted again.
 */
export function notePersonZone(timeZone: string): void {
  const before = personTimeZone();
  known = timeZone;
  try {
    localStorage.setItem(KEY, timeZone);
  } catch {
    // storage full or unavailable: the zone still holds until the page is closed
  }
  if (timeZone !== before) emitChange('all');
}

async function refresh(): Promise<void> {
  try {
    const { data } = await getJson<Person>(PERSON_PATH);
    notePersonZone(data.timeZone);
  } catch {
    // unreachable and never seen: keep the zone the app has
  }
}

let started = false;

/** Loads the person's zone now, and again whenever the whole diary may have changed. */
export function followPersonZone(): void {
  if (started) return;
  started = true;
  void refresh();
  subscribeChanges((changed) => {
    if (changed.has('all')) void refresh();
  });
}
