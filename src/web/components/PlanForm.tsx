/**
 * Making a randomised ABAB plan: what it is, the options (first day, pairs, period and washout
 * length) with their defaults, and that the random order is fixed once made. Errors appear next
 * to the field the server names; a plan made meanwhile elsewhere (409) is handed to the card.
 */
import { ABAB_LIMITS, DEFAULT_PLAN, MIN_PAIRS } from '../../domain/verdict/abab-limits.ts';
import { createPlan } from '../api/client.ts';
import { ApiError } from '../api/http.ts';
import type { PlanRequest, Therapy } from '../api/types.ts';
import { emitChange } from '../data/changes.ts';
import { addDays, formatShortDay, localDay } from '../lib/dates.ts';
import { useForm } from '../lib/use-form.ts';
import { NumberField, TextField } from './Fields.tsx';
import { Form } from './Form.tsx';

/** Kinds where the person could be kept unaware of the condition (a blinded pill). */
const BLINDABLE_KINDS = new Set(['medication', 'supplement']);

function Intro() {
  return (
    <>
      <p>
        A before/after comparison cannot tell a real change from chance or a slow drift. An ABAB
        plan can: you alternate periods <strong>without</strong> (A) and <strong>with</strong> (B)
        the therapy, and inside each pair the order is drawn at random. If your migraine days follow
        the switches, chance becomes an unlikely explanation.
      </p>
      <ul className="plain-list">
        <li>No sessions in periods without the therapy; your usual rhythm in periods with it.</li>
        <li>
          The first days of every period (the washout) are not counted, so lingering effects do not
          blur the comparison.
        </li>
        <li>
          At least {MIN_PAIRS} pairs: with {MIN_PAIRS}, the smallest possible p-value is 1 in{' '}
          {2 ** MIN_PAIRS} ({(2 ** -MIN_PAIRS).toFixed(3)}).
        </li>
      </ul>
    </>
  );
}

export function PlanForm(props: { therapy: Therapy; onConflict: (message: string) => void }) {
  const form = useForm<PlanRequest>(() => ({
    start: addDays(localDay(), 1),
    ...DEFAULT_PLAN,
    blindable: false,
  }));
  const v = form.values;
  const blindable = BLINDABLE_KINDS.has(props.therapy.kind);
  const make = () =>
    form.submit(async (values) => {
      try {
        await createPlan(props.therapy.id, blindable ? values : { ...values, blindable: false });
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 409)) throw error;
        props.onConflict(error.message);
      }
      emitChange('therapies');
      return 'saved';
    });
  const periods = 2 * (v.pairs ?? DEFAULT_PLAN.pairs);
  const total = periods * (v.periodDays ?? DEFAULT_PLAN.periodDays);
  return (
    <>
      <Intro />
      <Form
        label="Make an ABAB plan"
        errors={form.errors}
        status={form.status}
        onSubmit={make}
        submitLabel="Make a plan"
      >
        <div className="grid-2">
          <TextField
            name="start"
            label="First day"
            type="date"
            hint="Today or later."
            value={v.start}
            onChange={(start) => form.set('start', start)}
          />
          <NumberField
            name="pairs"
            label="Pairs (A + B)"
            hint={`At least ${ABAB_LIMITS.pairs.min}.`}
            min={ABAB_LIMITS.pairs.min}
            max={ABAB_LIMITS.pairs.max}
            step={1}
            value={v.pairs}
            onChange={(pairs) => form.set('pairs', pairs)}
          />
          <NumberField
            name="periodDays"
            label="Days per period"
            hint={`${ABAB_LIMITS.periodDays.min} to ${ABAB_LIMITS.periodDays.max}.`}
            min={ABAB_LIMITS.periodDays.min}
            max={ABAB_LIMITS.periodDays.max}
            step={1}
            value={v.periodDays}
            onChange={(days) => form.set('periodDays', days)}
          />
          <NumberField
            name="washoutDays"
            label="Washout days"
            hint="Not counted."
            min={ABAB_LIMITS.washoutDays.min}
            max={ABAB_LIMITS.washoutDays.max}
            step={1}
            value={v.washoutDays}
            onChange={(days) => form.set('washoutDays', days)}
          />
        </div>
        {blindable && (
          <label className="check-row">
            <input
              type="checkbox"
              checked={v.blindable ?? false}
              onChange={(e) => form.set('blindable', e.target.checked)}
            />
            <span>Someone else can hide from me which periods are real (e.g. placebo pills).</span>
          </label>
        )}
        {v.start && (
          <p className="muted">
            {periods} periods, {total} days: from {formatShortDay(v.start)} to{' '}
            {formatShortDay(addDays(v.start, total - 1))}.
          </p>
        )}
        <p className="notice">
          The random order is drawn once, when you make the plan, and stored with this course. It is
          fixed from then on and cannot be redrawn or changed: picking or re-rolling the order would
          spoil the test.
        </p>
      </Form>
    </>
  );
}
