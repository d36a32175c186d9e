/** MIDAS and HIT-6: scored history with change since the last time, and new entries. */
import { useState } from 'react';
import { analysisPath } from '../api/client.ts';
import type { MetricsResult } from '../api/types.ts';
import { SingleChoice } from '../components/Choices.tsx';
import { DeleteButton } from '../components/DeleteButton.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { QuestionnaireForm } from '../components/QuestionnaireForm.tsx';
import { deleteRecord } from '../data/records.ts';
import { useQuery } from '../data/use-query.ts';
import { formatShortDay } from '../lib/dates.ts';
import { label } from '../lib/labels.ts';

type Result = MetricsResult['questionnaires'][number];

function changeText(r: Result): string {
  if (!r.change) return 'first entry';
  const c = r.change as { delta?: number; verdict?: string; benefit?: boolean };
  const delta = c.delta === undefined ? '' : `${c.delta > 0 ? '+' : ''}${c.delta} points`;
  const meaning = c.verdict
    ? label(c.verdict).toLowerCase()
    : c.benefit
      ? 'meaningful improvement'
      : '';
  return [delta, meaning].filter(Boolean).join(', ');
}

export default function QuestionnairesPage() {
  const metrics = useQuery<MetricsResult>(analysisPath('metrics'), ['questionnaires', 'all']);
  const [instrument, setInstrument] = useState<'midas' | 'hit6'>('midas');
  const history = [...(metrics.data?.questionnaires ?? [])].reverse();
  return (
    <>
      <PageTitle title="Questionnaires">Questionnaires</PageTitle>
      <section className="card" aria-labelledby="q-history">
        <h2 id="q-history">History</h2>
        {history.length === 0 ? (
          <p className="muted">No questionnaires yet.</p>
        ) : (
          <ul className="entry-list">
            {history.map((r) => (
              <li key={r.id} className="entry row">
                <span>
                  <span className="entry-main">
                    {label(r.instrument)} {r.score} · {label(r.band)}
                  </span>{' '}
                  <span className="entry-detail">
                    {formatShortDay(r.date)} · {changeText(r)}
                  </span>
                </span>
                <DeleteButton
                  what="questionnaire"
                  onDelete={() => deleteRecord('questionnaires', r.id, 'Delete questionnaire')}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <h2>New entry</h2>
      <SingleChoice
        name="instrument"
        legend="Questionnaire"
        options={[
          { value: 'midas', label: 'MIDAS (last 3 months)' },
          { value: 'hit6', label: 'HIT-6 (last 4 weeks)' },
        ]}
        value={instrument}
        onChange={(v) => v && setInstrument(v)}
      />
      <QuestionnaireForm key={instrument} instrument={instrument} />
    </>
  );
}
