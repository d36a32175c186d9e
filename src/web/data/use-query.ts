/**
 * Data hooks: `useQuery` loads a GET path (falling back to the last known copy offline) and
 * reloads when a write touches one of its collections; `useCollection` adds the writes still
 * waiting in the offline queue on top.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { getJson, OfflineError } from '../api/http.ts';
import type { CollectionName, Collections } from '../api/types.ts';
import { pendingOps, subscribeQueue } from '../offline/queue.ts';
import { noteReachable } from '../offline/sync.ts';
import { subscribeChanges } from './changes.ts';
import { withPending } from './overlay.ts';

export interface Query<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  /** The data is the last known copy: the server could not be reached. */
  stale: boolean;
  reload: () => void;
}

export function useQuery<T>(
  path: string | null,
  collections: readonly (CollectionName | 'all')[],
): Query<T> {
  const [state, setState] = useState<{ data?: T; error?: Error; stale: boolean; path?: string }>(
    { stale: false },
  );
  const [loading, setLoading] = useState(path !== null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const watched = collections.join(',');

  useEffect(() => {
    const names = new Set(watched.split(','));
    return subscribeChanges((changed) => {
      if (changed.has('all') || names.has('all') || [...changed].some((c) => names.has(c))) {
        reload();
      }
    });
  }, [watched, reload]);

  useEffect(() => {
    if (path === null) return;
    let live = true;
    setLoading(true);
    getJson<T>(path).then(
      ({ data, stale }) => {
        if (!live) return;
        noteReachable(!stale);
        setState({ data, stale, path });
        setLoading(false);
      },
      (error: unknown) => {
        if (!live) return;
        const failure = error instanceof Error ? error : new Error(String(error));
        setState((s) => ({ ...(s.path === path ? s : { stale: false }), error: failure, path }));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
    // `version` forces a reload after a change
  }, [path, version]);

  const fresh = state.path === path;
  return {
    data: fresh ? state.data : undefined,
    error: state.error,
    loading: loading || !fresh,
    stale: state.stale,
    reload,
  };
}

/** `?from=&to=` of a list request (either may be omitted). */
export function rangeQuery(from?: string, to?: string): string {
  const params = new URLSearchParams();
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  const text = params.toString();
  return text ? `?${text}` : '';
}

const NONE: never[] = [];

/** The records of a collection (optionally within local days), with queued writes applied. */
export function useCollection<C extends CollectionName>(
  collection: C,
  from?: string,
  to?: string,
): Query<Collections[C][]> {
  const query = useQuery<Collections[C][]>(`/api/${collection}${rangeQuery(from, to)}`, [
    collection,
  ]);
  const ops = useSyncExternalStore(subscribeQueue, pendingOps);
  const offline = query.error instanceof OfflineError;
  const base = query.data ?? (offline ? NONE : undefined);
  const data = useMemo(
    () => (base ? withPending(collection, base, ops) : undefined),
    [collection, base, ops],
  );
  return { ...query, data, stale: query.stale || offline };
}
