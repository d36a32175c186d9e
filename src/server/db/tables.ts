/**
 * Every stored table, derived from the domain's record types: a diary collection's table has
 * `owner_id`, its key and one column per field of the record's zod shape (`columns.ts` reads
 * the column kind from the field's type), its primary key `(owner_id, key)`, a foreign key per
 * reference and a lookup index per reference and per time column. The migrations create these
 * tables; `storage-schema.int.test.ts` reads both databases' catalogs and fails on any
 * difference. `schema.ts` derives Kysely's row types from the same shapes.
 */
import { z } from 'zod';
import {
  COLLECTIONS,
  type Collection,
  factsOf,
  REFERENCES,
  type TimeRule,
} from '../../domain/diary/collections.ts';
import { personShape, RECORD_SCHEMAS } from '../../domain/diary/diary.schema.ts';
import { type ColumnSpec, columnOf, columnsOf } from './columns.ts';

export interface ForeignKey {
  columns: string[];
  table: string;
  references: string[];
  onDelete: 'cascade' | 'no action';
}

export interface TableSpec {
  name: string;
  /** The record's own columns, in field order. */
  fields: ColumnSpec[];
  /** Whether the table belongs to an owner: an `owner_id` column comes first. */
  owned: boolean;
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  /** Lookup indexes besides the primary key, by their columns. */
  indexes: string[][];
}

/** The owners of diaries: today one local owner; accounts add rows here. */
export const ownerShape = z.strictObject({ id: z.string(), createdAt: z.string() });

/** `owner_id`: first column of every person-owned table. */
export const OWNER_COLUMN: ColumnSpec = columnOf('ownerId', z.string());

const ownerKey: ForeignKey = {
  columns: [OWNER_COLUMN.column],
  table: 'owners',
  references: ['id'],
  onDelete: 'cascade',
};

/** The field a time rule lists and windows by first (`start` of an interval). */
export function timeField(time: TimeRule): string {
  if (time.kind === 'none') return time.order;
  return time.kind === 'date' || time.kind === 'instant' ? time.field : time.start;
}

/** The column of a record field of a diary table. */
export function columnFor(table: TableSpec, field: string): string {
  const col = table.fields.find((c) => c.field === field);
  if (!col) throw new Error(`${table.name} has no field ${field}`);
  return col.column;
}

function diaryTable(collection: Collection): TableSpec {
  const facts = factsOf(collection);
  const table: TableSpec = {
    name: collection,
    fields: columnsOf(RECORD_SCHEMAS[collection].shape, facts.columns),
    owned: true,
    primaryKey: [],
    foreignKeys: [ownerKey],
    indexes: [],
  };
  const key = columnFor(table, facts.key);
  table.primaryKey = [OWNER_COLUMN.column, key];
  const time = columnFor(table, timeField(facts.time));
  if (facts.time.kind !== 'none' && time !== key) table.indexes.push([OWNER_COLUMN.column, time]);
  for (const ref of REFERENCES.filter((r) => r.from === collection)) {
    const column = columnFor(table, ref.field);
    const target = factsOf(ref.to);
    table.foreignKeys.push({
      columns: [OWNER_COLUMN.column, column],
      table: ref.to,
      references: [OWNER_COLUMN.column, target.key],
      onDelete: 'no action',
    });
    table.indexes.push([OWNER_COLUMN.column, column]);
  }
  return table;
}

/** The table of each diary collection (named as the collection). */
export const DIARY_TABLES = Object.fromEntries(
  COLLECTIONS.map((c) => [c, diaryTable(c)]),
) as Record<Collection, TableSpec>;

/** The person's profile: one row per owner. */
export const PERSONS_TABLE: TableSpec = {
  name: 'persons',
  fields: columnsOf(personShape),
  owned: true,
  primaryKey: [OWNER_COLUMN.column],
  foreignKeys: [ownerKey],
  indexes: [],
};

export const OWNERS_TABLE: TableSpec = {
  name: 'owners',
  fields: columnsOf(ownerShape),
  owned: false,
  primaryKey: ['id'],
  foreignKeys: [],
  indexes: [],
};

/** Every table Stillpoint stores (the migrator's own bookkeeping tables aside). */
export const TABLES: readonly TableSpec[] = [
  OWNERS_TABLE,
  PERSONS_TABLE,
  ...COLLECTIONS.map((c) => DIARY_TABLES[c]),
];

/** All columns of a table in order, `owner_id` first where the table is owned. */
export const allColumns = (table: TableSpec): ColumnSpec[] =>
  table.owned ? [OWNER_COLUMN, ...table.fields] : table.fields;
