/** The person: time zone (days are counted in it), birth date and earlier migraine history. */
import { PERSON_FACTORS } from '../../domain/diary/vocabulary.ts';
import { PERSON_PATH, putPerson } from '../api/client.ts';
import type { Person } from '../api/types.ts';
import { emitChange } from '../data/changes.ts';
import { useQuery } from '../data/use-query.ts';
import { deviceTimeZone } from '../lib/dates.ts';
import { label } from '../lib/labels.ts';
import { useForm } from '../lib/use-form.ts';
import { MultiChoice } from './Choices.tsx';
import { Field, NumberField, TextField } from './Fields.tsx';
import { Form } from './Form.tsx';

const ZONES: readonly string[] =
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

function PersonEditor({ initial }: { initial: Person }) {
  const form = useForm<Person>(initial);
  const p = form.values;
  const device = deviceTimeZone();
  const save = () =>
    form.submit(async (person) => {
      await putPerson(person);
      emitChange('all');
      return 'saved';
    });
  return (
    <Form
      label="About you"
      errors={form.errors}
      status={form.status}
      onSubmit={save}
      submitLabel="Save"
    >
      <Field name="timeZone" label="Time zone" hint="Headache days are counted in this zone.">
        {(a11y) => (
          <>
            <input
              {...a11y}
              list="time-zones"
              value={p.timeZone}
              onChange={(e) => form.set('timeZone', e.target.value)}
            />
            <datalist id="time-zones">
              {ZONES.map((z) => (
                <option key={z} value={z} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      {p.timeZone !== device && (
        <button type="button" className="button quiet" onClick={() => form.set('timeZone', device)}>
          Use this device’s zone ({device})
        </button>
      )}
      <div className="grid-2">
        <TextField
          name="birthDate"
          label="Birth date"
          hint="Used for the age warning sign."
          type="date"
          value={p.birthDate}
          onChange={(v) => form.set('birthDate', v)}
        />
        <NumberField
          name="priorMigraineAttacks"
          label="Migraine attacks before this diary"
          min={0}
          step={1}
          value={p.priorMigraineAttacks}
          onChange={(v) => form.set('priorMigraineAttacks', v)}
        />
      </div>
      <MultiChoice
        name="factors"
        legend="What may play a part for you"
        options={PERSON_FACTORS.map((f) => ({ value: f, label: label(f) }))}
        value={p.factors}
        onChange={(v) => form.set('factors', v)}
      />
    </Form>
  );
}

export function PersonForm() {
  const person = useQuery<Person>(PERSON_PATH, ['all']);
  if (!person.data)
    return <p className="loading">{person.error ? person.error.message : 'Loading…'}</p>;
  return <PersonEditor key={JSON.stringify(person.data)} initial={person.data} />;
}
