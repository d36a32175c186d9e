/**
 * Stillpoint's own CSV export (docs/interop.md §4): one table per record type, columns in a fixed
 * order, instants as UTC plus local time plus IANA zone. Every diary field has a column (nested
 * lists — auras and pain readings — have their own tables keyed by attack id), so the tables
 * hold the whole diary and import back to an identical one (`read-tables.ts`).
 *
 * Derived columns (`tz` of intakes and sessions, the `*_local` times, `symptoms`, questionnaire
 * `score` and `band`) help people reading the file; the import checks them, never reads them.
 */
import type { Diary } from '../../diary/diary.schema.ts';
import { boolCell, type Cell, joinList, localCell, numCell } from './cells.ts';

export const TABLES = {
  person: ['time_zone', 'birth_date', 'prior_migraine_attacks', 'factors'],
  attacks: [
    'id',
    'start_utc',
    'end_utc',
    'tz',
    'tz_source',
    'start_local',
    'end_local',
    'peak_pain',
    'side',
    'regions',
    'quality',
    'worse_with_activity',
    'nausea',
    'vomiting',
    'photophobia',
    'phonophobia',
    'symptoms',
    'autonomic',
    'restless',
    'aura_to_headache_minutes',
    'disability',
    'triggers',
    'relief_measures',
    'red_flags',
    'notes',
  ],
  auras: ['attack_id', 'type', 'duration_minutes', 'spread_minutes', 'positive', 'unilateral'],
  pain_readings: ['attack_id', 'at_utc', 'tz', 'at_local', 'pain'],
  medications: ['id', 'name', 'class', 'notes'],
  intakes: [
    'id',
    'medication_id',
    'at_utc',
    'tz',
    'at_local',
    'dose',
    'attack_id',
    'relief',
    'notes',
  ],
  therapies: [
    'id',
    'name',
    'kind',
    'start',
    'end',
    'run_in_days',
    'notes',
    'plan_start',
    'plan_seed',
    'plan_pairs',
    'plan_period_days',
    'plan_washout_days',
    'plan_blindable',
    'plan_created_at',
  ],
  sessions: [
    'id',
    'therapy_id',
    'at_utc',
    'tz',
    'at_local',
    'duration_minutes',
    'hand_positions',
    'techniques',
    'pain_before',
    'pain_after',
    'sensations',
    'practitioner',
    'notes',
  ],
  daily: ['date_local', 'tz', 'metric', 'value', 'unit'],
  questionnaires: ['id', 'instrument', 'date', 'answers', 'score', 'band'],
} as const;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** The file name of a table inside an export (`attacks.csv`). */
export const tableFile = (name: TableName) => `${name}.csv`;

/** Daily check-in fields in the long `daily.csv`: field, metric name, unit, value kind. */
export const DAY_METRICS = [
  ['sleepHours', 'sleep_hours', 'h', 'number'],
  ['sleepQuality', 'sleep_quality', '1-5', 'int'],
  ['stress', 'stress', '0-10', 'int'],
  ['waterLiters', 'water_liters', 'L', 'number'],
  ['screenHours', 'screen_hours', 'h', 'number'],
  ['caffeineMg', 'caffeine_mg', 'mg', 'number'],
  ['alcoholUnits', 'alcohol_units', 'units', 'number'],
  ['mealsSkipped', 'meals_skipped', 'count', 'int'],
  ['menstruation', 'menstruation', '', 'bool'],
  ['neckTension', 'neck_tension', '0-10', 'int'],
  ['jawTension', 'jaw_tension', '0-10', 'int'],
  ['earlyWarning', 'early_warning', '', 'bool'],
  ['control', 'control', '0-10', 'int'],
  ['notes', 'notes', '', 'text'],
] as const;

/** Metric row written for a day that was filled in without any value. */
export const RECORDED_METRIC = 'recorded';

/** The attack symptoms summarised in the `symptoms` column, in this order. */
export const SYMPTOM_FIELDS = ['nausea', 'vomiting', 'photophobia', 'phonophobia'] as const;

/** Codes of the symptoms present (`true`), `;`-joined: the derived `symptoms` column. */
export function symptomSummary(a: Partial<Record<(typeof SYMPTOM_FIELDS)[number], boolean>>): Cell {
  return joinList(SYMPTOM_FIELDS.filter((f) => a[f] === true));
}

export type TableRows = Record<TableName, Cell[][]>;

type Row = Record<string, Cell>;

const ordered = (name: TableName, rows: Row[]): Cell[][] =>
  rows.map((row) => TABLES[name].map((column) => row[column] ?? null));

