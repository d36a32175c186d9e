/**
 * Labelled inputs wired to the form's field errors: text, number (empty = not answered),
 * date/time, select and notes.
 */
import type { ReactNode } from 'react';
import { FieldError, fieldId, useFieldError } from './FieldErrors.tsx';

interface ShellProps {
  name: string;
  label: string;
  hint?: string;
  children: (a11y: {
    id: string;
    name: string;
    'aria-invalid': boolean;
    'aria-describedby': string | undefined;
  }) => ReactNode;
}

/** Label, hint and error around one input. */
export function Field({ name, label, hint, children }: ShellProps) {
  const id = fieldId(name);
  const error = useFieldError(name);
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children({
        id,
        name,
        'aria-invalid': Boolean(error),
        'aria-describedby': described.length ? described.join(' ') : undefined,
      })}
      <FieldError name={name} />
    </div>
  );
}

interface ValueProps<V> {
  name: string;
  label: string;
  hint?: string;
  value: V;
  onChange: (value: V) => void;
}

export function TextField(props: ValueProps<string | undefined> & { type?: string }) {
  return (
    <Field name={props.name} label={props.label} hint={props.hint}>
      {(a11y) => (
        <input
          {...a11y}
          type={props.type ?? 'text'}
          value={props.value ?? ''}
          onChange={(e) => props.onChange(e.target.value === '' ? undefined : e.target.value)}
        />
      )}
    </Field>
  );
}

export function NumberField(
  props: ValueProps<number | undefined> & { min?: number; max?: number; step?: number },
) {
  return (
    <Field name={props.name} label={props.label} hint={props.hint}>
      {(a11y) => (
        <input
          {...a11y}
          type="number"
          inputMode="decimal"
          min={props.min}
          max={props.max}
          step={props.step ?? 'any'}
          value={props.value ?? ''}
          onChange={(e) =>
            props.onChange(e.target.value === '' ? undefined : Number(e.target.value))
          }
        />
      )}
    </Field>
  );
}

export function SelectField(
  props: ValueProps<string> & { options: readonly { value: string; label: string }[] },
) {
  return (
    <Field name={props.name} label={props.label} hint={props.hint}>
      {(a11y) => (
        <select {...a11y} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function NotesField(props: ValueProps<string | undefined>) {
  return (
    <Field name={props.name} label={props.label} hint={props.hint}>
      {(a11y) => (
        <textarea
          {...a11y}
          rows={3}
          value={props.value ?? ''}
          onChange={(e) => props.onChange(e.target.value === '' ? undefined : e.target.value)}
        />
      )}
    </Field>
  );
}
