/**
 * Cell encodings of Stillpoint's own CSV (docs/interop.md §4), shared by export and import so the
 * two are exact inverses:
 * - a missing value is an empty, unquoted cell (`null` here); an empty string is a quoted empty
 *   cell `""` (spreadsheets may drop that difference; it only matters for empty notes);
 * - booleans are `true` / `false`;
 * - lists are joined with `;`, a `;` or `\` inside an item escaped with `\`;
 * - local date-times are RFC 3339 with the zone's offset: `2026-01-05T07:30:00+01:00`.
 *
 * The formula-injection guard of the export lives here too: a text cell a spreadsheet would run
 * as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading apostrophe; an
 * apostrophe in front of such text gets one more, so the import can remove exactly one.
 */
import { Temporal } from 'temporal-polyfill';

/** A cell as read from a file: text, or `null` for an empty unquoted cell. */
export type CellText = string | null;
/** A value to write: `null` writes an empty unquoted cell. */
export type Cell = string | number | null;

const FORMULA = /^'*[=+\-@\t\r]/;

/** Export guard: `=1+2` → `'=1+2`, `'=x` → `''=x`; other text unchanged. */
export const guardFormula = (text: string): string => (FORMULA.test(text) ? `'${text}` : text);

/** Inverse of `guardFormula`: removes the one apostrophe the export added. */
export const unguardFormula = (text: string): string =>
  text.startsWith("'") && FORMULA.test(text) ? text.slice(1) : text;

/** A list of items as one cell: `a;b\;c` for `['a', 'b;c']`; empty list → null. */
export function joinList(items: readonly string[]): Cell {
  if (items.length === 0) return null;
  return items.map((i) => i.replace(/\\/g, '\\\\').replace(/;/g, '\\;')).join(';');
}

/** Inverse of `joinList`; blank → []. */
export function splitList(cell: CellText): string[] {
  if (cell === null || cell === '') return [];
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i];
    if (ch === '\\' && i + 1 < cell.length) {
      current += cell[i + 1];
      i++;
    } else if (ch === ';') {
      out.push(current.trim());
      current = '';
    } else current += ch;
  }
  out.push(current.trim());
  return out;
}

/** `true`/`false` for a boolean, null for undefined. */
export const boolCell = (value: boolean | undefined): Cell =>
  value === undefined ? null : String(value);

/** A number or null. */
export const numCell = (value: number | null | undefined): Cell => value ?? null;

/** The instant as local RFC 3339 date-time with offset in `timeZone`. */
export function localCell(instant: string | null, timeZone: string): Cell {
  if (instant === null) return null;
  return Temporal.Instant.from(instant)
    .toZonedDateTimeISO(timeZone)
    .toString({ timeZoneName: 'never', offset: 'auto', smallestUnit: 'second' });
}

/** Result of reading one cell: a value, or a message saying what is wrong. */
export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = (message: string): Read<never> => ({ ok: false, message });

/** Optional text: null → undefined; a quoted empty cell → ''. */
export const readText = (cell: CellText): Read<string | undefined> =>
  ok(cell === null ? undefined : unguardFormula(cell));

/** `true`/`false` (also `yes`/`no`, `1`/`0`); blank → undefined. */
export function readBool(cell: CellText): Read<boolean | undefined> {
  if (cell === null || cell.trim() === '') return ok(undefined);
  const v = cell.trim().toLowerCase();
  if (v === 'true' || v === 'yes' || v === '1') return ok(true);
  if (v === 'false' || v === 'no' || v === '0') return ok(false);
  return bad(`"${cell}" is not true or false`);
}

/** A decimal number (dot as separator); blank → undefined. */
export function readNumber(cell: CellText): Read<number | undefined> {
  if (cell === null || cell.trim() === '') return ok(undefined);
  const v = cell.trim();
  if (!/^-?\d+(\.\d+)?$/.test(v)) return bad(`"${cell}" is not a number like 6 or 6.5`);
  return ok(Number(v));
}

/** A whole number; blank → undefined. */
export function readInt(cell: CellText): Read<number | undefined> {
  const n = readNumber(cell);
  if (n.ok && n.value !== undefined && !Number.isInteger(n.value)) {
    return bad(`"${cell}" is not a whole number`);
  }
  return n;
}

/** Text that must be present (ids, names, instants); blank → message. */
export function readRequired(cell: CellText): Read<string> {
  if (cell === null || cell.trim() === '') return bad('is required');
  return ok(unguardFormula(cell.trim()));
}
