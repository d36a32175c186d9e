/** Aura: none, or one entry per aura type with its duration, spread and features. */
import { AURA_TYPES } from '../../domain/diary/vocabulary.ts';
import type { Attack, Aura } from '../api/types.ts';
import { label } from '../lib/labels.ts';
import { YesNo } from './Choices.tsx';
import { NumberField, SelectField } from './Fields.tsx';

function AuraEntry(props: {
  index: number;
  aura: Aura;
  onChange: (aura: Aura) => void;
  onRemove: () => void;
}) {
  const { aura, index } = props;
  const name = (field: string) => `aura[${index}].${field}`;
  const set = (patch: Partial<Aura>) => props.onChange({ ...aura, ...patch });
  return (
    <div className="sub-card">
      <SelectField
        name={name('type')}
        label="Kind of aura"
        value={aura.type}
        options={AURA_TYPES.map((t) => ({ value: t, label: label(t) }))}
        onChange={(type) => set({ type: type as Aura['type'] })}
      />
      <div className="grid-2">
        <NumberField
          name={name('durationMinutes')}
          label="Lasted (minutes)"
          min={0}
          step={1}
          value={aura.durationMinutes}
          onChange={(durationMinutes) => set({ durationMinutes })}
        />
        <NumberField
          name={name('spreadMinutes')}
          label="Spread over (minutes)"
          min={0}
          step={1}
          value={aura.spreadMinutes}
          onChange={(spreadMinutes) => set({ spreadMinutes })}
        />
      </div>
      <YesNo
        name={name('positive')}
        legend="Flickering lights, zigzags or pins and needles"
        value={aura.positive}
        onChange={(positive) => set({ positive })}
      />
      <YesNo
        name={name('unilateral')}
        legend="On one side only"
        value={aura.unilateral}
        onChange={(unilateral) => set({ unilateral })}
      />
      <button type="button" className="button quiet" onClick={props.onRemove}>
        Remove this aura
      </button>
    </div>
  );
}

export function AuraSection(props: { attack: Attack; onChange: (patch: Partial<Attack>) => void }) {
  const { attack, onChange } = props;
  const setAura = (aura: Aura[]) => onChange({ aura });
  return (
    <section aria-labelledby="aura-title">
      <h2 id="aura-title">Aura</h2>
      <p className="hint">Seeing, feeling or speech changes before or during the headache.</p>
      {attack.aura.map((a, i) => (
        <AuraEntry
          // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id and keep their order
          key={i}
          index={i}
          aura={a}
          onChange={(next) => setAura(attack.aura.map((x, j) => (j === i ? next : x)))}
          onRemove={() => setAura(attack.aura.filter((_, j) => j !== i))}
        />
      ))}
      <button
        type="button"
        className="button"
        onClick={() => setAura([...attack.aura, { type: 'visual' }])}
      >
        {attack.aura.length ? 'Add another aura' : 'I had an aura'}
      </button>
      {attack.aura.length > 0 && (
        <NumberField
          name="auraToHeadacheMinutes"
          label="Minutes from aura to headache"
          hint="Leave empty when no headache followed."
          min={0}
          step={1}
          value={attack.auraToHeadacheMinutes ?? undefined}
          onChange={(m) => onChange({ auraToHeadacheMinutes: m ?? null })}
        />
      )}
    </section>
  );
}
