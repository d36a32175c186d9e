/**
 * Import of the time-stamped tables of Stillpoint's own CSV: attacks with their auras and pain
 * readings, intakes and sessions. Derived columns are checked against the UTC instant and zone
 * (a local time that disagrees with its UTC time is an error, so an edit made to only one of
 * them cannot slip through); they are never used as data.
 */
import { Temporal } from 'temporal-polyfill';
import type { CsvTable, ImportIssue, Sourced } from '../import/types.ts';
import { localCell, splitList } from './cells.ts';
import { RowReader } from './row-reader.ts';
import { SYMPTOM_FIELDS, symptomSummary } from './tables.ts';

/** Drops undefined values, so records only carry what the file holds. */
export function defined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}

/** Checks a derived local date-time cell against its UTC instant in `tz`. */
export function checkLocal(
  r: RowReader,
  column: string,
  instant: string | null | undefined,
  tz: string | undefined,
): void {
  const cell = r.cell(column)?.trim();
  if (!cell || !instant || !tz) return;
  let local: number;
  try {
    local = Temporal.Instant.from(cell).epochMilliseconds;
  } catch {
    r.fail(column, `"${cell}" is not a local date-time like 2026-01-05T07:30:00+01:00`);
    return;
  }
  let utc: number;
  try {
    utc = Temporal.Instant.from(instant).epochMilliseconds;
  } catch {
    return; // the UTC column itself is reported by validation
  }
  if (local !== utc) {
    r.fail(
      column,
      `${cell} is not the same instant as ${instant} (in ${tz} that is ${localCell(instant, tz)}); ` +
        'correct it or leave it empty',
    );
  }
}

/** Checks a derived zone column of records kept in the person's zone. */
export function checkProfileZone(r: RowReader, column: string, personZone: string): void {
  const tz = r.cell(column)?.trim();
  if (tz && tz !== personZone) {
    r.fail(column, `is "${tz}", but these records use the profile's zone "${personZone}"`);
  }
}

export interface AttackTables {
  attacks: CsvTable;
  auras?: CsvTable;
  readings?: CsvTable;
}

function readAttack(r: RowReader, personZone: string): Sourced {
  const tz = r.zone('tz');
  const source = r.text('tz_source') ?? 'attack';
  if (source !== 'attack' && source !== 'profile') r.fail('tz_source', 'must be attack or profile');
  if (source === 'profile' && tz !== undefined && tz !== personZone) {
    r.fail('tz', `is "${tz}", but tz_source "profile" means the profile's zone "${personZone}"`);
  }
  const start = r.required('start_utc');
  const end = r.nullable('end_utc');
  checkLocal(r, 'start_local', start, tz);
  checkLocal(r, 'end_local', end, tz);
  const record = defined({
    id: r.required('id'),
    start,
    end,
    timeZone: source === 'attack' ? tz : undefined,
    peakPain: r.int('peak_pain'),
    side: r.nullable('side'),
    regions: r.list('regions'),
    quality: r.list('quality'),
    worseWithActivity: r.bool('worse_with_activity'),
    nausea: r.bool('nausea'),
    vomiting: r.bool('vomiting'),
    photophobia: r.bool('photophobia'),
    phonophobia: r.bool('phonophobia'),
    autonomic: r.list('autonomic'),
    restless: r.bool('restless'),
    aura: [],
    auraToHeadacheMinutes: r.nullableInt('aura_to_headache_minutes'),
    disability: r.int('disability'),
    triggers: r.list('triggers'),
    reliefMeasures: r.list('relief_measures'),
    redFlags: r.list('red_flags'),
    readings: [],
    notes: r.text('notes'),
  });
  const summary = r.cell('symptoms');
  if (summary !== null && summary.trim() !== '') {
    const expected = splitList(symptomSummary(record as Record<string, boolean>) as string | null);
    const given = splitList(summary);
    const unknown = given.filter((s) => !(SYMPTOM_FIELDS as readonly string[]).includes(s));
    if (unknown.length > 0 || [...given].sort().join(';') !== [...expected].sort().join(';')) {
      r.fail(
        'symptoms',
        `lists "${summary}", but the symptom columns say "${expected.join(';')}"; ` +
          'correct it or leave it empty',
      );
    }
  }
  return { record, origin: r.origin, nested: { readings: [], aura: [] } };
}

