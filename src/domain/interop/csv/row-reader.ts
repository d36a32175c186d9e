/**
 * Reads typed values out of one CSV row, recording a located error (file, line, column) for every
 * cell that cannot be read, so one pass over a file reports every bad cell at once.
 */
import { isKnownTimeZone } from '../../diary/primitives.ts';
import type { CsvRow, ImportIssue, Origin } from '../import/types.ts';
import {
  type CellText,
  type Read,
  readBool,
  readInt,
  readNumber,
  readRequired,
  readText,
  splitList,
  unguardFormula,
} from './cells.ts';

export class RowReader {
  readonly origin: Origin;
  private readonly row: CsvRow;
  private readonly errors: ImportIssue[];

  constructor(file: string, row: CsvRow, errors: ImportIssue[]) {
    this.origin = { file, line: row.line };
    this.row = row;
    this.errors = errors;
  }

  /** The raw cell (null when empty and unquoted, or when the column is absent). */
  cell(column: string): CellText {
    return this.row.cells[column] ?? null;
  }

  /** Records an error at this row and column. */
  fail(column: string, message: string): void {
    this.errors.push({ file: this.origin.file, line: this.origin.line, column, message });
  }

  private take<T>(column: string, read: Read<T>): T | undefined {
    if (read.ok) return read.value;
    this.fail(column, read.message);
    return undefined;
  }

  text(column: string): string | undefined {
    return this.take(column, readText(this.cell(column)));
  }

  required(column: string): string | undefined {
    return this.take(column, readRequired(this.cell(column)));
  }

  int(column: string): number | undefined {
    return this.take(column, readInt(this.cell(column)));
  }

  num(column: string): number | undefined {
    return this.take(column, readNumber(this.cell(column)));
  }

  bool(column: string): boolean | undefined {
    return this.take(column, readBool(this.cell(column)));
  }

  list(column: string): string[] {
    return splitList(this.cell(column)).map(unguardFormula);
  }

  /** Text or null (blank): for nullable fields such as `end_utc`, `side` or `attack_id`. */
  nullable(column: string): string | null {
    const v = this.cell(column);
    return v === null || v.trim() === '' ? null : unguardFormula(v.trim());
  }

  /** Nullable whole number. */
  nullableInt(column: string): number | null {
    return this.int(column) ?? null;
  }

  /** An IANA zone; records an error for an unknown one. */
  zone(column: string): string | undefined {
    const tz = this.required(column);
    if (tz !== undefined && !isKnownTimeZone(tz)) {
      this.fail(column, `"${tz}" is not an IANA time zone such as Europe/Berlin`);
      return undefined;
    }
    return tz;
  }
}
