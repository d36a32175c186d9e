/**
 * Field errors of the surrounding form, by JSON path. A field shows the errors for its own path
 * and for anything inside it (`readings` shows `readings[0].at`).
 */
import { createContext, useContext } from 'react';
import type { FieldIssue } from '../api/types.ts';

export const FieldErrorsContext = createContext<readonly FieldIssue[]>([]);

/** True when an issue at `field` belongs to the input called `name`. */
export function belongsTo(field: string, name: string): boolean {
  return field === name || field.startsWith(`${name}.`) || field.startsWith(`${name}[`);
}

/** The error message(s) for the input called `name`, or undefined. */
export function useFieldError(name: string): string | undefined {
  const issues = useContext(FieldErrorsContext);
  const mine = issues.filter((i) => i.field !== '' && belongsTo(i.field, name));
  return mine.length ? mine.map((i) => i.message).join('; ') : undefined;
}

/** The DOM id of an input named by a JSON path. */
export const fieldId = (name: string) => `f-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** The error line under an input (rendered only when there is an error). */
export function FieldError({ name }: { name: string }) {
  const error = useFieldError(name);
  if (!error) return null;
  return (
    <p className="field-error" id={`${fieldId(name)}-error`}>
      {error}
    </p>
  );
}
