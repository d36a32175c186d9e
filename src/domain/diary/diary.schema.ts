/**
 * The portable diary format `stillpoint.diary` version 2 (`docs/product.md` §4), as zod schemas.
 *
 * Each entity has a *shape* (a strict object: unknown fields are refused) and a *record* schema
 * (the shape plus cross-field rules). Shapes are exported separately because PATCH bodies are
 * partial shapes, and zod cannot make a refined object partial.
 */
import { z } from 'zod';
import { ABAB_LIMITS, MIN_ANALYSED_DAYS } from '../verdict/abab-limits.ts';
import { COLLECTIONS, type Collection, type RECORD_FACTS } from './collections.ts';
import { diaryIntegrityIssues } from './integrity.ts';
import {
  enumSet,
  instant,
  intIn,
  line,
  localDate,
  name,
  numIn,
  recordId,
  tagSet,
  text,
  timeZone,
} from './primitives.ts';
import { sourceSchema } from './provenance.ts';
import { upgradeDiary } from './upgrade.ts';
import {
  AURA_TYPES,
  AUTONOMIC,
  HAND_POSITIONS,
  INSTRUMENTS,
  MEDICATION_CLASSES,
  PERSON_FACTORS,
  QUALITIES,
  RED_FLAGS,
  REGIONS,
  RELIEF,
  SIDES,
  THERAPY_KINDS,
} from './vocabulary.ts';

const pain = intIn(0, 10);
const scale10 = intIn(0, 10);
const minutes = intIn(0, 60 * 24 * 14);

export const personShape = z.strictObject({
  timeZone,
  birthDate: localDate.optional(),
  priorMigraineAttacks: intIn(0, 100000).optional(),
  factors: enumSet(PERSON_FACTORS).default([]),
});
export const personSchema = personShape;

export const painReadingSchema = z.strictObject({ at: instant, pain });

export const auraSchema = z.strictObject({
  type: z.enum(AURA_TYPES),
  durationMinutes: minutes.optional(),
  spreadMinutes: minutes.optional(),
  positive: z.boolean().optional(),
  unilateral: z.boolean().optional(),
});

export const attackShape = z.strictObject({
  id: recordId,
  start: instant,
  end: instant.nullable().default(null),
  timeZone: timeZone.optional(),
  peakPain: pain.optional(),
  side: z.enum(SIDES).nullable().default(null),
  regions: enumSet(REGIONS).default([]),
  quality: enumSet(QUALITIES).default([]),
  worseWithActivity: z.boolean().optional(),
  nausea: z.boolean().optional(),
  vomiting: z.boolean().optional(),
  photophobia: z.boolean().optional(),
  phonophobia: z.boolean().optional(),
  autonomic: enumSet(AUTONOMIC).default([]),
  restless: z.boolean().optional(),
  aura: z.array(auraSchema).max(12).default([]),
  auraToHeadacheMinutes: minutes.nullable().default(null),
  disability: intIn(0, 3).optional(),
  triggers: tagSet.default([]),
  reliefMeasures: tagSet.default([]),
  redFlags: enumSet(RED_FLAGS).default([]),
  readings: z.array(painReadingSchema).max(500).default([]),
  notes: text(5000).optional(),
  source: sourceSchema.optional(),
});

export const attackSchema = attackShape.superRefine((a, ctx) => {
  if (a.end !== null && a.end < a.start) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'must not be before start' });
  }
  a.readings.forEach((r, i) => {
    if (r.at < a.start || (a.end !== null && r.at > a.end)) {
      ctx.addIssue({
        code: 'custom',
        path: ['readings', i, 'at'],
        message: 'must lie between the attack start and end',
      });
    }
  });
  const highest = Math.max(-1, ...a.readings.map((r) => r.pain));
  if (a.peakPain !== undefined && highest > a.peakPain) {
    ctx.addIssue({
      code: 'custom',
      path: ['peakPain'],
      message: `must be at least the highest pain reading (${highest})`,
    });
  }
});

export const medicationShape = z.strictObject({
  id: recordId,
  name: name(120),
  class: z.enum(MEDICATION_CLASSES),
  notes: text(2000).optional(),
  source: sourceSchema.optional(),
});
export const medicationSchema = medicationShape;

