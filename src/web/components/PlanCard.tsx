/**
 * The course's randomised ABAB plan: without one, what ABAB means and a form to make it (once);
 * with one, the stored plan with where today falls, its periods, rules, adherence and result.
 */
import { useState } from 'react';
import { isNoPlan, therapyPath } from '../api/client.ts';
import type { Therapy, TherapyPlanView } from '../api/types.ts';
import { useQuery } from '../data/use-query.ts';
import { PlanDetails } from './PlanDetails.tsx';
import { PlanForm } from './PlanForm.tsx';
import { QueryResult } from './QueryResult.tsx';

export function PlanCard({ therapy }: { therapy: Therapy }) {
  const query = useQuery<TherapyPlanView>(therapyPath(therapy.id, 'plan'), ['all']);
  // A plan made meanwhile elsewhere (409): said here, above the stored plan that replaces the form.
  const [conflict, setConflict] = useState<string>();
  const noPlan = query.data === undefined && isNoPlan(query.error);
  return (
    <section className="card plan" aria-labelledby="plan-title">
      <h2 id="plan-title">Test it properly: an ABAB plan</h2>
      {conflict && (
        <p className="field-error" role="alert">
          {conflict}
        </p>
      )}
      {noPlan ? (
        <PlanForm therapy={therapy} onConflict={setConflict} />
      ) : (
        <QueryResult query={query} what="the plan">
          {(view) => <PlanDetails view={view} />}
        </QueryResult>
      )}
    </section>
  );
}
