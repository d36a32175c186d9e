/**
 * The diary's record types, one entry each: what a record's zod shape cannot say about it —
 * its key, the records it refers to, where it sits in time, a field that is fixed once set,
 * and the storage name of a field where it is not the field's snake_case. Everything else
 * (which fields exist, their types, defaults and whether they may be absent) is the zod shape
 * in `diary.schema.ts`, which is checked against these entries when it compiles.
 *
 * Storage, the server's routes and services, the importers, the integrity rules and the web app
 * all take the list of collections and these facts from here. This module imports nothing, so
 * the web app's first screen can use it without loading a schema library.
 */

/** Where a record sits in time: list windows (`from`/`to` local days) and ordering follow it. */
export type TimeRule<F extends string = string> =
  /** No time of its own (a medication): listed in `order` field order. */
  | { kind: 'none'; order: F }
  /** A local day field (`YYYY-MM-DD`). */
  | { kind: 'date'; field: F }
  /** An instant field (UTC ISO text). */
  | { kind: 'instant'; field: F }
  /** An interval of instants; `end` null = still going on. */
  | { kind: 'instant-interval'; start: F; end: F }
  /** An interval of local days; `end` null = open. */
  | { kind: 'date-interval'; start: F; end: F };

export interface RecordFacts {
  /** The record in messages: `attack`. */
  name: string;
  /** The field that identifies a record within its collection. */
  key: 'id' | 'date';
  time: TimeRule;
  /** Fields that hold the key of a record of another (earlier) collection. */
  references?: Readonly<Record<string, string>>;
  /**
   * Fields that can be set once and never changed or cleared afterwards (a therapy's randomised
   * plan: its order must stay as it was fixed before the data came).
   */
  fixedOnceSet?: readonly string[];
  /** Storage names that differ from the field's snake_case (`end` is a reserved SQL word). */
  columns?: Readonly<Record<string, string>>;
}

/**
 * One entry per collection, in the diary document's order. A collection refers only to earlier
 * ones, so writing in this order (and deleting in reverse) never breaks a reference.
 */
export const RECORD_FACTS = {
  days: { name: 'day', key: 'date', time: { kind: 'date', field: 'date' } },
  attacks: {
    name: 'attack',
    key: 'id',
    time: { kind: 'instant-interval', start: 'start', end: 'end' },
    columns: { start: 'start_at', end: 'end_at' },
  },
  medications: { name: 'medication', key: 'id', time: { kind: 'none', order: 'name' } },
  intakes: {
    name: 'intake',
    key: 'id',
    time: { kind: 'instant', field: 'at' },
    references: { medicationId: 'medications', attackId: 'attacks' },
  },
  therapies: {
    name: 'therapy',
    key: 'id',
    time: { kind: 'date-interval', start: 'start', end: 'end' },
    fixedOnceSet: ['plan'],
    columns: { start: 'start_date', end: 'end_date' },
  },
  sessions: {
    name: 'session',
    key: 'id',
    time: { kind: 'instant', field: 'at' },
    references: { therapyId: 'therapies' },
  },
  questionnaires: { name: 'questionnaire', key: 'id', time: { kind: 'date', field: 'date' } },
} as const satisfies Record<string, RecordFacts>;

/** A diary collection: `days`, `attacks`, … */
export type Collection = keyof typeof RECORD_FACTS;

/** The singular name of a collection's records: `attack`, … */
export type RecordName = (typeof RECORD_FACTS)[Collection]['name'];

/** Every collection, in the diary document's order (references point backwards). */
export const COLLECTIONS = Object.keys(RECORD_FACTS) as Collection[];

/** A value for every collection, in document order: `perCollection(() => [])`. */
export function perCollection<T>(make: (collection: Collection) => T): Record<Collection, T> {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, make(c)])) as Record<Collection, T>;
}

/** The facts of one collection, widened for code that handles every collection alike. */
export const factsOf = (collection: Collection): RecordFacts => RECORD_FACTS[collection];

/** The key field of a collection: `date` for days, `id` otherwise. */
export const keyField = (collection: Collection): 'id' | 'date' => RECORD_FACTS[collection].key;

/** The key of a record in its collection. */
export function keyOf(collection: Collection, record: object): string {
  return String((record as Record<string, unknown>)[keyField(collection)]);
}

/** The collection whose records are called `name` (`attack` → `attacks`). */
export function collectionNamed(name: RecordName): Collection {
  const found = COLLECTIONS.find((c) => RECORD_FACTS[c].name === name);
  if (!found) throw new Error(`no diary collection holds "${name}" records`);
  return found;
}

/** Every reference between collections: `from.field` holds the key of a `to` record. */
export const REFERENCES: readonly { from: Collection; field: string; to: Collection }[] =
  COLLECTIONS.flatMap((from) =>
    Object.entries((factsOf(from).references ?? {}) as Record<string, Collection>).map(
      ([field, to]) => ({ from, field, to }),
    ),
  );
