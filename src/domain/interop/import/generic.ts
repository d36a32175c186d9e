/**
 * Generic attack lists (`start,end,pain[,medication,notes]`, e.g. MigraineBot's CSV,
 * docs/interop.md §5): one attack per row. `start`/`end` are `YYYY-MM-DD HH:mm` local wall-clock
 * times (placed in the person's zone) or ISO date-times with `Z` or an offset; `pain` is 0–10;
 * `medication` holds names separated by `;` (each may carry a dose, "Sumatriptan 50 mg"), taken at
 * the start of the attack.
 */
import type { Medication } from '../../diary/diary.schema.ts';
import { compactInstant, provenance, rawRow } from './imported.ts';
import { MedicationBook, splitDose } from './medications.ts';
import { type CsvTable, emptyDraft, type ImportDraft } from './types.ts';
import { parseDateTime } from './when.ts';

export const GENERIC_REQUIRED = ['start', 'end', 'pain'] as const;
export const GENERIC_OPTIONAL = ['medication', 'notes'] as const;

/** True when the header is exactly start, end, pain plus optional medication and notes. */
export function isGenericHeader(header: readonly string[]): boolean {
  const known: readonly string[] = [...GENERIC_REQUIRED, ...GENERIC_OPTIONAL];
  return (
    GENERIC_REQUIRED.every((c) => header.includes(c)) && header.every((c) => known.includes(c))
  );
}

export interface GenericContext {
  timeZone: string;
  medications: readonly Medication[];
}

/** Reads a generic attack list into a draft. */
export function importGeneric(table: CsvTable, ctx: GenericContext): ImportDraft {
  const draft = emptyDraft('generic', 'generic attack CSV');
  const book = new MedicationBook(ctx.medications, draft);
  const fail = (line: number, column: string, message: string) =>
    draft.errors.push({ file: table.file, line, column, message });
  for (const row of table.rows) {
    const origin = { file: table.file, line: row.line };
    const cell = (c: string) => (row.cells[c] ?? '').trim();
    const start = parseDateTime(cell('start'), ctx.timeZone);
    const end = parseDateTime(cell('end'), ctx.timeZone);
    if (!start)
      fail(row.line, 'start', `"${cell('start')}" is not a date-time like 2026-01-05 07:30`);
    if (!end) {
      fail(
        row.line,
        'end',
        cell('end') === ''
          ? 'is required (ongoing attacks cannot be imported)'
          : `"${cell('end')}" is not a date-time like 2026-01-05 18:00`,
      );
    }
    const painText = cell('pain');
    const pain = painText === '' ? undefined : Number(painText);
    if (pain !== undefined && !/^\d+$/.test(painText))
      fail(row.line, 'pain', `"${painText}" is not a whole number 0–10`);
    if (!start || !end) continue;
    const id = `imp-a-${compactInstant(start.utc)}`;
    const attack: Record<string, unknown> = {
      id,
      start: start.utc,
      end: end.utc,
      timeZone: ctx.timeZone,
      notes: provenance({
        notes: cell('notes'),
        source: `generic CSV ${table.file}`,
        line: row.line,
        raw: rawRow(row.cells, table.header),
        local: start.local || end.local,
      }),
    };
    if (pain !== undefined) attack.peakPain = pain;
    draft.records.attacks.push({ record: attack, origin });
    const names = cell('medication')
      .split(';')
      .map((n) => n.trim())
      .filter((n) => n !== '');
    names.forEach((text, k) => {
      const { name, dose } = splitDose(text);
      const intake: Record<string, unknown> = {
        id: `imp-i-${compactInstant(start.utc)}-${k + 1}`,
        medicationId: book.idOf(name, origin),
        at: start.utc,
        attackId: id,
      };
      if (dose) intake.dose = dose;
      draft.records.intakes.push({ record: intake, origin });
    });
  }
  return draft;
}
