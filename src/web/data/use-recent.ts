/** The recent attacks every screen needs (attack mode, Today): the last 30 local days. */
import { addDays, localDay } from '../lib/dates.ts';
import { getJson } from '../api/http.ts';
import { followPersonZone } from '../lib/person-zone.ts';
import { rangeQuery, useCollection } from './use-query.ts';

const recentRange = (): [string, string] => {
  const today = localDay();
  return [addDays(today, -30), today];
};

export function useRecentAttacks() {
  return useCollection('attacks', ...recentRange());
}

/**
 * Starts the first screen's requests before React renders (the hooks reuse them), and keeps
 * the person's time zone, which "today" is counted in, up to date.
 */
export function prefetchFirstScreen(): void {
  followPersonZone();
  void getJson(`/api/attacks${rangeQuery(...recentRange())}`).catch(() => undefined);
  void getJson('/api/therapies').catch(() => undefined);
}