export const intakeShape = z.strictObject({
  id: recordId,
  medicationId: recordId,
  at: instant,
  dose: line(60).optional(),
  attackId: recordId.nullable().default(null),
  relief: z.enum(RELIEF).optional(),
  notes: text(2000).optional(),
  source: sourceSchema.optional(),
});
export const intakeSchema = intakeShape;

export const dayShape = z.strictObject({
  date: localDate,
  sleepHours: numIn(0, 24).optional(),
  sleepQuality: intIn(1, 5).optional(),
  stress: scale10.optional(),
  waterLiters: numIn(0, 20).optional(),
  screenHours: numIn(0, 24).optional(),
  caffeineMg: numIn(0, 5000).optional(),
  alcoholUnits: numIn(0, 50).optional(),
  mealsSkipped: intIn(0, 10).optional(),
  menstruation: z.boolean().optional(),
  neckTension: scale10.optional(),
  jawTension: scale10.optional(),
  earlyWarning: z.boolean().optional(),
  control: scale10.optional(),
  notes: text(5000).optional(),
  source: sourceSchema.optional(),
});
export const daySchema = dayShape;

/**
 * A randomised ABAB plan fixed before data collection (docs/clinical-rules.md §8.5). Only the
 * inputs are stored: the periods and the random order follow from them deterministically, so the
 * stored plan cannot drift from what was shown when it was made.
 */
export const ababPlanShape = z.strictObject({
  seed: z.int().min(0).max(0xffffffff),
  start: localDate,
  pairs: intIn(ABAB_LIMITS.pairs.min, ABAB_LIMITS.pairs.max),
  periodDays: intIn(ABAB_LIMITS.periodDays.min, ABAB_LIMITS.periodDays.max),
  washoutDays: intIn(ABAB_LIMITS.washoutDays.min, ABAB_LIMITS.washoutDays.max),
  blindable: z.boolean(),
  createdAt: instant,
});
export const ababPlanSchema = ababPlanShape.superRefine((p, ctx) => {
  if (p.periodDays - p.washoutDays < MIN_ANALYSED_DAYS) {
    ctx.addIssue({
      code: 'custom',
      path: ['washoutDays'],
      message: `must leave at least ${MIN_ANALYSED_DAYS} analysed days per period`,
    });
  }
});

export const therapyShape = z.strictObject({
  id: recordId,
  name: name(120),
  kind: z.enum(THERAPY_KINDS),
  start: localDate,
  end: localDate.nullable().default(null),
  runInDays: intIn(0, 365).optional(),
  notes: text(5000).optional(),
  plan: ababPlanSchema.optional(),
});
export const therapySchema = therapyShape.superRefine((t, ctx) => {
  if (t.end !== null && t.end < t.start) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'must not be before start' });
  }
});

export const sessionShape = z.strictObject({
  id: recordId,
  therapyId: recordId,
  at: instant,
  durationMinutes: intIn(1, 600).optional(),
  handPositions: enumSet(HAND_POSITIONS).default([]),
  techniques: tagSet.default([]),
  painBefore: pain.optional(),
  painAfter: pain.optional(),
  sensations: tagSet.default([]),
  practitioner: line(120).optional(),
  notes: text(5000).optional(),
});
export const sessionSchema = sessionShape;

export const questionnaireShape = z.strictObject({
  id: recordId,
  instrument: z.enum(INSTRUMENTS),
  date: localDate,
  answers: z.array(z.int().min(0).max(92)).min(6).max(7),
});

/** Largest day count a MIDAS item may hold (3-month recall; docs/clinical-rules.md §5.1). */
export const MIDAS_MAX_DAYS = 92;

export const questionnaireSchema = questionnaireShape.superRefine((q, ctx) => {
  const issue = (message: string, index?: number) =>
    ctx.addIssue({
      code: 'custom',
      path: index === undefined ? ['answers'] : ['answers', index],
      message,
    });
  if (q.instrument === 'hit6') {
    if (q.answers.length !== 6) return issue('HIT-6 needs exactly six answers (codes 1–5)');
    q.answers.forEach((a, i) => {
      if (a < 1 || a > 5) issue('HIT-6 answers are codes 1 (never) to 5 (always)', i);
    });
    return;
  }
  if (q.answers.length !== 7) return issue('MIDAS needs seven answers: Q1–Q5, A and B');
  const [q1 = 0, q2 = 0, q3 = 0, q4 = 0, , , b = 0] = q.answers;
  if (b > 10) issue('MIDAS item B (average pain) is 0–10', 6);
  if (q1 + q2 > MIDAS_MAX_DAYS) issue(`MIDAS Q1 + Q2 cannot exceed ${MIDAS_MAX_DAYS} days`, 1);
  if (q3 + q4 > MIDAS_MAX_DAYS) issue(`MIDAS Q3 + Q4 cannot exceed ${MIDAS_MAX_DAYS} days`, 3);
});

