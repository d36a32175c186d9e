/**
 * Kysely's view of the database: every table's row type, derived from the same zod shapes and
 * record facts as the tables themselves (`tables.ts`), so a query that names a missing column
 * or writes the wrong type of value does not compile. A field's cell is text for strings and
 * enums, a number for numbers and booleans (0/1), and JSON text for lists and objects; it may
 * be NULL when the field may be absent or null (lists are stored as `[]` instead).
 */
import type { z } from 'zod';
import type { Collection, RECORD_FACTS } from '../../domain/diary/collections.ts';
import type { personShape, RECORD_SCHEMAS } from '../../domain/diary/diary.schema.ts';
import type { Cell } from './columns.ts';
import type { ownerShape } from './tables.ts';

export type { Cell } from './columns.ts';

/** A row of any table, for code that handles every table alike. */
export type Row = Record<string, Cell>;

/** `peakPain` → `peak_pain`, as `columns.ts` names columns. */
type Snake<S extends string> = S extends `${infer H}${infer T}`
  ? `${H extends Lowercase<H> ? H : `_${Lowercase<H>}`}${Snake<T>}`
  : S;

/** The cell type of a field whose values have type `T` (see `ColumnKind`). */
type CellOf<T> = [NonNullable<T>] extends [boolean]
  ? number
  : [NonNullable<T>] extends [number]
    ? number
    : string;

/** NULL is allowed when the field may be absent or null (a list with a default never is). */
type NullOf<T> = undefined extends T ? null : null extends T ? null : never;

/** The row type of an object shape; `N` renames columns (`{ start: 'start_at' }`). */
export type RowOf<S extends z.ZodObject['shape'], N = unknown> = {
  [F in keyof S & string as F extends keyof N ? N[F] & string : Snake<F>]:
    | CellOf<z.output<S[F]>>
    | NullOf<z.output<S[F]>>;
};

type ColumnNames<C extends Collection> = (typeof RECORD_FACTS)[C] extends { columns: infer N }
  ? N
  : unknown;

/** The row of a diary collection's table: the owner, then one column per record field. */
export type DiaryRow<C extends Collection> = { owner_id: string } & RowOf<
  (typeof RECORD_SCHEMAS)[C]['shape']['shape'],
  ColumnNames<C>
>;

export type DiaryTables = { [C in Collection]: DiaryRow<C> };

export interface DB extends DiaryTables {
  owners: RowOf<typeof ownerShape.shape>;
  persons: { owner_id: string } & RowOf<typeof personShape.shape>;
}
