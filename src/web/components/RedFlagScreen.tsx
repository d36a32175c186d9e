/**
 * The red-flag screen (SNNOOP10) for a new or different headache. Questions and advice come
 * from the clinical engine; any "yes" shows its advice at once, most urgent first.
 */
import { useState } from 'react';
import {
  ACTION_ADVICE,
  ACTION_ORDER,
  type RedFlagItem,
  SNNOOP10_SCREEN,
} from '../../domain/clinical/redflags/snnoop10.ts';
import type { Attack } from '../api/types.ts';
import { YesNo } from './Choices.tsx';
import { FieldError } from './FieldErrors.tsx';

type Flag = Attack['redFlags'][number];

/** Follow-up questions shown only after their parent answer. */
const FOLLOW_UP: Partial<Record<Flag, Flag>> = {
  systemic_severe: 'systemic',
  anticoagulated: 'post_traumatic',
};

function mostUrgent(items: readonly RedFlagItem[]): RedFlagItem | undefined {
  return [...items].sort(
    (a, b) => ACTION_ORDER.indexOf(a.action) - ACTION_ORDER.indexOf(b.action),
  )[0];
}

export function RedFlagScreen(props: { value: readonly Flag[]; onChange: (v: Flag[]) => void }) {
  const changed = props.value.includes('pattern_change');
  const [showAll, setShowAll] = useState(props.value.length > 0);
  const open = changed || showAll;
  const setFlag = (code: Flag, on: boolean) => {
    const rest = props.value.filter((f) => f !== code && (on || FOLLOW_UP[f] !== code));
    props.onChange(on ? [...rest, code] : rest);
  };
  const chosen = SNNOOP10_SCREEN.filter((i) => props.value.includes(i.code));
  const top = mostUrgent(chosen);
  const questions = SNNOOP10_SCREEN.filter((i) => {
    const parent = FOLLOW_UP[i.code];
    return i.code !== 'pattern_change' && (!parent || props.value.includes(parent));
  });
  return (
    <section id="red-flags" aria-labelledby="red-flags-title" tabIndex={-1}>
      <h2 id="red-flags-title">Warning signs</h2>
      <YesNo
        name="redFlags-change"
        legend="Is this a new headache, or clearly different from your usual ones?"
        value={changed ? true : showAll ? false : undefined}
        onChange={(v) => {
          setFlag('pattern_change', v === true);
          setShowAll(v !== undefined);
        }}
      />
      {top && (
        <div className="urgent" role="alert">
          <p>{ACTION_ADVICE[top.action]}</p>
          <p>A doctor should check for {top.concern}. This screen is not a diagnosis.</p>
        </div>
      )}
      {open && (
        <fieldset className="choices red-flag-list">
          <legend>Tick every one that applies to this headache</legend>
          {questions.map((item) => (
            <label key={item.code} className="check-row">
              <input
                type="checkbox"
                checked={props.value.includes(item.code)}
                onChange={(e) => setFlag(item.code, e.target.checked)}
              />
              <span>{item.question}</span>
            </label>
          ))}
        </fieldset>
      )}
      <FieldError name="redFlags" />
      <p className="hint">
        Not sure, or getting worse? Seek medical advice. Stillpoint cannot judge an emergency.
      </p>
    </section>
  );
}
