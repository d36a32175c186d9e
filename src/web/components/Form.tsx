/**
 * A form with an error summary (each problem links to its field), field errors by JSON path,
 * and a save status that says plainly whether the entry reached the server or waits on this
 * device. Nothing typed is cleared when a save fails.
 */
import type { FormEvent, ReactNode } from 'react';
import type { FieldIssue } from '../api/types.ts';
import type { FormStatus } from '../lib/use-form.ts';
import { FieldErrorsContext, fieldId } from './FieldErrors.tsx';

const STATUS_TEXT: Partial<Record<FormStatus, string>> = {
  saving: 'Saving…',
  saved: 'Saved.',
  queued: 'Saved on this device. It will be sent when the server is reachable.',
};

/** `readings[0].at` → "Readings 1 at", `peakPain` → "Peak pain". */
export function humanPath(field: string): string {
  const words = field
    .replace(/\[(\d+)\]/g, (_, n: string) => ` ${Number(n) + 1} `)
    .replace(/\./g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Focuses the input for `field`, or the closest enclosing one (`aura[0].type` → `aura`). */
function focusField(field: string): void {
  let path = field;
  while (path) {
    const element = document.getElementById(fieldId(path));
    if (element) {
      element.focus();
      element.scrollIntoView({ block: 'center' });
      return;
    }
    path = path.replace(/(\.[^.[]*|\[\d+\])$/, '');
  }
}

export interface FormProps {
  label: string;
  errors: readonly FieldIssue[];
  status: FormStatus;
  onSubmit: () => void;
  submitLabel: string;
  children: ReactNode;
  /** Extra buttons next to the submit button (delete, cancel). */
  actions?: ReactNode;
}

export function Form(props: FormProps) {
  const { errors, status } = props;
  const handle = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <form aria-label={props.label} onSubmit={handle} noValidate className="form">
      {errors.length > 0 && (
        <div className="error-summary" role="alert">
          <h2>Not saved yet</h2>
          <p>Everything you entered is still here. Please check:</p>
          <ul>
            {errors.map((issue) => (
              <li key={`${issue.field}:${issue.message}`}>
                {issue.field ? (
                  <a
                    href={`#${fieldId(issue.field)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      focusField(issue.field);
                    }}
                  >
                    {humanPath(issue.field)}: {issue.message}
                  </a>
                ) : (
                  issue.message
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <FieldErrorsContext.Provider value={errors}>{props.children}</FieldErrorsContext.Provider>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={status === 'saving'}>
          {props.submitLabel}
        </button>
        {props.actions}
      </div>
      <p className="form-status" role="status">
        {STATUS_TEXT[status] ?? ''}
      </p>
    </form>
  );
}
