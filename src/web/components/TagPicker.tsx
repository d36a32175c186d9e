/**
 * Tags from an open vocabulary (triggers, relief measures, techniques, sensations): common
 * suggestions as chips, plus the person's own words.
 */
import { useId, useState } from 'react';
import { label } from '../lib/labels.ts';
import { MultiChoice } from './Choices.tsx';

export function TagPicker(props: {
  name: string;
  legend: string;
  suggestions: readonly string[];
  value: readonly string[];
  onChange: (value: string[]) => void;
}) {
  const [draft, setDraft] = useState('');
  const inputId = useId();
  const known = [
    ...props.suggestions,
    ...props.value.filter((v) => !props.suggestions.includes(v)),
  ];
  const add = () => {
    const tag = draft.trim().toLowerCase().replace(/\s+/g, '_').slice(0, 60);
    if (tag && !props.value.includes(tag)) props.onChange([...props.value, tag]);
    setDraft('');
  };
  return (
    <div className="tag-picker">
      <MultiChoice
        name={props.name}
        legend={props.legend}
        options={known.map((v) => ({ value: v, label: label(v) }))}
        value={props.value}
        onChange={props.onChange}
      />
      <div className="inline-add">
        <label htmlFor={inputId} className="visually-hidden">
          Add your own ({props.legend.toLowerCase()})
        </label>
        <input
          id={inputId}
          value={draft}
          placeholder="Add your own"
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="button" onClick={add} disabled={!draft.trim()}>
          Add
        </button>
      </div>
    </div>
  );
}
