/**
 * Daily yes/no headache diaries: one row per diary day saying whether there was a headache.
 * A "no" day becomes a recorded check-in without headache; a "yes" day becomes a recorded day
 * with an attack of unknown time (see `imported.ts`), with the pain when the file has one.
 *
 * Layouts:
 * - generic: `date,headache[,pain,medication,notes]` (`migraine` may stand for `headache`;
 *   values yes/no, y/n, true/false, 1/0);
 * - day numbers instead of dates (`day` or `time`): needs `dayZero`, the date of day 0;
 * - several people in one file (`id`/`person`/`patient` column): needs `person`;
 * - the Kostecki-Dillon headache logs (R carData) are recognised by their exact header; their
 *   per-patient attributes (`hatype`, `age`, `airq`, `medication` status, `sex`), `dos` and
 *   `rownames` are reported as unmapped columns.
 */
import { addDays } from '../../calendar/dates.ts';
import type { Medication } from '../../diary/diary.schema.ts';
import { assumedEnd, assumedText, provenance, rawRow } from './imported.ts';
import { MedicationBook, splitDose } from './medications.ts';
import { type CsvRow, type CsvTable, emptyDraft, type ImportDraft, UnmappedLog } from './types.ts';
import { NOON, parseIsoDate, placeLocal } from './when.ts';

export const KOSTECKI_DILLON_HEADER = [
  'rownames',
  'id',
  'time',
  'dos',
  'hatype',
  'age',
  'airq',
  'medication',
  'headache',
  'sex',
];

const DATE_COLUMNS = ['date', 'day', 'time'];
const FLAG_COLUMNS = ['headache', 'migraine'];
const PERSON_COLUMNS = ['id', 'person', 'patient'];
const OPTIONAL = ['pain', 'medication', 'notes'];

const isKostecki = (header: readonly string[]) =>
  header.join(',') === KOSTECKI_DILLON_HEADER.join(',');

/** True for a daily yes/no layout (generic or Kostecki-Dillon). */
export function isDailyHeader(header: readonly string[]): boolean {
  if (isKostecki(header)) return true;
  const known = [...DATE_COLUMNS, ...FLAG_COLUMNS, ...PERSON_COLUMNS, ...OPTIONAL];
  return (
    header.some((c) => DATE_COLUMNS.includes(c)) &&
    header.some((c) => FLAG_COLUMNS.includes(c)) &&
    header.every((c) => known.includes(c))
  );
}

export interface DailyContext {
  timeZone: string;
  medications: readonly Medication[];
  /** Which person to import from a file holding several. */
  person?: string | undefined;
  /** Date of day number 0, for files counting days instead of giving dates. */
  dayZero?: string | undefined;
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

/** Reads a daily yes/no diary into a draft. */
export function importDaily(table: CsvTable, ctx: DailyContext): ImportDraft {
  const kostecki = isKostecki(table.header);
  const draft = emptyDraft(
    'daily',
    kostecki ? 'Kostecki-Dillon daily headache log' : 'daily yes/no headache diary',
  );
  const header = table.header;
  const dateColumn =
    header.find((c) => c === 'date') ?? header.find((c) => c === 'day' || c === 'time') ?? 'date';
  const flagColumn = header.find((c) => FLAG_COLUMNS.includes(c)) ?? 'headache';
  const personColumn = header.find((c) => PERSON_COLUMNS.includes(c));
  const fail = (row: CsvRow | undefined, column: string | undefined, message: string) =>
    draft.errors.push({ file: table.file, line: row?.line, column, message });
  const unmapped = new UnmappedLog();
  const used = new Set([dateColumn, flagColumn, ...(personColumn ? [personColumn] : [])]);
  if (!kostecki) for (const c of OPTIONAL) used.add(c);
  let rows = table.rows;
  if (personColumn) {
    const people = [...new Set(rows.map((r) => (r.cells[personColumn] ?? '').trim()))];
    if (ctx.person === undefined && people.length > 1) {
      fail(
        undefined,
        personColumn,
        `the file holds ${people.length} people (${people.slice(0, 5).join(', ')}, …); choose one with --person`,
      );
      return draft;
    }
    const chosen = ctx.person ?? people[0] ?? '';
    rows = rows.filter((r) => (r.cells[personColumn] ?? '').trim() === chosen);
    if (rows.length === 0) fail(undefined, personColumn, `no rows for person "${chosen}"`);
    draft.source += personColumn ? ` (person ${chosen})` : '';
  }
  const numbered = dateColumn !== 'date';
  if (numbered && ctx.dayZero === undefined) {
    fail(
      undefined,
      dateColumn,
      `the file counts days (column "${dateColumn}"); give the date of day 0 with --day-zero YYYY-MM-DD`,
    );
    return draft;
  }
  const book = new MedicationBook(ctx.medications, draft);
  const seen = new Map<string, { flag: boolean; line: number }>();
  for (const row of rows) {
    for (const c of header) if (!used.has(c)) unmapped.add('column', c, row.line);
    const cell = (c: string) => (row.cells[c] ?? '').trim();
    const raw = cell(dateColumn);
    const date = numbered
      ? /^-?\d+$/.test(raw)
        ? addDays(ctx.dayZero ?? '', Number(raw))
        : undefined
      : parseIsoDate(raw);
    if (!date) {
      fail(
        row,
        dateColumn,
        numbered
          ? `"${raw}" is not a whole day number`
          : `"${raw}" is not a calendar day like 2026-01-05`,
      );
      continue;
    }
    const value = cell(flagColumn).toLowerCase();
    if (!YES.has(value) && !NO.has(value)) {
      fail(row, flagColumn, `"${cell(flagColumn)}" is not yes or no`);
      continue;
    }
    const flag = YES.has(value);
    const before = seen.get(date);
    if (before) {
      if (before.flag !== flag)
        fail(row, dateColumn, `${date} is also on line ${before.line} with a different answer`);
      else
        draft.warnings.push({
          file: table.file,
          line: row.line,
          message: `${date} repeats line ${before.line}; the repeat is skipped`,
        });
      continue;
    }
    seen.set(date, { flag, line: row.line });
    const origin = { file: table.file, line: row.line };
    const notes = kostecki ? '' : cell('notes');
    draft.records.days.push({ record: flag || !notes ? { date } : { date, notes }, origin });
    if (!flag) continue;
    const start = placeLocal(date, NOON, ctx.timeZone);
    const id = `imp-a-day-${date}`;
    const attack: Record<string, unknown> = {
      id,
      start,
      end: assumedEnd(start),
      timeZone: ctx.timeZone,
      notes: provenance({
        notes,
        source: draft.source,
        line: row.line,
        raw: rawRow(row.cells, header),
        local: true,
        assumed: assumedText(false),
      }),
    };
    const pain = kostecki ? '' : cell('pain');
    if (pain !== '') {
      if (/^\d+$/.test(pain)) attack.peakPain = Number(pain);
      else fail(row, 'pain', `"${pain}" is not a whole number 0–10`);
    }
    draft.records.attacks.push({ record: attack, origin });
    const medication = kostecki ? '' : cell('medication');
    if (medication !== '') {
      const { name, dose } = splitDose(medication);
      const intake: Record<string, unknown> = {
        id: `imp-i-day-${date}`,
        medicationId: book.idOf(name, origin),
        at: start,
        attackId: id,
      };
      if (dose) intake.dose = dose;
      draft.records.intakes.push({ record: intake, origin });
    }
  }
  draft.unmapped = unmapped.list();
  return draft;
}
