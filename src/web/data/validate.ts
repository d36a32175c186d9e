/**
 * Client-side validation with the diary format's own zod schemas, loaded on demand (zod stays
 * out of the first screen). Field paths match the server's, so one error display serves both.
 */
import { RECORD_SCHEMAS } from '../../domain/diary/diary.schema.ts';
import { fieldIssues } from '../../domain/validation.ts';
import type { CollectionName, FieldIssue } from '../api/types.ts';

/** Every problem of a whole record of `collection`, as `{ field, message }`. */
export function recordIssues(collection: CollectionName, record: unknown): FieldIssue[] {
  const result = RECORD_SCHEMAS[collection].schema.safeParse(record);
  return result.success ? [] : fieldIssues(result.error);
}
