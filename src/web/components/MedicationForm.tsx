/** Add a medication to the person's list (name and class). */
import { MEDICATION_CLASSES } from '../../domain/diary/vocabulary.ts';
import type { Medication } from '../api/types.ts';
import { saveRecord } from '../data/records.ts';
import { newId } from '../lib/ids.ts';
import { label } from '../lib/labels.ts';
import { useForm } from '../lib/use-form.ts';
import { SelectField, TextField } from './Fields.tsx';
import { Form } from './Form.tsx';

const blank = (): Medication => ({ id: newId(), name: '', class: 'nonopioid_analgesic' });

export function MedicationForm({ onSaved }: { onSaved?: (m: Medication) => void }) {
  const form = useForm<Medication>(blank);
  const save = () =>
    form.submit(async (m) => {
      const outcome = await saveRecord('medications', m.id, m, `Medication ${m.name}`);
      form.setValues(blank);
      onSaved?.(m);
      return outcome;
    });
  return (
    <Form
      label="Add a medication"
      errors={form.errors}
      status={form.status}
      onSubmit={save}
      submitLabel="Add medication"
    >
      <div className="grid-2">
        <TextField
          name="name"
          label="Name"
          value={form.values.name}
          onChange={(v) => form.set('name', v ?? '')}
        />
        <SelectField
          name="class"
          label="Kind"
          value={form.values.class}
          options={MEDICATION_CLASSES.map((c) => ({ value: c, label: label(c) }))}
          onChange={(v) => form.set('class', v as Medication['class'])}
        />
      </div>
    </Form>
  );
}
