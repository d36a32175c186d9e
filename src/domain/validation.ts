import { z } from 'zod';
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

const compiledSchemas = new WeakMap<z.ZodType, z.ZodType>();

/**
 * `schema` with zod's generated fast path (`z.compile`), built once per schema on first use.
 *
 * Input the fast path accepts is checked and copied by straight-line code, several times faster
 * than the ordinary runtime (docs/architecture.md §5, measured in bench/README.md). Anything the
 * fast path does not accept is parsed again by zod's ordinary runtime, so refusals, their paths
 * and messages (and the error map) are exactly zod's own. A schema the compiler cannot model,
 * or a runtime that forbids generated code, keeps the ordinary parser. Refinements may run twice
 * on refused input, so they must be pure (ours are). `compiled-schemas.test.ts` checks that the
 * results equal the runtime's on every diary schema.
 */
export function compiled<S extends z.ZodType>(schema: S): S {
  let fast = compiledSchemas.get(schema);
  if (!fast) {
    try {
      fast = z.compile(schema);
    } catch {
      fast = schema;
    }
    compiledSchemas.set(schema, fast);
  }
  return fast as S;
}

/** `schema.safeParse` through its compiled fast path, with Stillpoint's plain messages. */
export function safeParse<S extends z.ZodType>(schema: S, value: unknown) {
  return compiled(schema).safeParse(value, { error: plainMessages });
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
  const result = safeParse(schema, value);
  if (result.success) return result.data;
  throw invalidInput(fieldIssues(result.error, prefix));
}