export const DIARY_FORMAT = 'stillpoint.diary';
/**
 * Version 2 adds `source` (where an imported record came from, what that source does not
 * record and what was assumed: `provenance.ts`). Version-1 documents are read and upgraded
 * losslessly (`upgrade.ts`); documents are written as version 2.
 */
export const DIARY_VERSION = 2;

/**
 * Each collection's record shape (its fields; PATCH bodies are partial shapes) and record schema
 * (the shape plus its cross-field rules). The compiler checks every field that
 * `collections.ts` names (keys, times, references, storage names) against the shape.
 */
export const RECORD_SCHEMAS = {
  days: { shape: dayShape, schema: daySchema },
  attacks: { shape: attackShape, schema: attackSchema },
  medications: { shape: medicationShape, schema: medicationSchema },
  intakes: { shape: intakeShape, schema: intakeSchema },
  therapies: { shape: therapyShape, schema: therapySchema },
  sessions: { shape: sessionShape, schema: sessionSchema },
  questionnaires: { shape: questionnaireShape, schema: questionnaireSchema },
} satisfies { [C in Collection]: RecordSchemas<C> };

type RecordSchemaMap = typeof RECORD_SCHEMAS;

/** The record type of a collection: `RecordOf<'attacks'>` is `Attack`. */
export type RecordOf<C extends Collection> = z.output<RecordSchemaMap[C]['schema']>;

/** The diary's collections: each a list of its records, empty when absent. */
const collectionLists = Object.fromEntries(
  COLLECTIONS.map((c) => [c, z.array(RECORD_SCHEMAS[c].schema).default([])]),
) as { [C in Collection]: z.ZodDefault<z.ZodArray<RecordSchemaMap[C]['schema']>> };

export const diaryShape = z.strictObject({
  format: z.literal(DIARY_FORMAT),
  version: z.literal([1, DIARY_VERSION]),
  person: personSchema,
  ...collectionLists,
});

export type Person = z.infer<typeof personSchema>;
export type PainReading = z.infer<typeof painReadingSchema>;
export type Aura = z.infer<typeof auraSchema>;
export type Attack = z.infer<typeof attackSchema>;
export type Medication = z.infer<typeof medicationSchema>;
export type Intake = z.infer<typeof intakeSchema>;
export type Day = z.infer<typeof daySchema>;
export type Therapy = z.infer<typeof therapySchema>;
export type Session = z.infer<typeof sessionSchema>;
export type StoredAbabPlan = z.infer<typeof ababPlanSchema>;
export type Questionnaire = z.infer<typeof questionnaireSchema>;
export type Diary = z.infer<typeof diaryShape>;

/** Every field a collection's facts name (key, time, references, fixed fields, storage names). */
type NamedFields<F> =
  | (F extends { key: infer K } ? K : never)
  | (F extends { time: infer T }
      ? T extends { field: infer X }
        ? X
        : T extends { start: infer S; end: infer E }
          ? S | E
          : T extends { order: infer O }
            ? O
            : never
      : never)
  | (F extends { references: infer R } ? keyof R : never)
  | (F extends { fixedOnceSet: readonly (infer X)[] } ? X : never)
  | (F extends { columns: infer C } ? keyof C : never);

/** What a collection's schemas must be: an object shape with every field its facts name. */
interface RecordSchemas<C extends Collection> {
  shape: z.ZodObject & { shape: Record<NamedFields<(typeof RECORD_FACTS)[C]> & string, z.ZodType> };
  schema: z.ZodType;
}

/**
 * A whole diary document: every record valid on its own, plus the cross-record rules of
 * `diaryIntegrityIssues` (unique keys, resolvable references).
 */
export const diarySchema = diaryShape
  .superRefine((diary, ctx) => {
    for (const issue of diaryIntegrityIssues(diary)) {
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }
  })
  .transform(upgradeDiary);
