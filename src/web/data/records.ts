/**
 * Every write of the app goes through here: validate (for whole records), then send — or, when
 * the server cannot be reached or earlier writes still wait, queue it for later. Refusals by
 * the server are thrown as `ApiError` so forms can show them next to the field they name.
 */
import { ApiError, OfflineError, request } from '../api/http.ts';
import type { CollectionName, Collections } from '../api/types.ts';
import { newId } from '../lib/ids.ts';
import { enqueue, type OpKind, opRequest, type PendingOp } from '../offline/queue.ts';
import { flush, hasWaiting, noteReachable } from '../offline/sync.ts';
import { emitChange } from './changes.ts';

export type SaveOutcome = 'saved' | 'queued';

interface Write {
  kind: OpKind;
  collection: CollectionName;
  key: string;
  body?: unknown;
  label: string;
}

let chain: Promise<unknown> = Promise.resolve();

/** Performs writes one after another, in the order they were made. */
function perform(write: Write): Promise<SaveOutcome> {
  const next = chain.then(() => performNow(write));
  chain = next.catch(() => undefined);
  return next;
}

async function performNow(write: Write): Promise<SaveOutcome> {
  const op: PendingOp = { ...write, opId: newId(), queuedAt: new Date().toISOString() };
  if (hasWaiting()) await flush();
  if (!hasWaiting()) {
    const { method, path } = opRequest(op);
    try {
      await request(method, path, op.body);
      noteReachable(true);
      emitChange(op.collection);
      return 'saved';
    } catch (error) {
      if (!(error instanceof OfflineError)) throw error;
      noteReachable(false);
    }
  }
  enqueue(op);
  emitChange(op.collection);
  return 'queued';
}

/** Throws an `ApiError('invalid')` listing every bad field of a whole record. */
export async function checkRecord(collection: CollectionName, record: unknown): Promise<void> {
  const { recordIssues } = await import('./validate.ts');
  const issues = recordIssues(collection, record);
  const first = issues[0];
  if (first) {
    throw new ApiError(400, { code: 'invalid', message: first.message, field: first.field, issues });
  }
}

/** Creates a record with its client id (a retried create is recognised, never duplicated). */
export function createRecord<C extends CollectionName>(c: C, record: Collections[C], label: string) {
  const key = c === 'days' ? (record as { date: string }).date : (record as { id: string }).id;
  return perform({ kind: 'create', collection: c, key, body: record, label });
}

/** Creates or replaces the whole record with this key (validated first). */
export async function saveRecord<C extends CollectionName>(
  c: C,
  key: string,
  record: Collections[C],
  label: string,
): Promise<SaveOutcome> {
  await checkRecord(c, record);
  return perform({ kind: 'put', collection: c, key, body: record, label });
}

/** Changes some fields of a record. */
export function patchRecord<C extends CollectionName>(
  c: C,
  key: string,
  patch: Partial<Collections[C]>,
  label: string,
) {
  return perform({ kind: 'patch', collection: c, key, body: patch, label });
}

export function deleteRecord(c: CollectionName, key: string, label: string) {
  return perform({ kind: 'delete', collection: c, key, label });
}

/** A pain reading during an attack; its instant makes a retry replace, not add, the point. */
export function addReading(attackId: string, at: string, pain: number) {
  return perform({
    kind: 'reading',
    collection: 'attacks',
    key: attackId,
    body: { at, pain },
    label: `Pain ${pain}`,
  });
}
