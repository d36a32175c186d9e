/**
 * Client-side validation with the diary format's own zod schemas, loaded on demand (zod stays
 * out of the first screen). Field paths match the server's, so one error display serves both.
 */
import {
  attackSchema,
  daySchema,
  intakeSchema,
  medicationSchema,
  questionnaireSchema,
  sessionSchema,
  therapySchema,
} from '../../domain/diary/diary.schema.ts';
import { fieldIssues } from '../../domain/validation.ts';
import type { CollectionName, FieldIssue } from '../api/types.ts';

const SCHEMAS = {
  attacks: attackSchema,
  medications: medicationSchema,
  intakes: intakeSchema,
  days: daySchema,
  therapies: therapySchema,
  sessions: sessionSchema,
  questionnaires: questionnaireSchema,
} as const;

/** Every problem of a whole record of `collection`, as `{ field, message }`. */
export function recordIssues(collection: CollectionName, record: unknown): FieldIssue[] {
  const result = SCHEMAS[collection].safeParse(record);
  return result.success ? [] : fieldIssues(result.error);
}
