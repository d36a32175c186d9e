/**
 * One record by key, for edit forms: the server's copy with queued writes applied, or the
 * queued copy alone when it has not reached the server yet.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { ApiError, OfflineError } from '../api/http.ts';
import type { CollectionName, Collections } from '../api/types.ts';
import { pendingOps, subscribeQueue } from '../offline/queue.ts';
import { withPending } from './overlay.ts';
import { useQuery } from './use-query.ts';

export interface RecordState<T> {
  record: T | undefined;
  loading: boolean;
  /** The record does not exist (anywhere). */
  missing: boolean;
  error: Error | undefined;
}

export function useRecord<C extends CollectionName>(
  collection: C,
  key: string | undefined,
): RecordState<Collections[C]> {
  const path = key ? `/api/${collection}/${encodeURIComponent(key)}` : null;
  const query = useQuery<Collections[C]>(path, [collection]);
  const ops = useSyncExternalStore(subscribeQueue, pendingOps);
  const absent =
    query.error instanceof OfflineError ||
    (query.error instanceof ApiError && query.error.status === 404);
  const record = useMemo(() => {
    if (!key) return undefined;
    const base = query.data ? [query.data] : [];
    const mine = ops.filter((op) => op.key === key);
    return withPending(collection, base, mine)[0];
  }, [collection, key, query.data, ops]);
  return {
    record,
    loading: path !== null && query.loading && !record,
    missing: !query.loading && !record && absent,
    error: absent ? undefined : query.error,
  };
}
