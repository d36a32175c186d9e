/**
 * A write waiting in the offline queue (`queue.ts`), as a plain type: the overlay that shows
 * queued writes, and the tests that compare it with the server, need the shape without the
 * queue's storage.
 */
import type { CollectionName } from '../api/types.ts';

export type OpKind = 'create' | 'put' | 'patch' | 'delete' | 'reading';

export interface PendingOp {
  opId: string;
  kind: OpKind;
  collection: CollectionName;
  /** Record id (or day for check-ins). */
  key: string;
  body?: unknown;
  /** What the person did, in words ("Attack started 14:05"). */
  label: string;
  queuedAt: string;
  /** Set when the server refused the write: it stays here until fixed or discarded. */
  failure?: { message: string; field?: string };
}
