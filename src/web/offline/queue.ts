/**
 * The offline queue: writes that could not reach the server yet, kept in localStorage in the
 * order they were made. Every write carries its client-chosen id (or day), and the API treats a
 * repeated create or PUT as the same record, so replaying the queue never duplicates anything.
 */
import type { PendingOp } from './ops.ts';

export type { OpKind, PendingOp } from './ops.ts';

const KEY = 'sp:queue';
const listeners = new Set<() => void>();
let snapshot: PendingOp[] | undefined;

function read(): PendingOp[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as PendingOp[]) : [];
  } catch {
    return [];
  }
}

function write(ops: PendingOp[]): void {
  localStorage.setItem(KEY, JSON.stringify(ops));
  snapshot = ops;
  for (const listener of listeners) listener();
}

/** The queued writes, oldest first (a stable array until the queue changes). */
export function pendingOps(): PendingOp[] {
  snapshot ??= read();
  return snapshot;
}

export function enqueue(op: PendingOp): void {
  write([...pendingOps(), op]);
}

export function removeOp(opId: string): void {
  write(pendingOps().filter((op) => op.opId !== opId));
}

export function markFailed(opId: string, failure: NonNullable<PendingOp['failure']>): void {
  write(pendingOps().map((op) => (op.opId === opId ? { ...op, failure } : op)));
}

/** Calls `listener` whenever the queue changes (in this tab or another). */
export function subscribeQueue(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

window.addEventListener('storage', (event) => {
  if (event.key !== KEY) return;
  snapshot = undefined;
  for (const listener of listeners) listener();
});

/** The HTTP method and path that perform a queued write. */
export function opRequest(op: PendingOp): { method: string; path: string } {
  const base = `/api/${op.collection}`;
  const item = `${base}/${encodeURIComponent(op.key)}`;
  switch (op.kind) {
    case 'create':
      return { method: 'POST', path: base };
    case 'put':
      return { method: 'PUT', path: item };
    case 'patch':
      return { method: 'PATCH', path: item };
    case 'delete':
      return { method: 'DELETE', path: item };
    case 'reading':
      return { method: 'POST', path: `${item}/readings` };
  }
}
