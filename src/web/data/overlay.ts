/**
 * Shows writes still waiting in the offline queue on top of the last list the server sent, so
 * an attack logged offline appears (and attack mode starts) at once. A queued pain reading is
 * applied by the domain's `withPainReading`, the function the server applies when it arrives.
 */
import { withPainReading } from '../../domain/diary/pain-readings.ts';
import { AppError } from '../../domain/errors.ts';
import {
  type Attack,
  type CollectionName,
  type Collections,
  keyOf,
  type PainReading,
} from '../api/types.ts';
import type { PendingOp } from '../offline/ops.ts';

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
      try {
        const attack = withPainReading(current as unknown as Attack, op.body as PainReading);
        return replaceWith(attack as unknown as Row);
      } catch (error) {
        // The server refuses this reading too (outside the attack): it stays out of the view,
        // and the queue shows the refusal once it has been sent.
        if (error instanceof AppError) return rows;
        throw error;
      }
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
