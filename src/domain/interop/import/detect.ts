/**
 * Recognises the source of a CSV file by its header set (docs/interop.md §5) and dispatches to the
 * importer: Stillpoint's own tables, Bearable, generic attack lists, daily yes/no diaries. A
 * header that fits none is refused with the columns that are unknown or missing for the closest
 * known layout.
 */
import type { Medication } from '../../diary/diary.schema.ts';
import { identifyTable, readStillpointTables } from '../csv/read-tables.ts';
import { TABLE_NAMES, TABLES, type TableName, tableFile } from '../csv/tables.ts';
import { BEARABLE_COLUMNS, importBearable, isBearableHeader } from './bearable.ts';
import { importDaily, isDailyHeader } from './daily.ts';
import { DAYLIO_COLUMNS, importDaylio, isDaylioHeader } from './daylio.ts';
import { GENERIC_OPTIONAL, GENERIC_REQUIRED, importGeneric, isGenericHeader } from './generic.ts';
import { importIHeadache, isIHeadacheReport } from './iheadache.ts';
import { importMigraineBuddy, isMigraineBuddy } from './migraine-buddy.ts';
import { type CsvTable, emptyDraft, type ImportDraft, type ImportFormat } from './types.ts';

export type CsvFormat = 'stillpoint-csv' | 'bearable' | 'daylio' | 'generic' | 'daily';

/** The CSV layout of a header, or undefined when it fits none. */
export function detectCsvFormat(header: readonly string[]): CsvFormat | undefined {
  if (identifyTable(header)) return 'stillpoint-csv';
  if (isBearableHeader(header)) return 'bearable';
  if (isDaylioHeader(header)) return 'daylio';
  if (isGenericHeader(header)) return 'generic';
  if (isDailyHeader(header)) return 'daily';
  return undefined;
}

interface Layout {
  name: string;
  required: readonly string[];
  optional: readonly string[];
}

/** Every known layout, for naming the closest one when a header fits none. */
function layouts(): Layout[] {
  const own = TABLE_NAMES.map((t) => ({
    name: `Stillpoint's ${tableFile(t)}`,
    required: TABLES[t],
    optional: [],
  }));
  return [
    ...own,
    {
      name: 'a Bearable export',
      required: BEARABLE_COLUMNS.filter((c) => c !== 'date formatted'),
      optional: ['date formatted'],
    },
    { name: 'a Daylio export', required: DAYLIO_COLUMNS, optional: [] },
    { name: 'a generic attack list', required: GENERIC_REQUIRED, optional: GENERIC_OPTIONAL },
    {
      name: 'a daily yes/no diary',
      required: ['date', 'headache'],
      optional: ['pain', 'medication', 'notes'],
    },
  ];
}

/** Why a header fits no layout (or not the requested one), naming unknown and missing columns. */
export function headerMismatch(header: readonly string[], wanted: ImportFormat): string {
  const names: Partial<Record<ImportFormat, string>> = {
    bearable: 'a Bearable export',
    daylio: 'a Daylio export',
    generic: 'a generic attack list',
    daily: 'a daily yes/no diary',
  };
  const candidates = layouts().filter((l) => {
    const name = names[wanted];
    if (name) return l.name === name;
    return wanted === 'stillpoint-csv' ? l.name.startsWith('Stillpoint') : true;
  });
  const score = (l: Layout) =>
    [...l.required, ...l.optional].filter((c) => header.includes(c)).length;
  const best = candidates.reduce((a, b) => (score(b) > score(a) ? b : a));
  const known = [...best.required, ...best.optional];
  const unknown = header.filter((c) => !known.includes(c));
  const missing = best.required.filter((c) => !header.includes(c));
  const parts = [
    unknown.length > 0
      ? `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => `"${c}"`).join(', ')}`
      : '',
    missing.length > 0 ? `missing ${missing.join(', ')}` : '',
  ].filter((p) => p !== '');
  if (names[wanted]) return `is not ${best.name} (${parts.join('; ')})`;
  return (
    `matches no known layout; closest is ${best.name} (${parts.join('; ')}). ` +
    'Known: Stillpoint CSV tables, Bearable export, Migraine Buddy export, Daylio export, ' +
    'generic start,end,pain[,medication,notes], daily date,headache[,pain,medication,notes]'
  );
}

export interface ImportContext {
  timeZone: string;
  medications: readonly Medication[];
  person?: string | undefined;
  dayZero?: string | undefined;
}

/**
 * Imports parsed CSV files as `format` (`csv`: detect per file). Stillpoint tables may come as a
 * set; other layouts are one file each.
 */
export function importCsv(
  tables: readonly CsvTable[],
  format: ImportFormat,
  ctx: ImportContext,
): ImportDraft {
  const detected = tables.map((t) => ({ table: t, format: detectCsvFormat(t.header) }));
  const refused = emptyDraft(format, tables.map((t) => t.file).join(', '));
  for (const { table, format: f } of detected) {
    if (f === undefined || (format !== 'csv' && f !== format)) {
      refused.errors.push({
        file: table.file,
        line: 1,
        message: `header ${headerMismatch(table.header, format)}`,
      });
    }
  }
  if (refused.errors.length > 0) return refused;
  const kinds = new Set(detected.map((d) => d.format));
  if (kinds.size > 1 || (!kinds.has('stillpoint-csv') && tables.length > 1)) {
    refused.errors.push({
      message: 'import one file at a time, or a set of Stillpoint CSV tables',
    });
    return refused;
  }
  const [first] = tables;
  if (!first) {
    refused.errors.push({ message: 'no file to import' });
    return refused;
  }
  if (kinds.has('stillpoint-csv')) {
    const named = tables.map((table) => ({
      name: identifyTable(table.header) as TableName,
      table,
    }));
    return readStillpointTables(named, ctx.timeZone);
  }
  if (kinds.has('bearable')) return importBearable(first, ctx);
  if (kinds.has('daylio')) return importDaylio(first, ctx);
  if (kinds.has('generic')) return importGeneric(first, ctx);
  return importDaily(first, ctx);
}

/** Formats read from a file's whole text rather than as one CSV table. */
export type TextFormat = 'migraine-buddy' | 'iheadache';

/**
 * The text format of a file, when it is one: the chosen `--format`, or detected from the text.
 * Undefined for plain CSV tables (detected by their header in `importCsv`).
 */
export function detectTextFormat(
  text: string,
  format: ImportFormat | undefined,
): TextFormat | undefined {
  if (format === 'migraine-buddy' || format === 'iheadache') return format;
  if (format !== undefined && format !== 'csv') return undefined;
  if (isMigraineBuddy(text)) return 'migraine-buddy';
  if (format === undefined && isIHeadacheReport(text)) return 'iheadache';
  return undefined;
}

/** Imports one file of a text format. */
export function importText(
  file: { name: string; text: string },
  format: TextFormat,
  ctx: ImportContext,
): ImportDraft {
  switch (format) {
    case 'migraine-buddy':
      return importMigraineBuddy(file.name, file.text, ctx);
    case 'iheadache':
      return importIHeadache(file.name, file.text, ctx);
  }
}
