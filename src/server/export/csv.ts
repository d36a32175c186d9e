/**
 * Stillpoint's own CSV export (docs/interop.md §4) written with csv-stringify: one file per table,
 * UTF-8 with a BOM (so spreadsheets detect the encoding), CRLF line ends, and the
 * formula-injection guard applied to text cells only (numbers such as −3 stay numbers).
 */
import { stringify } from 'csv-stringify/sync';
import { resolveClinicalOptions } from '../../domain/clinical/options.ts';
import { questionnaireResults } from '../../domain/clinical/questionnaires/results.ts';
import type { Diary } from '../../domain/diary/diary.schema.ts';
import { type Cell, guardFormula } from '../../domain/interop/csv/cells.ts';
import {
  diaryToTables,
  TABLE_NAMES,
  TABLES,
  type TableName,
  tableFile,
} from '../../domain/interop/csv/tables.ts';
import { type ZipEntry, zip } from './zip.ts';

/** One table as CSV text (BOM, header, CRLF). */
export function tableCsv(name: TableName, rows: readonly Cell[][]): string {
  return stringify([[...TABLES[name]], ...rows], {
    bom: true,
    record_delimiter: '\r\n',
    quoted_match: /^$|[\r\n]/,
    cast: { string: guardFormula },
  });
}

/** Every table of the diary as `{ name: 'attacks.csv', text }`, in table order. */
export function diaryCsvFiles(diary: Diary): { name: string; text: string }[] {
  const scores = new Map(
    questionnaireResults(diary.questionnaires, resolveClinicalOptions()).map((r) => [
      r.id,
      { score: r.score, band: r.band },
    ]),
  );
  const tables = diaryToTables(diary, scores);
  return TABLE_NAMES.map((name) => ({ name: tableFile(name), text: tableCsv(name, tables[name]) }));
}

/** The whole CSV export as one ZIP archive. */
export function diaryCsvZip(diary: Diary, nowMs: number): Uint8Array {
  const entries: ZipEntry[] = diaryCsvFiles(diary).map((f) => ({
    name: f.name,
    data: new TextEncoder().encode(f.text),
  }));
  return zip(entries, nowMs);
}
