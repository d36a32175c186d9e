/**
 * Replays the offline queue whenever the server may be reachable again (on start, when the
 * browser comes online, when the app becomes visible, and every few seconds while writes wait),
 * and publishes the sync state shown in the header.
 */
import { ApiError, OfflineError, request } from '../api/http.ts';
import type { CollectionName } from '../api/types.ts';
import { emitChange } from '../data/changes.ts';
import { markFailed, opRequest, type PendingOp, pendingOps, removeOp } from './queue.ts';

export interface SyncState {
  /** False after the server could not be reached, until a request succeeds again. */
  reachable: boolean;
  syncing: boolean;
}

let state: SyncState = { reachable: navigator.onLine, syncing: false };
const listeners = new Set<() => void>();

function setState(next: Partial<SyncState>): void {
  const merged = { ...state, ...next };
  if (merged.reachable === state.reachable && merged.syncing === state.syncing) return;
  state = merged;
  for (const listener of listeners) listener();
}

export const syncState = (): SyncState => state;
export function subscribeSync(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Records whether the last request reached the server. */
export function noteReachable(reachable: boolean): void {
  setState({ reachable });
}

/** Sends one queued write; returns false when the server cannot be reached. */
async function replay(op: PendingOp): Promise<boolean> {
  const { method, path } = opRequest(op);
  try {
    await request(method, path, op.body);
    removeOp(op.opId);
  } catch (error) {
    if (error instanceof OfflineError) return false;
    if (error instanceof ApiError && op.kind === 'delete' && error.status === 404) {
      removeOp(op.opId);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      const field = error instanceof ApiError ? error.field : undefined;
      markFailed(op.opId, field === undefined ? { message } : { message, field });
    }
  }
  return true;
}

let running: Promise<void> | undefined;

async function drain(): Promise<void> {
  const touched = new Set<CollectionName>();
  const blocked = new Set<string>();
  for (const op of pendingOps()) {
    const id = `${op.collection}/${op.key}`;
    if (op.failure || blocked.has(id)) {
      blocked.add(id);
      continue;
    }
    setState({ syncing: true });
    if (!(await replay(op))) {
      setState({ reachable: false });
      break;
    }
    setState({ reachable: true });
    touched.add(op.collection);
    if (pendingOps().some((o) => o.opId === op.opId)) blocked.add(id);
  }
  setState({ syncing: false });
  if (touched.size > 0) emitChange(...touched);
}

/** Replays every queued write in order (one run at a time). */
export function flush(): Promise<void> {
  running ??= drain().finally(() => {
    running = undefined;
  });
  return running;
}

/** True when writes are waiting (not counting refused ones). */
export const hasWaiting = () => pendingOps().some((op) => !op.failure);

/** Starts the background replay triggers (once, at start-up). */
export function startSync(intervalMs = 5000): void {
  window.addEventListener('online', () => {
    setState({ reachable: true });
    void flush();
  });
  window.addEventListener('offline', () => setState({ reachable: false }));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void flush();
  });
  setInterval(() => {
    if (hasWaiting()) void flush();
  }, intervalMs);
  void flush();
}
