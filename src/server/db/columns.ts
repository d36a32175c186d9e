import type { z } from 'zod';

/**
 * How a field is stored, read from its zod type: text (strings, enums), an integer or a real
 * number, a 0/1 boolean, JSON text of a list that is always there (absent → `[]`), or JSON text
 * of anything else (an optional object, a union; absent → NULL).
 */
export type ColumnKind = 'text' | 'integer' | 'real' | 'bool' | 'list' | 'json';

/** The SQL type of each kind, the same on SQLite and PostgreSQL (portable types only). */
export const SQL_TYPES = {
  text: 'text',
  integer: 'integer',
  real: 'double precision',
  bool: 'integer',
  list: 'text',
  json: 'text',
} as const satisfies Record<ColumnKind, string>;

export type SqlType = (typeof SQL_TYPES)[ColumnKind];

export interface ColumnSpec {
  field: string;
  column: string;
  kind: ColumnKind;
  sqlType: SqlType;
  /** The column refuses NULL: the field is always present. */
  notNull: boolean;
  /** An absent value reads back as `null` (the field's type includes null) rather than omitted. */
  nullable: boolean;
}

/** camelCase → snake_case column name (`peakPain` → `peak_pain`). */
export const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** zod definition types that only wrap another type, and where to find it. */
const WRAPPERS: Record<string, (def: Record<string, unknown>) => unknown> = {
  optional: (d) => d.innerType,
  nullable: (d) => d.innerType,
  default: (d) => d.innerType,
  prefault: (d) => d.innerType,
  readonly: (d) => d.innerType,
  catch: (d) => d.innerType,
  nonoptional: (d) => d.innerType,
  pipe: (d) => d.out,
};

const INTEGER_FORMATS = new Set(['int', 'safeint', 'int32', 'uint32']);

interface ZodInternals {
  _zod: { def: Record<string, unknown> & { type: string } };
}

/** The storage facts of one field, read from its zod type. */
export function columnOf(field: string, type: z.ZodType, column = snake(field)): ColumnSpec {
  let optional = false;
  let nullable = false;
  let defaulted = false;
  let def = (type as unknown as ZodInternals)._zod.def;
  for (let unwrap = WRAPPERS[def.type]; unwrap; unwrap = WRAPPERS[def.type]) {
    if (def.type === 'default' || def.type === 'prefault') defaulted = true;
    if (def.type === 'optional' && !defaulted) optional = true;
    if (def.type === 'nullable') nullable = true;
    def = (unwrap(def) as ZodInternals)._zod.def;
  }
  const kind = baseKind(def, optional || nullable);
  return {
    field,
    column,
    kind,
    sqlType: SQL_TYPES[kind],
    notNull: kind === 'list' || !(optional || nullable),
    nullable,
  };
}

function baseKind(def: Record<string, unknown> & { type: string }, absentable: boolean) {
  switch (def.type) {
    case 'string':
    case 'enum':
      return 'text';
    case 'literal':
      return (def.values as unknown[]).every((v) => typeof v === 'string') ? 'text' : 'json';
    case 'number':
      return INTEGER_FORMATS.has(String(def.format)) ? 'integer' : 'real';
    case 'boolean':
      return 'bool';
    case 'array':
      return absentable ? 'json' : 'list';
    default:
      return 'json';
  }
}

/** The columns of an object shape in field order; `names` overrides snake_case names. */
export function columnsOf(
  shape: z.ZodObject,
  names: Readonly<Record<string, string>> = {},
): ColumnSpec[] {
  return Object.entries(shape.shape).map(([field, type]) =>
    columnOf(field, type as z.ZodType, names[field]),
  );
}

/** A value as stored in one cell. */
export type Cell = string | number | null;

/** The cell of one field's value (`undefined` and `null` are NULL, except a list's `[]`). */
export function toCell(kind: ColumnKind, value: unknown): Cell {
  if (value === undefined || value === null) return kind === 'list' ? '[]' : null;
  if (kind === 'bool') return value ? 1 : 0;
  if (kind === 'list' || kind === 'json') return JSON.stringify(value);
  return value as Cell;
}

/**
 * The record a row holds: absent optional values are omitted, nullable ones are `null`, JSON
 * text is parsed and 0/1 become booleans, so a record reads back exactly as it was written.
 */
export function fromCells(
  columns: readonly ColumnSpec[],
  row: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const col of columns) {
    const cell = row[col.column];
    if (cell === null || cell === undefined) {
      if (col.nullable) record[col.field] = null;
      continue;
    }
    if (col.kind === 'bool') record[col.field] = cell === 1 || cell === '1' || cell === true;
    else if (col.kind === 'list' || col.kind === 'json')
      record[col.field] = JSON.parse(String(cell));
    else if (col.kind === 'integer' || col.kind === 'real') record[col.field] = Number(cell);
    else record[col.field] = cell;
  }
  return record;
}

/** The cells of a record, by column name. */
export function toCells(
  columns: readonly ColumnSpec[],
  record: Readonly<Record<string, unknown>>,
): Record<string, Cell> {
  const row: Record<string, Cell> = {};
  for (const col of columns) row[col.column] = toCell(col.kind, record[col.field]);
  return row;
}
