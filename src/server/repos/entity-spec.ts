import type { z } from 'zod';
import type { Cell, Row } from '../db/schema.ts';

/**
 * How a record field is stored: a scalar column, a 0/1 boolean, JSON text of a list (absent →
 * `[]`), or JSON text of an optional object (absent → NULL).
 */
export type ColumnKind = 'text' | 'number' | 'bool' | 'json' | 'object';

export interface ColumnSpec {
  column: string;
  kind: ColumnKind;
  /** Absent values come back as `null` (the format spells them out) rather than omitted. */
  nullable?: boolean;
}

/** How a list query's `from`/`to` days select records of this entity. */
export type RangeRule =
  | { kind: 'none' }
  /** A local day column (`YYYY-MM-DD`) inside [from, to]. */
  | { kind: 'date'; column: string }
  /** An instant column inside the local days [from, to]. */
  | { kind: 'instant'; column: string }
  /** An interval of instants (end null = ongoing) overlapping the local days [from, to]. */
  | { kind: 'instant-overlap'; start: string; end: string }
  /** An interval of local days (end null = open) overlapping [from, to]. */
  | { kind: 'date-overlap'; start: string; end: string };

/** A reference from a field to a record of another entity (checked before writes). */
export interface Reference {
  field: string;
  entity: EntityName;
}

export type EntityName =
  | 'attack'
  | 'medication'
  | 'intake'
  | 'day'
  | 'therapy'
  | 'session'
  | 'questionnaire';

/**
 * Everything the generic repository, service and routes need to know about one diary entity.
 * One spec per entity replaces seven hand-written copies of the same CRUD code.
 */
export interface EntitySpec<S extends z.ZodType = z.ZodType, P extends z.ZodObject = z.ZodObject> {
  name: EntityName;
  /** Plural used in URLs, diary collections and messages: `attacks`. */
  plural:
    | 'attacks'
    | 'medications'
    | 'intakes'
    | 'days'
    | 'therapies'
    | 'sessions'
    | 'questionnaires';
  table: string;
  /** Key field of the record (`id`, or `date` for daily check-ins) and its column. */
  key: 'id' | 'date';
  keyColumn: string;
  /** Full record schema (with cross-field rules) and its plain object shape (for PATCH). */
  schema: S;
  shape: P;
  columns: Record<string, ColumnSpec>;
  range: RangeRule;
  orderBy: string;
  references: Reference[];
  /**
   * Fields that can be set once and never changed or cleared through PUT or PATCH afterwards
   * (a therapy's randomised plan: its order must stay as it was fixed before the data came).
   */
  fixedOnceSet?: readonly string[];
}

export type RecordOf<S extends EntitySpec> = z.output<S['schema']> & Record<string, unknown>;

/** camelCase → snake_case column name. */
export const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Builds the column map from field kinds; `overrides` renames columns (`start` → `start_at`). */
export function columns(
  kinds: Record<string, ColumnKind | `${ColumnKind}?`>,
  overrides: Record<string, string> = {},
): Record<string, ColumnSpec> {
  const out: Record<string, ColumnSpec> = {};
  for (const [field, kind] of Object.entries(kinds)) {
    const nullable = kind.endsWith('?');
    out[field] = {
      column: overrides[field] ?? snake(field),
      kind: (nullable ? kind.slice(0, -1) : kind) as ColumnKind,
      nullable,
    };
  }
  return out;
}

/** Converts a validated record into a row (without `owner_id`). */
export function toRow(spec: EntitySpec, record: Record<string, unknown>): Row {
  const row: Row = {};
  for (const [field, col] of Object.entries(spec.columns)) {
    row[col.column] = toCell(col.kind, record[field]);
  }
  return row;
}

const layouts = new WeakMap<EntitySpec, { fields: string[]; kinds: ColumnKind[] }>();

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
  let layout = layouts.get(spec);
  if (!layout) {
    layout = {
      fields: Object.keys(spec.columns),
      kinds: Object.values(spec.columns).map((c) => c.kind),
    };
    layouts.set(spec, layout);
  }
  out.push(ownerId);
  const { fields, kinds } = layout;
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

function toCell(kind: ColumnKind, value: unknown): Cell {
  if (value === undefined || value === null) return kind === 'json' ? '[]' : null;
  if (kind === 'bool') return value ? 1 : 0;
  if (kind === 'json' || kind === 'object') return JSON.stringify(value);
  return value as Cell;
}

/**
 * Converts a row back into a diary record: absent optional values are omitted, nullable ones
 * are `null`, JSON text is parsed and 0/1 become booleans, so a record reads back exactly as
 * it was written.
 */
export function fromRow(spec: EntitySpec, row: Row): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [field, col] of Object.entries(spec.columns)) {
    const cell = row[col.column];
    if (cell === null || cell === undefined) {
      if (col.nullable) record[field] = null;
      continue;
    }
    if (col.kind === 'bool')
      record[field] = cell === 1 || cell === '1' || (cell as unknown) === true;
    else if (col.kind === 'json' || col.kind === 'object') record[field] = JSON.parse(String(cell));
    else if (col.kind === 'number') record[field] = Number(cell);
    else record[field] = cell;
  }
  return record;
}
