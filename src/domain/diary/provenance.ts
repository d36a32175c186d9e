/**
 * Where a record came from and what was not recorded there (diary format version 2).
 *
 * A record typed into Stillpoint has no `source`. A record imported from another app carries
 * one: the app, the file and line it came from, the raw row, the fields that app does not
 * record (`notRecorded`: unknown, never "absent") and the values Stillpoint had to assume to
 * place the record in time (`assumed`: the start of a headache the app dates only by day, the
 * end of one whose duration the app does not keep). The clinical engine reads both lists: an
 * unrecorded field makes a criterion "not assessable", and an assumed value is never evidence
 * (docs/interop.md §5).
 */
import { z } from 'zod';
import { text } from './primitives.ts';

/** Every feature an attack record has (what a source that records none of them leaves open). */
export const ATTACK_FEATURES = [
  'peakPain',
  'side',
  'regions',
  'quality',
  'worseWithActivity',
  'nausea',
  'vomiting',
  'photophobia',
  'phonophobia',
  'autonomic',
  'restless',
  'aura',
  'disability',
  'triggers',
] as const;

/**
 * Fields a source may leave unrecorded: the attack features, `time` (the time of day of a
 * start) and `duration` (how long it lasted: the end), an intake's `dose` and `relief`, and, on
 * a check-in, `attack` (whether there was a headache that day).
 */
export const RECORDABLE_FIELDS = [
  'time',
  'duration',
  ...ATTACK_FEATURES,
  'dose',
  'relief',
  'attack',
] as const;
export type RecordableField = (typeof RECORDABLE_FIELDS)[number];

/** One value Stillpoint assumed, with the reason shown to the person. */
export const assumptionSchema = z.strictObject({
  field: z.enum(['start', 'end', 'at', 'date', 'attackId', 'class', 'relief', 'recorded']),
  value: text(200),
  reason: text(400),
});

export const sourceSchema = z.strictObject({
  /** The app or layout: `bearable`, `migraine-buddy`, `apple-health`, `daylio`, `iheadache`, … */
  app: z.string().trim().min(1).max(60),
  file: text(300).optional(),
  /** 1-based line of the record in the file (its first line, for multi-line sources). */
  line: z.int().min(1).optional(),
  /** The source row as read, for the person and their doctor to check the mapping. */
  raw: text(4000).optional(),
  notRecorded: z
    .array(z.enum(RECORDABLE_FIELDS))
    .max(RECORDABLE_FIELDS.length)
    .refine((xs) => new Set(xs).size === xs.length, 'must not repeat a field')
    .default([]),
  assumed: z.array(assumptionSchema).max(10).default([]),
});

export type Source = z.infer<typeof sourceSchema>;
export type Assumption = z.infer<typeof assumptionSchema>;

/** True when `field` was not recorded by the record's source. */
export const notRecorded = (
  record: { source?: Source | undefined },
  field: RecordableField,
): boolean => record.source?.notRecorded.includes(field) === true;

/** The assumption about `field` of the record, if its value was assumed. */
export const assumedValue = (
  record: { source?: Source | undefined },
  field: Assumption['field'],
): Assumption | undefined => record.source?.assumed.find((a) => a.field === field);