function attackRows(
  diary: Diary,
): Pick<Record<TableName, Row[]>, 'attacks' | 'auras' | 'pain_readings'> {
  const attacks: Row[] = [];
  const auras: Row[] = [];
  const readings: Row[] = [];
  for (const a of diary.attacks) {
    const tz = a.timeZone ?? diary.person.timeZone;
    attacks.push({
      id: a.id,
      start_utc: a.start,
      end_utc: a.end,
      tz,
      tz_source: a.timeZone === undefined ? 'profile' : 'attack',
      start_local: localCell(a.start, tz),
      end_local: localCell(a.end, tz),
      peak_pain: numCell(a.peakPain),
      side: a.side,
      regions: joinList(a.regions),
      quality: joinList(a.quality),
      worse_with_activity: boolCell(a.worseWithActivity),
      nausea: boolCell(a.nausea),
      vomiting: boolCell(a.vomiting),
      photophobia: boolCell(a.photophobia),
      phonophobia: boolCell(a.phonophobia),
      symptoms: symptomSummary(a),
      autonomic: joinList(a.autonomic),
      restless: boolCell(a.restless),
      aura_to_headache_minutes: numCell(a.auraToHeadacheMinutes),
      disability: numCell(a.disability),
      triggers: joinList(a.triggers),
      relief_measures: joinList(a.reliefMeasures),
      red_flags: joinList(a.redFlags),
      notes: a.notes ?? null,
    });
    for (const aura of a.aura) {
      auras.push({
        attack_id: a.id,
        type: aura.type,
        duration_minutes: numCell(aura.durationMinutes),
        spread_minutes: numCell(aura.spreadMinutes),
        positive: boolCell(aura.positive),
        unilateral: boolCell(aura.unilateral),
      });
    }
    for (const r of a.readings) {
      readings.push({
        attack_id: a.id,
        at_utc: r.at,
        tz,
        at_local: localCell(r.at, tz),
        pain: r.pain,
      });
    }
  }
  return { attacks, auras, pain_readings: readings };
}

function dailyRows(diary: Diary): Row[] {
  const rows: Row[] = [];
  const tz = diary.person.timeZone;
  for (const day of diary.days) {
    let filled = false;
    for (const [field, metric, unit, kind] of DAY_METRICS) {
      const value = day[field];
      if (value === undefined) continue;
      filled = true;
      const cell = kind === 'bool' ? String(value) : (value as string | number);
      rows.push({ date_local: day.date, tz, metric, value: cell, unit: unit === '' ? null : unit });
    }
    if (!filled)
      rows.push({ date_local: day.date, tz, metric: RECORDED_METRIC, value: 'true', unit: null });
  }
  return rows;
}

/**
 * Every table of a diary as rows of cells in column order. `scores` gives the derived score and
 * band of each questionnaire by id (from the clinical engine; blank when absent).
 */
export function diaryToTables(
  diary: Diary,
  scores: ReadonlyMap<string, { score: number; band: string }> = new Map(),
): TableRows {
  const tz = diary.person.timeZone;
  const p = diary.person;
  const rows: Record<TableName, Row[]> = {
    person: [
      {
        time_zone: p.timeZone,
        birth_date: p.birthDate ?? null,
        prior_migraine_attacks: numCell(p.priorMigraineAttacks),
        factors: joinList(p.factors),
      },
    ],
    ...attackRows(diary),
    medications: diary.medications.map((m) => ({
      id: m.id,
      name: m.name,
      class: m.class,
      notes: m.notes ?? null,
    })),
    intakes: diary.intakes.map((i) => ({
      id: i.id,
      medication_id: i.medicationId,
      at_utc: i.at,
      tz,
      at_local: localCell(i.at, tz),
      dose: i.dose ?? null,
      attack_id: i.attackId,
      relief: i.relief ?? null,
      notes: i.notes ?? null,
    })),
    therapies: diary.therapies.map((t) => ({
      id: t.id,
      name: t.name,
      kind: t.kind,
      start: t.start,
      end: t.end,
      run_in_days: numCell(t.runInDays),
      notes: t.notes ?? null,
      plan_start: t.plan?.start ?? null,
      plan_seed: numCell(t.plan?.seed),
      plan_pairs: numCell(t.plan?.pairs),
      plan_period_days: numCell(t.plan?.periodDays),
      plan_washout_days: numCell(t.plan?.washoutDays),
      plan_blindable: t.plan ? boolCell(t.plan.blindable) : null,
      plan_created_at: t.plan?.createdAt ?? null,
    })),
    sessions: diary.sessions.map((s) => ({
      id: s.id,
      therapy_id: s.therapyId,
      at_utc: s.at,
      tz,
      at_local: localCell(s.at, tz),
      duration_minutes: numCell(s.durationMinutes),
      hand_positions: joinList(s.handPositions),
      techniques: joinList(s.techniques),
      pain_before: numCell(s.painBefore),
      pain_after: numCell(s.painAfter),
      sensations: joinList(s.sensations),
      practitioner: s.practitioner ?? null,
      notes: s.notes ?? null,
    })),
    daily: dailyRows(diary),
    questionnaires: diary.questionnaires.map((q) => ({
      id: q.id,
      instrument: q.instrument,
      date: q.date,
      answers: q.answers.join(';'),
      score: scores.get(q.id)?.score ?? null,
      band: scores.get(q.id)?.band ?? null,
    })),
  };
  return Object.fromEntries(TABLE_NAMES.map((n) => [n, ordered(n, rows[n])])) as TableRows;
}
