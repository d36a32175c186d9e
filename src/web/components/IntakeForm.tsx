/** One dose: which medication, when, how much, linked attack and relief after 2 hours. */
import { RELIEF } from '../../domain/diary/vocabulary.ts';
import type { Attack, Intake, Medication } from '../api/types.ts';
import { deleteRecord, saveRecord } from '../data/records.ts';
import { formatDateTime, fromLocalInput, toLocalInput } from '../lib/dates.ts';
import { label } from '../lib/labels.ts';
import { goBack } from '../lib/router.tsx';
import { useForm } from '../lib/use-form.ts';
import { SingleChoice } from './Choices.tsx';
import { DeleteButton } from './DeleteButton.tsx';
import { Field, NotesField, SelectField, TextField } from './Fields.tsx';
import { Form } from './Form.tsx';

export function IntakeForm(props: {
  initial: Intake;
  isNew: boolean;
  medications: readonly Medication[];
  attacks: readonly Attack[];
}) {
  const form = useForm<Intake>(props.initial);
  const i = form.values;
  const save = () =>
    form.submit(async (intake) => {
      const outcome = await saveRecord(
        'intakes',
        intake.id,
        intake,
        `Dose ${formatDateTime(intake.at)}`,
      );
      goBack('/medications');
      return outcome;
    });
  const remove = async () => {
    await deleteRecord('intakes', i.id, `Delete dose ${formatDateTime(i.at)}`);
    goBack('/medications');
  };
  return (
    <Form
      label={props.isNew ? 'Log a dose' : 'Edit dose'}
      errors={form.errors}
      status={form.status}
      onSubmit={save}
      submitLabel="Save dose"
      actions={!props.isNew && <DeleteButton what="dose" onDelete={remove} />}
    >
      <section>
        <SelectField
          name="medicationId"
          label="Medication"
          value={i.medicationId}
          options={props.medications.map((m) => ({ value: m.id, label: m.name }))}
          onChange={(v) => form.set('medicationId', v)}
        />
        <Field name="at" label="Taken at">
          {(a11y) => (
            <input
              {...a11y}
              type="datetime-local"
              value={toLocalInput(i.at)}
              onChange={(e) => {
                const at = fromLocalInput(e.target.value);
                if (at) form.set('at', at);
              }}
            />
          )}
        </Field>
        <TextField
          name="dose"
          label="Dose"
          hint="For example 50 mg"
          value={i.dose}
          onChange={(v) => form.set('dose', v)}
        />
        <SelectField
          name="attackId"
          label="For the attack"
          value={i.attackId ?? ''}
          options={[
            { value: '', label: 'Not linked to an attack' },
            ...props.attacks.map((a) => ({ value: a.id, label: formatDateTime(a.start) })),
          ]}
          onChange={(v) => form.set('attackId', v || null)}
        />
        <SingleChoice
          name="relief"
          legend="Relief after 2 hours"
          options={RELIEF.map((r) => ({ value: r, label: label(r) }))}
          value={i.relief}
          onChange={(v) => form.set('relief', v)}
          clearLabel="Not yet known"
        />
        <NotesField
          name="notes"
          label="Notes"
          value={i.notes}
          onChange={(v) => form.set('notes', v)}
        />
      </section>
    </Form>
  );
}
