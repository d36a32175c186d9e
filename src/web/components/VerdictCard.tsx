/**
 * "Does this therapy work for me?": the course's verdict on migraine days or headache days
 * (switchable), its secondary measures, and — in a card of their own, labelled uncontrolled —
 * the immediate effects of sessions. Reloads after any change to the diary.
 */
import { useState } from 'react';
import { therapyPath } from '../api/client.ts';
import type { Therapy, TherapyVerdictResult, VerdictOutcome } from '../api/types.ts';
import { useQuery } from '../data/use-query.ts';
import { SingleChoice } from './Choices.tsx';
import { ImmediateEffectsCard } from './ImmediateEffects.tsx';
import { QueryResult } from './QueryResult.tsx';
import { SecondaryOutcomes } from './SecondaryOutcomes.tsx';
import { VerdictResult } from './VerdictResult.tsx';

const OUTCOMES = [
  { value: 'migraine_days', label: 'Migraine days' },
  { value: 'headache_days', label: 'Headache days' },
] as const;

export function VerdictCard({ therapy }: { therapy: Therapy }) {
  const [outcome, setOutcome] = useState<VerdictOutcome>('migraine_days');
  const query = useQuery<TherapyVerdictResult>(therapyPath(therapy.id, 'verdict', outcome), [
    'all',
  ]);
  return (
    <>
      <section className="card verdict" aria-labelledby="verdict-title" aria-busy={query.loading}>
        <h2 id="verdict-title">Does it work for me?</h2>
        <SingleChoice
          name="verdict-outcome"
          legend="Compare"
          className="outcome-switch"
          options={OUTCOMES}
          value={outcome}
          onChange={(v) => setOutcome(v ?? 'migraine_days')}
        />
        <QueryResult query={query} what="the verdict">
          {(v) => (
            <>
              <VerdictResult v={v} />
              <SecondaryOutcomes outcomes={v.secondary} />
            </>
          )}
        </QueryResult>
        <p className="hint">
          Not a diagnosis. Comparing periods cannot prove what caused a change.
        </p>
      </section>
      {query.data && <ImmediateEffectsCard effects={query.data.immediateEffects} />}
    </>
  );
}
