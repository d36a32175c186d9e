/**
 * A tiny change bus: after a write (direct or replayed from the offline queue) every view that
 * shows one of the touched collections reloads.
 */
import type { CollectionName } from '../api/types.ts';

type Listener = (collections: ReadonlySet<CollectionName | 'all'>) => void;
const listeners = new Set<Listener>();

export function emitChange(...collections: (CollectionName | 'all')[]): void {
  const set = new Set(collections);
  for (const listener of listeners) listener(set);
}

export function subscribeChanges(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
