/**
 * One therapy course: verdict, immediate effects, next session, ABAB plan, sessions, and
 * editing the course.
 */

import type { Therapy } from '../api/types.ts';
import { DeleteButton } from '../components/DeleteButton.tsx';
import { NextSessionCard } from '../components/NextSessionCard.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { PlanCard } from '../components/PlanCard.tsx';
import { RecordGate } from '../components/RecordGate.tsx';
import { SessionList } from '../components/SessionList.tsx';
import { TherapyForm } from '../components/TherapyForm.tsx';
import { VerdictCard } from '../components/VerdictCard.tsx';
import { deleteRecord } from '../data/records.ts';
import { useCollection } from '../data/use-query.ts';
import { useRecord } from '../data/use-record.ts';
import { formatShortDay } from '../lib/dates.ts';
import { label } from '../lib/labels.ts';
import { Link, navigate } from '../lib/router.tsx';
import '../styles/therapy.css';

function Course({ therapy }: { therapy: Therapy }) {
  const sessions = useCollection('sessions');
  const mine = (sessions.data ?? []).filter((s) => s.therapyId === therapy.id);
  const remove = async () => {
    await deleteRecord('therapies', therapy.id, `Delete ${therapy.name}`);
    navigate('/therapy', { replace: true });
  };
  return (
    <>
      <p className="muted">
        {label(therapy.kind)} · from {formatShortDay(therapy.start)}
        {therapy.end ? ` to ${formatShortDay(therapy.end)}` : ' · ongoing'}
      </p>
      <VerdictCard therapy={therapy} />
      <NextSessionCard therapy={therapy} compact />
      <PlanCard therapy={therapy} />
      <section className="card" aria-labelledby="sessions-title">
        <h2 id="sessions-title">Sessions</h2>
        <SessionList sessions={mine} />
        <Link className="button primary" href={`/sessions/new?therapy=${therapy.id}`}>
          Log a session
        </Link>
      </section>
      <details className="card">
        <summary>Edit or end this course</summary>
        <TherapyForm
          initial={therapy}
          isNew={false}
          onSaved={() => undefined}
          actions={<DeleteButton what="course" onDelete={remove} />}
        />
      </details>
    </>
  );
}

export default function TherapyCoursePage({ params }: { params: Record<string, string> }) {
  const state = useRecord('therapies', params.id);
  return (
    <>
      <PageTitle title={state.record?.name ?? 'Therapy course'}>
        {state.record?.name ?? 'Therapy course'}
      </PageTitle>
      <RecordGate state={state} what="therapy course">
        {(therapy) => <Course key={therapy.id} therapy={therapy} />}
      </RecordGate>
    </>
  );
}
