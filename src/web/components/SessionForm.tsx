/**
 * A therapy session (CST, massage, …): when, how long, the body chart of hand positions,
 * techniques, sensations and pain before/after.
 */
import type { Session, Therapy } from '../api/types.ts';
import { deleteRecord, saveRecord } from '../data/records.ts';
import { formatDateTime, fromLocalInput, toLocalInput } from '../lib/dates.ts';
import { SENSATION_SUGGESTIONS, TECHNIQUE_SUGGESTIONS } from '../lib/labels.ts';
import { goBack } from '../lib/router.tsx';
import { useForm } from '../lib/use-form.ts';
import { BodyChart } from './BodyChart.tsx';
import { Scale } from './Choices.tsx';
import { DeleteButton } from './DeleteButton.tsx';
import { Field, NotesField, NumberField, SelectField, TextField } from './Fields.tsx';
import { Form } from './Form.tsx';
import { TagPicker } from './TagPicker.tsx';

export function SessionForm(props: {
  initial: Session;
  isNew: boolean;
  therapies: readonly Therapy[];
}) {
  const form = useForm<Session>(props.initial);
  const s = form.values;
  const handsOn = ['craniosacral', 'massage', 'physiotherapy', 'acupuncture', 'other'].includes(
    props.therapies.find((t) => t.id === s.therapyId)?.kind ?? 'other',
  );
  const save = () =>
    form.submit(async (session) => {
      const outcome = await saveRecord(
        'sessions',
        session.id,
        session,
        `Session ${formatDateTime(session.at)}`,
      );
      goBack(`/therapy/${session.therapyId}`);
      return outcome;
    });
  const remove = async () => {
    await deleteRecord('sessions', s.id, `Delete session ${formatDateTime(s.at)}`);
    goBack(`/therapy/${s.therapyId}`);
  };
  return (
    <Form
      label={props.isNew ? 'New session' : 'Edit session'}
      errors={form.errors}
      status={form.status}
      onSubmit={save}
      submitLabel="Save session"
      actions={!props.isNew && <DeleteButton what="session" onDelete={remove} />}
    >
      <section aria-labelledby="session-when">
        <h2 id="session-when">Session</h2>
        <SelectField
          name="therapyId"
          label="Course"
          value={s.therapyId}
          options={props.therapies.map((t) => ({ value: t.id, label: t.name }))}
          onChange={(v) => form.set('therapyId', v)}
        />
        <Field name="at" label="When">
          {(a11y) => (
            <input
              {...a11y}
              type="datetime-local"
              value={toLocalInput(s.at)}
              onChange={(e) => {
                const at = fromLocalInput(e.target.value);
                if (at) form.set('at', at);
              }}
            />
          )}
        </Field>
        <div className="grid-2">
          <NumberField
            name="durationMinutes"
            label="Minutes"
            min={1}
            max={600}
            step={5}
            value={s.durationMinutes}
            onChange={(v) => form.set('durationMinutes', v)}
          />
          <TextField
            name="practitioner"
            label="Practitioner"
            value={s.practitioner}
            onChange={(v) => form.set('practitioner', v)}
          />
        </div>
      </section>
      <section aria-labelledby="session-pain">
        <h2 id="session-pain">Pain</h2>
        <Scale
          name="painBefore"
          legend="Pain before (0–10)"
          value={s.painBefore}
          onChange={(v) => form.set('painBefore', v)}
          clearLabel="Not rated"
        />
        <Scale
          name="painAfter"
          legend="Pain after (0–10)"
          value={s.painAfter}
          onChange={(v) => form.set('painAfter', v)}
          clearLabel="Not rated"
        />
      </section>
      {handsOn && (
        <section aria-labelledby="session-body">
          <h2 id="session-body">Body chart</h2>
          <BodyChart value={s.handPositions} onChange={(v) => form.set('handPositions', v)} />
        </section>
      )}
      <section aria-labelledby="session-notes">
        <h2 id="session-notes">Techniques and sensations</h2>
        <TagPicker
          name="techniques"
          legend="Techniques"
          suggestions={TECHNIQUE_SUGGESTIONS}
          value={s.techniques}
          onChange={(v) => form.set('techniques', v)}
        />
        <TagPicker
          name="sensations"
          legend="What I felt"
          suggestions={SENSATION_SUGGESTIONS}
          value={s.sensations}
          onChange={(v) => form.set('sensations', v)}
        />
        <NotesField
          name="notes"
          label="Notes"
          value={s.notes}
          onChange={(v) => form.set('notes', v)}
        />
      </section>
    </Form>
  );
}
