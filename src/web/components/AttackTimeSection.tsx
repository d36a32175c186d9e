/** When an attack started (now, 15/30/60 min ago or a chosen time) and whether it has ended. */
import { useState } from 'react';
import type { Attack } from '../api/types.ts';
import { fromLocalInput, minutesAgo, nowIso, toLocalInput } from '../lib/dates.ts';
import { SingleChoice } from './Choices.tsx';
import { Field } from './Fields.tsx';

const STARTS = [
  { value: 0, label: 'Now' },
  { value: 15, label: '15 min ago' },
  { value: 30, label: '30 min ago' },
  { value: 60, label: '1 h ago' },
];

function TimeInput(props: {
  name: string;
  label: string;
  value: string;
  set: (v: string) => void;
}) {
  return (
    <Field name={props.name} label={props.label}>
      {(a11y) => (
        <input
          {...a11y}
          type="datetime-local"
          value={toLocalInput(props.value)}
          onChange={(e) => {
            const iso = fromLocalInput(e.target.value);
            if (iso) props.set(iso);
          }}
        />
      )}
    </Field>
  );
}

export function AttackTimeSection(props: {
  attack: Attack;
  isNew: boolean;
  onChange: (patch: Partial<Attack>) => void;
}) {
  const { attack, onChange } = props;
  const [ago, setAgo] = useState<number>();
  return (
    <section aria-labelledby="when-title">
      <h2 id="when-title">When</h2>
      {props.isNew && (
        <SingleChoice
          name="startChoice"
          legend="It started"
          options={STARTS}
          value={ago}
          onChange={(m) => {
            setAgo(m);
            if (m !== undefined) onChange({ start: minutesAgo(m) });
          }}
        />
      )}
      <TimeInput
        name="start"
        label={props.isNew ? 'or at this time' : 'Started'}
        value={attack.start}
        set={(start) => {
          setAgo(undefined);
          onChange({ start });
        }}
      />
      <SingleChoice
        name="endChoice"
        legend="Has it ended?"
        options={[
          { value: 'ongoing', label: 'Still going' },
          { value: 'ended', label: 'It has ended' },
        ]}
        value={attack.end === null ? 'ongoing' : 'ended'}
        onChange={(v) => onChange({ end: v === 'ended' ? nowIso() : null })}
      />
      {attack.end !== null && (
        <TimeInput name="end" label="Ended" value={attack.end} set={(end) => onChange({ end })} />
      )}
    </section>
  );
}
