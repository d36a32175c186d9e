/** The daily check-in: one screen, every question optional (`/check-in/:date`, default today). */
import type { Day } from '../api/types.ts';
import { Scale, SingleChoice, YesNo } from '../components/Choices.tsx';
import { DeleteButton } from '../components/DeleteButton.tsx';
import { NotesField, NumberField } from '../components/Fields.tsx';
import { Form } from '../components/Form.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { deleteRecord, saveRecord } from '../data/records.ts';
import { useRecord } from '../data/use-record.ts';
import { formatDay, localDay } from '../lib/dates.ts';
import { SLEEP_QUALITY } from '../lib/labels.ts';
import { goBack } from '../lib/router.tsx';
import { useForm } from '../lib/use-form.ts';

type NumKey = 'sleepHours' | 'waterLiters' | 'screenHours' | 'caffeineMg' | 'alcoholUnits';
const AMOUNTS: { key: NumKey; label: string; max: number; step?: number }[] = [
  { key: 'sleepHours', label: 'Sleep (hours)', max: 24, step: 0.5 },
  { key: 'waterLiters', label: 'Water (litres)', max: 20, step: 0.25 },
  { key: 'screenHours', label: 'Screen time (hours)', max: 24, step: 0.5 },
  { key: 'caffeineMg', label: 'Caffeine (mg, a coffee ≈ 90)', max: 5000, step: 10 },
  { key: 'alcoholUnits', label: 'Alcohol (units)', max: 50, step: 0.5 },
];
type ScaleKey = 'stress' | 'neckTension' | 'jawTension' | 'control';
const SCALES: { key: ScaleKey; legend: string }[] = [
  { key: 'stress', legend: 'Stress (0 none – 10 extreme)' },
  { key: 'neckTension', legend: 'Neck tension (0–10)' },
  { key: 'jawTension', legend: 'Jaw tension (0–10)' },
  { key: 'control', legend: 'Sense of control over my migraine (0 none – 10 full)' },
];

function CheckInForm({ initial, isNew }: { initial: Day; isNew: boolean }) {
  const form = useForm<Day>(initial);
  const day = form.values;
  const set = form.set;
  const save = () =>
    form.submit(async (d) => {
      const outcome = await saveRecord('days', d.date, d, `Check-in ${d.date}`);
      goBack('/');
      return outcome;
    });
  const remove = async () => {
    await deleteRecord('days', day.date, `Delete check-in ${day.date}`);
    goBack('/');
  };
  return (
    <Form
      actions={!isNew && <DeleteButton what="check-in" onDelete={remove} />}
      label="Daily check-in"
      errors={form.errors}
      status={form.status}
      onSubmit={save}
      submitLabel="Save check-in"
    >
      <section aria-labelledby="body-title">
        <h2 id="body-title">Sleep, food and drink</h2>
        <div className="grid-2">
          {AMOUNTS.map((a) => (
            <NumberField
              key={a.key}
              name={a.key}
              label={a.label}
              min={0}
              max={a.max}
              step={a.step}
              value={day[a.key]}
              onChange={(v) => set(a.key, v)}
            />
          ))}
          <NumberField
            name="mealsSkipped"
            label="Meals skipped"
            min={0}
            max={10}
            step={1}
            value={day.mealsSkipped}
            onChange={(v) => set('mealsSkipped', v)}
          />
        </div>
        <SingleChoice
          name="sleepQuality"
          legend="Sleep quality"
          options={[1, 2, 3, 4, 5].map((value) => ({ value, label: SLEEP_QUALITY[value] ?? '' }))}
          value={day.sleepQuality}
          onChange={(v) => set('sleepQuality', v)}
          clearLabel="Not answered"
        />
      </section>
      <section aria-labelledby="mind-title">
        <h2 id="mind-title">Body and mind</h2>
        {SCALES.map((s) => (
          <Scale
            key={s.key}
            name={s.key}
            legend={s.legend}
            value={day[s.key]}
            onChange={(v) => set(s.key, v)}
            clearLabel="Not answered"
          />
        ))}
        <YesNo
          name="menstruation"
          legend="Menstruation today"
          value={day.menstruation}
          onChange={(v) => set('menstruation', v)}
        />
        <YesNo
          name="earlyWarning"
          legend="Early-warning sign (yawning, neck stiffness, cravings, mood change…)"
          value={day.earlyWarning}
          onChange={(v) => set('earlyWarning', v)}
        />
        <NotesField
          name="notes"
          label="Notes"
          value={day.notes}
          onChange={(v) => set('notes', v)}
        />
      </section>
    </Form>
  );
}

export default function CheckInPage({ params }: { params: Record<string, string> }) {
  const date = params.date ?? localDay();
  const state = useRecord('days', date);
  const title = date === localDay() ? 'Today’s check-in' : 'Check-in';
  return (
    <>
      <PageTitle title={title}>
        {title} <span className="subtitle">{formatDay(date)}</span>
      </PageTitle>
      <p className="muted">Every question is optional. Fill in what you know.</p>
      {state.record || state.missing ? (
        <CheckInForm key={date} initial={state.record ?? { date }} isNew={!state.record} />
      ) : state.error ? (
        <p className="field-error" role="alert">
          {state.error.message}
        </p>
      ) : (
        <p className="loading">Loading…</p>
      )}
    </>
  );
}
