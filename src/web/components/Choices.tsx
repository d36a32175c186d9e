/**
 * Choice inputs drawn as large chips but built from native radios and checkboxes inside a
 * fieldset, so they work with keyboard and screen readers as they are.
 */
import type { ReactNode } from 'react';
import { FieldError, fieldId, useFieldError } from './FieldErrors.tsx';

export interface Option<V extends string | number> {
  value: V;
  label: string;
}

interface GroupProps {
  name: string;
  legend: string;
  hint?: string;
  className?: string;
}

function Group(props: GroupProps & { children: ReactNode }) {
  const error = useFieldError(props.name);
  const id = fieldId(props.name);
  return (
    <fieldset
      className={`choices ${props.className ?? ''} ${error ? 'has-error' : ''}`}
      id={id}
      tabIndex={-1}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{props.legend}</legend>
      {props.hint && <p className="hint">{props.hint}</p>}
      <div className="chips">{props.children}</div>
      <FieldError name={props.name} />
    </fieldset>
  );
}

/** One of several options, or none (`clearLabel` adds an explicit "not answered" chip). */
export function SingleChoice<V extends string | number>(
  props: GroupProps & {
    options: readonly Option<V>[];
    value: V | undefined;
    onChange: (value: V | undefined) => void;
    clearLabel?: string;
  },
) {
  const group = `${fieldId(props.name)}-radio`;
  return (
    <Group {...props}>
      {props.options.map((o) => (
        <label key={String(o.value)} className="chip">
          <input
            type="radio"
            name={group}
            checked={props.value === o.value}
            onChange={() => props.onChange(o.value)}
          />
          <span>{o.label}</span>
        </label>
      ))}
      {props.clearLabel && (
        <label className="chip quiet">
          <input
            type="radio"
            name={group}
            checked={props.value === undefined}
            onChange={() => props.onChange(undefined)}
          />
          <span>{props.clearLabel}</span>
        </label>
      )}
    </Group>
  );
}

/** Any number of options. */
export function MultiChoice<V extends string>(
  props: GroupProps & {
    options: readonly Option<V>[];
    value: readonly V[];
    onChange: (value: V[]) => void;
  },
) {
  const toggle = (v: V, on: boolean) =>
    props.onChange(on ? [...props.value, v] : props.value.filter((x) => x !== v));
  return (
    <Group {...props}>
      {props.options.map((o) => (
        <label key={o.value} className="chip">
          <input
            type="checkbox"
            checked={props.value.includes(o.value)}
            onChange={(e) => toggle(o.value, e.target.checked)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </Group>
  );
}

/** Yes / No / not answered, for the optional booleans of the diary. */
export function YesNo(
  props: GroupProps & { value: boolean | undefined; onChange: (v: boolean | undefined) => void },
) {
  const value = props.value === undefined ? undefined : props.value ? 'yes' : 'no';
  return (
    <SingleChoice
      {...props}
      className={`yes-no ${props.className ?? ''}`}
      options={[
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ]}
      value={value}
      clearLabel="Not sure"
      onChange={(v) => props.onChange(v === undefined ? undefined : v === 'yes')}
    />
  );
}

/** A 0–10 (or min–max) scale. */
export function Scale(
  props: GroupProps & {
    min?: number;
    max?: number;
    value: number | undefined;
    onChange: (v: number | undefined) => void;
    clearLabel?: string;
  },
) {
  const min = props.min ?? 0;
  const max = props.max ?? 10;
  const options = Array.from({ length: max - min + 1 }, (_, i) => ({
    value: min + i,
    label: String(min + i),
  }));
  return <SingleChoice {...props} className={`scale ${props.className ?? ''}`} options={options} />;
}
