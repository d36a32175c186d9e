import type { z } from 'zod';
import { AppError, type FieldIssue } from './errors.ts';
import { plainMessages } from './messages.ts';

/** Renders path segments as a JSON path: `['attacks', 2, 'peakPain']` → `attacks[2].peakPain`. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out === '' ? String(s) : `.${String(s)}`;
  }
  return out;
}

/** Turns zod issues into field issues; an unknown key is reported at its own path. */
export function fieldIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({
          field: jsonPath([...prefix, ...issue.path, key]),
          message: `unknown field "${key}"`,
        });
      }
      continue;
    }
    const field = jsonPath([...prefix, ...issue.path]);
    out.push({ field: field || '(body)', message: issue.message });
  }
  return out;
}

/** One `AppError('invalid')` summarising every issue; the message names the first field. */
export function invalidInput(issues: FieldIssue[]): AppError {
  const first = issues[0] ?? { field: '(body)', message: 'is invalid' };
  const more =
    issues.length > 1
      ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})`
      : '';
  return new AppError('invalid', `${first.field}: ${first.message}${more}`, first.field, issues);
}

/**
 * Validates `value` with `schema`, returning the parsed value or throwing one
 * `AppError('invalid')` that lists every bad field by JSON path.
 */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  value: unknown,
  prefix: readonly PropertyKey[] = [],
): z.output<S> {
  const result = schema.safeParse(value, { error: plainMessages });
  if (result.success) return result.data;
  throw invalidInput(fieldIssues(result.error, prefix));
}
