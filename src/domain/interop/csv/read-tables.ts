/**
 * Import of Stillpoint's own CSV tables (the inverse of `tables.ts`): recognises each table by
 * its exact header, reads every row into diary records with their file and line, and checks the
 * derived columns. Any set of tables may be imported (one table, or a whole export); the person
 * table is optional.
 */
import { scoreHit6 } from '../../clinical/questionnaires/hit6.ts';
import { scoreMidas } from '../../clinical/questionnaires/midas.ts';
import type { Person } from '../../diary/diary.schema.ts';
import {
  type CsvTable,
  emptyDraft,
  type ImportDraft,
  type ImportIssue,
  type Sourced,
} from '../import/types.ts';
import { defined, readAttacks, readIntakes, readSessions } from './read-attacks.ts';
import { RowReader } from './row-reader.ts';
import {
  DAY_METRICS,
  RECORDED_METRIC,
  TABLE_NAMES,
  TABLES,
  type TableName,
  tableFile,
} from './tables.ts';

/** The ABAB plan columns of a therapy row (all present when `plan_start` is). */
function readPlan(r: RowReader) {
  return {
    start: r.required('plan_start'),
    seed: r.int('plan_seed'),
    pairs: r.int('plan_pairs'),
    periodDays: r.int('plan_period_days'),
    washoutDays: r.int('plan_washout_days'),
    blindable: r.bool('plan_blindable'),
    createdAt: r.required('plan_created_at'),
  };
}

/** Columns added after the first CSV export; files written before them still import. */
const LATER_COLUMNS: ReadonlySet<string> = new Set(
  TABLES.therapies.filter((c) => c.startsWith('plan_')),
);

/**
 * The own table whose columns are exactly `header` (any order; columns added later may be
 * missing), or undefined.
 */
export function identifyTable(header: readonly string[]): TableName | undefined {
  const set = new Set(header);
  return TABLE_NAMES.find((name) => {
    const columns: readonly string[] = TABLES[name];
    return (
      header.every((c) => columns.includes(c)) &&
      columns.every((c) => set.has(c) || LATER_COLUMNS.has(c))
    );
  });
}

function readPerson(table: CsvTable, errors: ImportIssue[]): Person | undefined {
  if (table.rows.length !== 1) {
    errors.push({
      file: table.file,
      message: `must hold exactly one row, not ${table.rows.length}`,
    });
  }
  const row = table.rows[0];
  if (!row) return undefined;
  const r = new RowReader(table.file, row, errors);
  return defined({
    timeZone: r.zone('time_zone'),
    birthDate: r.text('birth_date') || undefined,
    priorMigraineAttacks: r.int('prior_migraine_attacks'),
    factors: r.list('factors'),
  }) as Person;
}

const METRICS = new Map<string, (typeof DAY_METRICS)[number]>(DAY_METRICS.map((m) => [m[1], m]));

function readDaily(table: CsvTable, personZone: string, errors: ImportIssue[]): Sourced[] {
  const days = new Map<string, Sourced>();
  for (const row of table.rows) {
    const r = new RowReader(table.file, row, errors);
    const date = r.required('date_local');
    const metric = r.required('metric');
    const tz = r.cell('tz')?.trim();
    if (tz && tz !== personZone)
      r.fail('tz', `is "${tz}", but days use the profile's zone "${personZone}"`);
    if (date === undefined || metric === undefined) continue;
    const day = days.get(date) ?? { record: { date }, origin: r.origin, fields: {} };
    days.set(date, day);
    if (metric === RECORDED_METRIC) continue;
    const spec = METRICS.get(metric);
    if (!spec) {
      r.fail(
        'metric',
        `unknown metric "${metric}" (known: ${[...METRICS.keys(), RECORDED_METRIC].join(', ')})`,
      );
      continue;
    }
    const [field, , unit, kind] = spec;
    const givenUnit = r.cell('unit')?.trim() ?? '';
    if (givenUnit !== '' && givenUnit !== unit) r.fail('unit', `must be "${unit}" for ${metric}`);
    if (field in day.record) r.fail('metric', `${metric} is given twice for ${date}`);
    const value =
      kind === 'bool'
        ? r.bool('value')
        : kind === 'int'
          ? r.int('value')
          : kind === 'number'
            ? r.num('value')
            : r.text('value');
    if (value !== undefined) day.record[field] = value;
    if (day.fields) day.fields[field] = r.origin;
  }
  return [...days.values()];
}

