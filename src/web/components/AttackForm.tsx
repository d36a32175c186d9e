/**
 * Every field of an attack, in the order a person remembers it: when, pain and where, symptoms,
 * aura, impact, warning signs. Saving replaces the whole record (PUT by its id).
 */
import type { Attack } from '../api/types.ts';
import { deleteRecord, saveRecord } from '../data/records.ts';
import { formatDateTime, formatTime } from '../lib/dates.ts';
import { DISABILITY, RELIEF_SUGGESTIONS, TRIGGER_SUGGESTIONS } from '../lib/labels.ts';
import { goBack } from '../lib/router.tsx';
import { useForm } from '../lib/use-form.ts';
import { AttackSymptomsSection } from './AttackSymptomsSection.tsx';
import { AttackTimeSection } from './AttackTimeSection.tsx';
import { AuraSection } from './AuraSection.tsx';
import { SingleChoice } from './Choices.tsx';
import { DeleteButton } from './DeleteButton.tsx';
import { FieldError } from './FieldErrors.tsx';
import { NotesField } from './Fields.tsx';
import { Form } from './Form.tsx';
import { RedFlagScreen } from './RedFlagScreen.tsx';
import { TagPicker } from './TagPicker.tsx';

function Readings(props: { attack: Attack; onChange: (patch: Partial<Attack>) => void }) {
  const { readings } = props.attack;
  if (readings.length === 0) return null;
  return (
    <section aria-labelledby="readings-title">
      <h2 id="readings-title">Pain readings</h2>
      <ul className="entry-list">
        {readings.map((r) => (
          <li key={r.at} className="entry row">
            <span>
              {formatTime(r.at)}: pain {r.pain}
            </span>
            <button
              type="button"
              className="button quiet"
              aria-label={`Remove the reading at ${formatTime(r.at)}`}
              onClick={() => props.onChange({ readings: readings.filter((x) => x.at !== r.at) })}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <FieldError name="readings" />
    </section>
  );
}

export function AttackForm({ initial, isNew }: { initial: Attack; isNew: boolean }) {
  const form = useForm<Attack>(initial);
  const attack = form.values;
  const change = (patch: Partial<Attack>) => form.setValues((v) => ({ ...v, ...patch }));
  const save = () =>
    form.submit(async (a) => {
      const outcome = await saveRecord('attacks', a.id, a, `Attack of ${formatDateTime(a.start)}`);
      goBack('/');
      return outcome;
    });
  const remove = async () => {
    await deleteRecord('attacks', attack.id, `Delete attack of ${formatDateTime(attack.start)}`);
    goBack('/');
  };
  return (
    <Form
      label={isNew ? 'New attack' : 'Edit attack'}
      errors={form.errors}
      status={form.status}
      onSubmit={save}
      submitLabel={isNew ? 'Save attack' : 'Save changes'}
      actions={!isNew && <DeleteButton what="attack" onDelete={remove} />}
    >
      <AttackTimeSection attack={attack} isNew={isNew} onChange={change} />
      <AttackSymptomsSection attack={attack} onChange={change} />
      <AuraSection attack={attack} onChange={change} />
      <section aria-labelledby="impact-title">
        <h2 id="impact-title">Impact and causes</h2>
        <SingleChoice
          name="disability"
          legend="How much did it stop you?"
          options={DISABILITY.map((text, value) => ({ value, label: text }))}
          value={attack.disability}
          onChange={(disability) => change({ disability })}
          clearLabel="Not answered"
        />
        <TagPicker
          name="triggers"
          legend="Possible triggers"
          suggestions={TRIGGER_SUGGESTIONS}
          value={attack.triggers}
          onChange={(triggers) => change({ triggers })}
        />
        <TagPicker
          name="reliefMeasures"
          legend="What helped"
          suggestions={RELIEF_SUGGESTIONS}
          value={attack.reliefMeasures}
          onChange={(reliefMeasures) => change({ reliefMeasures })}
        />
        <NotesField
          name="notes"
          label="Notes"
          value={attack.notes}
          onChange={(notes) => change({ notes })}
        />
      </section>
      <Readings attack={attack} onChange={change} />
      <RedFlagScreen value={attack.redFlags} onChange={(redFlags) => change({ redFlags })} />
    </Form>
  );
}
