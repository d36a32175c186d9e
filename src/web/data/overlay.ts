/**
 * Shows writes still waiting in the offline queue on top of the last list the server sent, so
 * an attack logged offline appears (and attack mode starts) at once.
 */
import { type CollectionName, type Collections, keyOf } from '../api/types.ts';
import type { PendingOp } from '../offline/queue.ts';

type Row = Record<string, unknown>;

function applyOp(rows: Row[], op: PendingOp, keyOfRow: (row: Row) => string): Row[] {
  const index = rows.findIndex((row) => keyOfRow(row) === op.key);
  const current = index >= 0 ? rows[index] : undefined;
  const replaceWith = (row: Row) =>
    index >= 0 ? rows.map((r, i) => (i === index ? row : r)) : [...rows, row];
  switch (op.kind) {
    case 'create':
    case 'put':
      return replaceWith({ ...(op.body as Row) });
    case 'patch':
      return current ? replaceWith({ ...current, ...(op.body as Row) }) : rows;
    case 'delete':
      return index >= 0 ? rows.filter((_, i) => i !== index) : rows;
    case 'reading': {
      if (!current) return rows;
      const reading = op.body as { at: string; pain: number };
      const readings = [...((current.readings as Row[] | undefined) ?? []), reading];
      const peak = Math.max(Number(current.peakPain ?? -1), reading.pain);
      return replaceWith({ ...current, readings, peakPain: peak });
    }
  }
}

/** `rows` with the pending writes of `collection` applied in order. */
export function withPending<C extends CollectionName>(
  collection: C,
  rows: readonly Collections[C][],
  ops: readonly PendingOp[],
): Collections[C][] {
  const keyOfRow = (row: Row) => keyOf(collection, row as unknown as Collections[C]);
  let out = rows as unknown as Row[];
  for (const op of ops) {
    if (op.collection === collection && !op.failure) out = applyOp(out, op, keyOfRow);
  }
  return out as unknown as Collections[C][];
}