function readQuestionnaires(table: CsvTable, errors: ImportIssue[]): Sourced[] {
  return table.rows.map((row) => {
    const r = new RowReader(table.file, row, errors);
    const cell = r.cell('answers') ?? '';
    const answers = cell
      .split(';')
      .map((a) => a.trim())
      .filter((a) => a !== '');
    if (answers.some((a) => !/^\d+$/.test(a)))
      r.fail('answers', `"${cell}" must be whole numbers separated by ;`);
    const record = defined({
      id: r.required('id'),
      instrument: r.required('instrument'),
      date: r.required('date'),
      answers: answers.map(Number),
    });
    const score = r.int('score');
    const band = r.text('band');
    if (score !== undefined || band) {
      try {
        const nums = record.answers as number[];
        const s = record.instrument === 'hit6' ? scoreHit6(nums) : scoreMidas(nums);
        const [total, grade] = 'total' in s ? [s.total, s.band] : [s.score, s.grade];
        if (score !== undefined && score !== total)
          r.fail('score', `is ${score}, but the answers score ${total}`);
        if (band && band !== grade) r.fail('band', `is "${band}", but the answers give "${grade}"`);
      } catch {
        // invalid answers are reported by validation
      }
    }
    return { record, origin: r.origin };
  });
}

function simple(
  table: CsvTable,
  errors: ImportIssue[],
  read: (r: RowReader) => Record<string, unknown>,
): Sourced[] {
  return table.rows.map((row) => {
    const r = new RowReader(table.file, row, errors);
    return { record: defined(read(r)), origin: r.origin };
  });
}

/**
 * Reads a set of own tables into a draft. `personZone` is the current profile's zone, used when
 * the set has no person table. Each table may appear once.
 */
export function readStillpointTables(
  tables: readonly { name: TableName; table: CsvTable }[],
  personZone: string,
): ImportDraft {
  const draft = emptyDraft(
    'stillpoint-csv',
    `Stillpoint CSV (${tables.map((t) => tableFile(t.name)).join(', ')})`,
  );
  draft.days = 'replace';
  const by = new Map<TableName, CsvTable>();
  for (const { name, table } of tables) {
    if (by.has(name))
      draft.errors.push({
        file: table.file,
        message: `a second ${tableFile(name)} table; give each table once`,
      });
    by.set(name, table);
  }
  const e = draft.errors;
  const personTable = by.get('person');
  if (personTable) draft.person = readPerson(personTable, e);
  const zone = draft.person?.timeZone ?? personZone;
  const attacks = by.get('attacks');
  if (attacks) {
    draft.records.attacks = readAttacks(
      { attacks, auras: by.get('auras'), readings: by.get('pain_readings') },
      zone,
      e,
    );
    draft.nested = { readings: by.has('pain_readings'), aura: by.has('auras') };
  } else {
    for (const orphan of ['auras', 'pain_readings'] as const) {
      const t = by.get(orphan);
      if (t)
        e.push({
          file: t.file,
          message: `${tableFile(orphan)} needs attacks.csv in the same import`,
        });
    }
  }
  const t = (name: TableName) => by.get(name);
  const medications = t('medications');
  if (medications) {
    draft.records.medications = simple(medications, e, (r) => ({
      id: r.required('id'),
      name: r.required('name'),
      class: r.required('class'),
      notes: r.text('notes'),
    }));
  }
  const intakes = t('intakes');
  if (intakes) draft.records.intakes = readIntakes(intakes, zone, e);
  const therapies = t('therapies');
  if (therapies) {
    draft.records.therapies = simple(therapies, e, (r) => ({
      id: r.required('id'),
      name: r.required('name'),
      kind: r.required('kind'),
      start: r.required('start'),
      end: r.nullable('end'),
      runInDays: r.int('run_in_days'),
      notes: r.text('notes'),
      plan: r.text('plan_start') === undefined ? undefined : readPlan(r),
    }));
  }
  const sessions = t('sessions');
  if (sessions) draft.records.sessions = readSessions(sessions, zone, e);
  const daily = t('daily');
  if (daily) draft.records.days = readDaily(daily, zone, e);
  const questionnaires = t('questionnaires');
  if (questionnaires) draft.records.questionnaires = readQuestionnaires(questionnaires, e);
  return draft;
}
