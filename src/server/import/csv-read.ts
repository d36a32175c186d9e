/**
 * Strict CSV parsing with csv-parse (docs/interop.md §4): a BOM is accepted, every record must have
 * as many fields as the header, quotes must close, and every error names its line. Header names
 * are compared trimmed and lower-case. An empty unquoted cell becomes `null`, a quoted empty
 * cell `""` stays an empty string (Stillpoint's CSV uses that difference for empty notes).
 */
import { CsvError, parse } from 'csv-parse/sync';
import { AppError } from '../../domain/errors.ts';
import type { CellText } from '../../domain/interop/csv/cells.ts';
import type { CsvRow, CsvTable } from '../../domain/interop/import/types.ts';

interface Parsed {
  record: string[];
  raw: string;
  info: { lines: number };
}

/**
 * Indexes of the fields of one raw record that are a quoted empty string (`""`). csv-parse's
 * `cast` could tell, but costs many times the parse itself, so the raw text of records holding
 * empty fields is scanned instead.
 */
export function quotedEmptyFields(raw: string): Set<number> {
  const out = new Set<number>();
  let field = 0;
  let i = 0;
  while (i < raw.length) {
    if (raw[i] === '"') {
      if (raw[i + 1] === '"' && (i + 2 >= raw.length || /[,\r\n]/.test(raw[i + 2] ?? ''))) {
        out.add(field);
        i += 2;
      } else {
        i++;
        while (i < raw.length && !(raw[i] === '"' && raw[i + 1] !== '"'))
          i += raw[i] === '"' ? 2 : 1;
        i++;
      }
    }
    while (i < raw.length && raw[i] !== ',' && raw[i] !== '\n' && raw[i] !== '\r') i++;
    if (raw[i] !== ',') break;
    field++;
    i++;
  }
  return out;
}

/** Parses CSV text into a table; throws `AppError('invalid')` naming the line of the problem. */
export function readCsv(file: string, text: string): CsvTable {
  let records: Parsed[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      raw: true,
      relax_column_count: false,
      skip_empty_lines: true,
    }) as unknown as Parsed[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      const counts = /expect (\d+), got (\d+)/.exec(error.message);
      const message = counts
        ? `has ${counts[2]} fields, but the header has ${counts[1]} (a missing or extra comma, or an unquoted comma inside a value)`
        : error.message.replace(/\s*(on|at) line \d+/, '');
      throw new AppError('invalid', `${file}${line ? ` line ${line}` : ''}: ${message}`, file);
    }
    throw error;
  }
  const [first, ...rest] = records;
  if (!first) throw new AppError('invalid', `${file}: is empty (no header line)`, file);
  const header = first.record.map((c) => c.trim().toLowerCase());
  const duplicate = header.find((h, i) => header.indexOf(h) !== i);
  if (duplicate !== undefined) {
    throw new AppError('invalid', `${file} line 1: column "${duplicate}" appears twice`, file);
  }
  if (header.some((h) => h === '')) {
    throw new AppError('invalid', `${file} line 1: a column has no name`, file);
  }
  const rows: CsvRow[] = rest.map(({ record, raw, info }) => {
    const quoted = record.includes('') ? quotedEmptyFields(raw) : undefined;
    const cells: Record<string, CellText> = {};
    record.forEach((c, i) => {
      cells[header[i] ?? `column ${i + 1}`] = c === '' && !quoted?.has(i) ? null : c;
    });
    const breaks = raw.replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0;
    return { line: info.lines - breaks, cells };
  });
  return { file, header, rows };
}
