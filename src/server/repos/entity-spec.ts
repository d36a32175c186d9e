import type { z } from 'zod';
import {
  type Collection,
  factsOf,
  REFERENCES,
  type RecordName,
  type TimeRule,
} from '../../domain/diary/collections.ts';
import { RECORD_SCHEMAS } from '../../domain/diary/diary.schema.ts';
import {
  type Cell,
  type ColumnKind,
  type ColumnSpec,
  fromCells,
  toCell,
  toCells,
} from '../db/columns.ts';
import type { Row } from '../db/schema.ts';
import { columnFor, DIARY_TABLES, type TableSpec, timeField } from '../db/tables.ts';

/**
 * How a list query's `from`/`to` days select records of this entity: the record's time rule
 * (`domain/diary/collections.ts`) with its fields replaced by their columns.
 */
export type RangeRule = TimeRule;

/** A reference from a field to a record of another entity (checked before writes). */
export interface Reference {
  field: string;
  entity: EntityName;
}

export type EntityName = RecordName;

/**
 * Everything the generic repository, service and routes need to know about one diary entity,
 * derived from its record facts (`domain/diary/collections.ts`), its zod schemas and its table.
 */
export interface EntitySpec<S extends z.ZodType = z.ZodType, P extends z.ZodObject = z.ZodObject> {
  name: EntityName;
  /** Plural used in URLs, diary collections and messages: `attacks`. */
  plural: Collection;
  table: Collection;
  /** Key field of the record (`id`, or `date` for daily check-ins) and its column. */
  key: 'id' | 'date';
  keyColumn: string;
  /** Full record schema (with cross-field rules) and its plain object shape (for PATCH). */
  schema: S;
  shape: P;
  /** The column of each field, in field order. */
  columns: Record<string, ColumnSpec>;
  range: RangeRule;
  orderBy: string;
  references: Reference[];
  /** Fields that can be set once and never changed or cleared through PUT or PATCH. */
  fixedOnceSet?: readonly string[];
}

export type RecordOf<S extends EntitySpec> = z.output<S['schema']> & Record<string, unknown>;

function rangeOf(table: TableSpec, collection: Collection): RangeRule {
  const time = factsOf(collection).time;
  const col = (field: string) => columnFor(table, field);
  switch (time.kind) {
    case 'none':
      return { kind: 'none', order: col(time.order) };
    case 'date':
    case 'instant':
      return { kind: time.kind, field: col(time.field) };
    case 'instant-interval':
    case 'date-interval':
      return { kind: time.kind, start: col(time.start), end: col(time.end) };
  }
}

/** The spec of one diary collection. */
export function entitySpec(collection: Collection): EntitySpec {
  const facts = factsOf(collection);
  const table = DIARY_TABLES[collection];
  const { shape, schema } = RECORD_SCHEMAS[collection];
  return {
    name: facts.name as EntityName,
    plural: collection,
    table: collection,
    key: facts.key,
    keyColumn: columnFor(table, facts.key),
    schema,
    shape,
    columns: Object.fromEntries(table.fields.map((c) => [c.field, c])),
    range: rangeOf(table, collection),
    orderBy: columnFor(table, timeField(facts.time)),
    references: REFERENCES.filter((r) => r.from === collection).map((r) => ({
      field: r.field,
      entity: factsOf(r.to).name as EntityName,
    })),
    ...(facts.fixedOnceSet ? { fixedOnceSet: facts.fixedOnceSet } : {}),
  };
}

const fieldLists = new WeakMap<
  EntitySpec,
  { columns: ColumnSpec[]; kinds: ColumnKind[]; fields: string[] }
>();

function layout(spec: EntitySpec) {
  let l = fieldLists.get(spec);
  if (!l) {
    const columns = Object.values(spec.columns);
    l = { columns, kinds: columns.map((c) => c.kind), fields: columns.map((c) => c.field) };
    fieldLists.set(spec, l);
  }
  return l;
}

/** Converts a validated record into a row (without `owner_id`). */
export function toRow(spec: EntitySpec, record: Record<string, unknown>): Row {
  return toCells(layout(spec).columns, record);
}

/**
 * Appends `owner_id` and the record's cells, in column order, to `out`: the parameters of an
 * INSERT without building a row object per record (the bulk-import hot path).
 */
export function appendCells(
  spec: EntitySpec,
  ownerId: string,
  record: Record<string, unknown>,
  out: Cell[],
): void {
  const { fields, kinds } = layout(spec);
  out.push(ownerId);
  for (let i = 0; i < fields.length; i++) {
    out.push(toCell(kinds[i] as ColumnKind, record[fields[i] as string]));
  }
}

/** The cell of one field (for single-column updates). Throws for a field the spec lacks. */
export function fieldCell(spec: EntitySpec, field: string, value: unknown): Cell {
  const col = spec.columns[field];
  if (!col) throw new Error(`${spec.name} has no field ${field}`);
  return toCell(col.kind, value);
}

/** Converts a row back into a diary record, exactly as it was written. */
export function fromRow(spec: EntitySpec, row: Row): Record<string, unknown> {
  return fromCells(layout(spec).columns, row);
}