/** Attacks with their auras and readings attached (in file order). */
export function readAttacks(
  tables: AttackTables,
  personZone: string,
  errors: ImportIssue[],
): Sourced[] {
  const out: Sourced[] = [];
  const byId = new Map<string, Sourced>();
  for (const row of tables.attacks.rows) {
    const s = readAttack(new RowReader(tables.attacks.file, row, errors), personZone);
    out.push(s);
    if (typeof s.record.id === 'string') byId.set(s.record.id, s);
  }
  const parent = (r: RowReader) => {
    const id = r.required('attack_id');
    const found = id === undefined ? undefined : byId.get(id);
    if (id !== undefined && !found)
      r.fail('attack_id', `attack "${id}" is not in the attacks table`);
    return found;
  };
  for (const row of tables.auras?.rows ?? []) {
    const r = new RowReader(tables.auras?.file ?? '', row, errors);
    const attack = parent(r);
    const aura = defined({
      type: r.required('type'),
      durationMinutes: r.int('duration_minutes'),
      spreadMinutes: r.int('spread_minutes'),
      positive: r.bool('positive'),
      unilateral: r.bool('unilateral'),
    });
    if (!attack) continue;
    (attack.record.aura as unknown[]).push(aura);
    attack.nested?.aura?.push(r.origin);
  }
  for (const row of tables.readings?.rows ?? []) {
    const r = new RowReader(tables.readings?.file ?? '', row, errors);
    const attack = parent(r);
    const at = r.required('at_utc');
    const tz = r.zone('tz');
    const pain = r.int('pain');
    if (!attack) continue;
    const attackZone = (attack.record.timeZone as string | undefined) ?? personZone;
    if (tz !== undefined && tz !== attackZone) {
      r.fail('tz', `is "${tz}", but the attack is kept in "${attackZone}"`);
    }
    checkLocal(r, 'at_local', at, attackZone);
    (attack.record.readings as unknown[]).push(defined({ at, pain }));
    attack.nested?.readings?.push(r.origin);
  }
  return out;
}

/** Intakes (instants in the person's zone). */
export function readIntakes(table: CsvTable, personZone: string, errors: ImportIssue[]): Sourced[] {
  return instantRows(table, personZone, errors, (r, at) =>
    defined({
      id: r.required('id'),
      medicationId: r.required('medication_id'),
      at,
      dose: r.text('dose'),
      attackId: r.nullable('attack_id'),
      relief: r.nullable('relief') ?? undefined,
      notes: r.text('notes'),
    }),
  );
}

/** Therapy sessions (instants in the person's zone). */
export function readSessions(
  table: CsvTable,
  personZone: string,
  errors: ImportIssue[],
): Sourced[] {
  return instantRows(table, personZone, errors, (r, at) =>
    defined({
      id: r.required('id'),
      therapyId: r.required('therapy_id'),
      at,
      durationMinutes: r.int('duration_minutes'),
      handPositions: r.list('hand_positions'),
      techniques: r.list('techniques'),
      painBefore: r.int('pain_before'),
      painAfter: r.int('pain_after'),
      sensations: r.list('sensations'),
      practitioner: r.text('practitioner'),
      notes: r.text('notes'),
    }),
  );
}

/**
 * Rows of a table whose records sit at one instant in the person's zone: reads `at_utc`,
 * checks the `tz` and `at_local` columns against it, then builds each record.
 */
function instantRows(
  table: CsvTable,
  personZone: string,
  errors: ImportIssue[],
  build: (r: RowReader, at: string | undefined) => Record<string, unknown>,
): Sourced[] {
  return table.rows.map((row) => {
    const r = new RowReader(table.file, row, errors);
    const at = r.required('at_utc');
    checkProfileZone(r, 'tz', personZone);
    checkLocal(r, 'at_local', at, personZone);
    return { record: build(r, at), origin: r.origin };
  });
}
