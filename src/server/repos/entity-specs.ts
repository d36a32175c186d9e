import {
  attackSchema,
  attackShape,
  daySchema,
  dayShape,
  intakeSchema,
  intakeShape,
  medicationSchema,
  medicationShape,
  questionnaireSchema,
  questionnaireShape,
  sessionSchema,
  sessionShape,
  therapySchema,
  therapyShape,
} from '../../domain/diary/diary.schema.ts';
import { columns, type EntityName, type EntitySpec } from './entity-spec.ts';

export const attackSpec: EntitySpec = {
  name: 'attack',
  plural: 'attacks',
  table: 'attacks',
  key: 'id',
  keyColumn: 'id',
  schema: attackSchema,
  shape: attackShape,
  columns: columns(
    {
      id: 'text',
      start: 'text',
      end: 'text?',
      timeZone: 'text',
      peakPain: 'number',
      side: 'text?',
      regions: 'json',
      quality: 'json',
      worseWithActivity: 'bool',
      nausea: 'bool',
      vomiting: 'bool',
      photophobia: 'bool',
      phonophobia: 'bool',
      autonomic: 'json',
      restless: 'bool',
      aura: 'json',
      auraToHeadacheMinutes: 'number?',
      disability: 'number',
      triggers: 'json',
      reliefMeasures: 'json',
      redFlags: 'json',
      readings: 'json',
      notes: 'text',
      source: 'object',
    },
    { start: 'start_at', end: 'end_at' },
  ),
  range: { kind: 'instant-overlap', start: 'start_at', end: 'end_at' },
  orderBy: 'start_at',
  references: [],
};

export const medicationSpec: EntitySpec = {
  name: 'medication',
  plural: 'medications',
  table: 'medications',
  key: 'id',
  keyColumn: 'id',
  schema: medicationSchema,
  shape: medicationShape,
  columns: columns({ id: 'text', name: 'text', class: 'text', notes: 'text', source: 'object' }),
  range: { kind: 'none' },
  orderBy: 'name',
  references: [],
};

export const intakeSpec: EntitySpec = {
  name: 'intake',
  plural: 'intakes',
  table: 'intakes',
  key: 'id',
  keyColumn: 'id',
  schema: intakeSchema,
  shape: intakeShape,
  columns: columns({
    id: 'text',
    medicationId: 'text',
    at: 'text',
    dose: 'text',
    attackId: 'text?',
    relief: 'text',
    notes: 'text',
    source: 'object',
  }),
  range: { kind: 'instant', column: 'at' },
  orderBy: 'at',
  references: [
    { field: 'medicationId', entity: 'medication' },
    { field: 'attackId', entity: 'attack' },
  ],
};

export const daySpec: EntitySpec = {
  name: 'day',
  plural: 'days',
  table: 'days',
  key: 'date',
  keyColumn: 'date',
  schema: daySchema,
  shape: dayShape,
  columns: columns({
    date: 'text',
    sleepHours: 'number',
    sleepQuality: 'number',
    stress: 'number',
    waterLiters: 'number',
    screenHours: 'number',
    caffeineMg: 'number',
    alcoholUnits: 'number',
    mealsSkipped: 'number',
    menstruation: 'bool',
    neckTension: 'number',
    jawTension: 'number',
    earlyWarning: 'bool',
    control: 'number',
    notes: 'text',
    source: 'object',
  }),
  range: { kind: 'date', column: 'date' },
  orderBy: 'date',
  references: [],
};

export const therapySpec: EntitySpec = {
  name: 'therapy',
  plural: 'therapies',
  table: 'therapies',
  key: 'id',
  keyColumn: 'id',
  schema: therapySchema,
  shape: therapyShape,
  columns: columns(
    {
      id: 'text',
      name: 'text',
      kind: 'text',
      start: 'text',
      end: 'text?',
      runInDays: 'number',
      notes: 'text',
      plan: 'object',
    },
    { start: 'start_date', end: 'end_date' },
  ),
  range: { kind: 'date-overlap', start: 'start_date', end: 'end_date' },
  orderBy: 'start_date',
  fixedOnceSet: ['plan'],
  references: [],
};

export const sessionSpec: EntitySpec = {
  name: 'session',
  plural: 'sessions',
  table: 'sessions',
  key: 'id',
  keyColumn: 'id',
  schema: sessionSchema,
  shape: sessionShape,
  columns: columns({
    id: 'text',
    therapyId: 'text',
    at: 'text',
    durationMinutes: 'number',
    handPositions: 'json',
    techniques: 'json',
    painBefore: 'number',
    painAfter: 'number',
    sensations: 'json',
    practitioner: 'text',
    notes: 'text',
  }),
  range: { kind: 'instant', column: 'at' },
  orderBy: 'at',
  references: [{ field: 'therapyId', entity: 'therapy' }],
};

export const questionnaireSpec: EntitySpec = {
  name: 'questionnaire',
  plural: 'questionnaires',
  table: 'questionnaires',
  key: 'id',
  keyColumn: 'id',
  schema: questionnaireSchema,
  shape: questionnaireShape,
  columns: columns({ id: 'text', instrument: 'text', date: 'text', answers: 'json' }),
  range: { kind: 'date', column: 'date' },
  orderBy: 'date',
  references: [],
};

/**
 * All entity specs in dependency order: a record's references come earlier in the list, so
 * inserting in this order (and deleting in reverse) never violates a foreign key.
 */
export const ENTITY_SPECS: readonly EntitySpec[] = [
  attackSpec,
  medicationSpec,
  intakeSpec,
  daySpec,
  therapySpec,
  sessionSpec,
  questionnaireSpec,
];

export const specByName = (name: EntityName): EntitySpec => {
  const spec = ENTITY_SPECS.find((s) => s.name === name);
  if (!spec) throw new Error(`unknown entity ${name}`);
  return spec;
};
