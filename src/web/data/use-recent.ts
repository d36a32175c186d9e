/** The recent attacks every screen needs (attack mode, Today): the last 30 local days. */
import { addDays, localDay } from '../lib/dates.ts';
import { getJson } from '../api/http.ts';
import { rangeQuery, useCollection } from './use-query.ts';

const recentRange = (): [string, string] => {
  const today = localDay();
  return [addDays(today, -30), today];
};

export function useRecentAttacks() {
  return useCollection('attacks', ...recentRange());
}

/** Starts the first screen's requests before React renders (the hooks reuse them). */
export function prefetchFirstScreen(): void {
  void getJson(`/api/attacks${rangeQuery(...recentRange())}`).catch(() => undefined);
  void getJson('/api/therapies').catch(() => undefined);
}
