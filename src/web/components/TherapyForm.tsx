/** Start or edit a therapy course: name, kind, start and end day, run-in, notes. */
import type { ReactNode } from 'react';
import { THERAPY_KINDS } from '../../domain/diary/vocabulary.ts';
import type { Therapy } from '../api/types.ts';
import { saveRecord } from '../data/records.ts';
import { label } from '../lib/labels.ts';
import { useForm } from '../lib/use-form.ts';
import { NotesField, NumberField, SelectField, TextField } from './Fields.tsx';
import { Form } from './Form.tsx';

export function TherapyForm(props: {
  initial: Therapy;
  isNew: boolean;
  onSaved: (therapy: Therapy) => void;
  actions?: ReactNode;
}) {
  const form = useForm<Therapy>(props.initial);
  const t = form.values;
  const save = () =>
    form.submit(async (therapy) => {
      const outcome = await saveRecord('therapies', therapy.id, therapy, `Therapy ${therapy.name}`);
      props.onSaved(therapy);
      return outcome;
    });
  return (
    <Form
      label={props.isNew ? 'New therapy course' : 'Edit therapy course'}
      errors={form.errors}
      status={form.status}
      onSubmit={save}
      submitLabel={props.isNew ? 'Start course' : 'Save course'}
      actions={props.actions}
    >
      <section>
        <TextField
          name="name"
          label="Name"
          value={t.name}
          onChange={(v) => form.set('name', v ?? '')}
        />
        <SelectField
          name="kind"
          label="Kind"
          value={t.kind}
          options={THERAPY_KINDS.map((k) => ({ value: k, label: label(k) }))}
          onChange={(v) => form.set('kind', v as Therapy['kind'])}
        />
        <div className="grid-2">
          <TextField
            name="start"
            label="First day"
            type="date"
            value={t.start}
            onChange={(v) => form.set('start', v ?? '')}
          />
          <TextField
            name="end"
            label="Last day (empty while it goes on)"
            type="date"
            value={t.end ?? undefined}
            onChange={(v) => form.set('end', v ?? null)}
          />
        </div>
        <NumberField
          name="runInDays"
          label="Run-in days"
          hint="Days at the start not counted in the verdict, while the therapy takes effect."
          min={0}
          max={365}
          step={1}
          value={t.runInDays}
          onChange={(v) => form.set('runInDays', v)}
        />
        <NotesField
          name="notes"
          label="Notes"
          value={t.notes}
          onChange={(v) => form.set('notes', v)}
        />
      </section>
    </Form>
  );
}
