/**
 * The randomised ABAB plan: alternating periods with and without the therapy, in random order,
 * so a change can be told apart from chance. Created by the verdict engine when it exists.
 */
import { useState } from 'react';
import { type Optional, optionalCall } from '../api/client.ts';
import type { LooseResult, Therapy } from '../api/types.ts';
import { useAction } from '../lib/use-action.ts';
import { OptionalResult, PlainFields } from './OptionalResult.tsx';

export function PlanCard({ therapy }: { therapy: Therapy }) {
  const [plan, setPlan] = useState<Optional<LooseResult>>();
  const [error, run] = useAction();
  const create = () =>
    run(async () =>
      setPlan(await optionalCall<LooseResult>('POST', `/api/therapies/${therapy.id}/plan`)),
    );
  return (
    <section className="card" aria-labelledby="plan-title">
      <h2 id="plan-title">Test it properly: an ABAB plan</h2>
      <p>
        Alternate periods with (B) and without (A) the therapy in a random order. If migraine days
        follow the switches, chance becomes an unlikely explanation.
      </p>
      {plan ? (
        <OptionalResult state={plan} notYet={<p>Plans are not available yet.</p>}>
          {(value) => <PlainFields value={value} />}
        </OptionalResult>
      ) : (
        <button type="button" className="button" onClick={create}>
          Make a plan
        </button>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
