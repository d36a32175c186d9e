/** Log or edit a therapy session (`/sessions/new?therapy=`, `/sessions/:id`). */
import type { Session } from '../api/types.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { RecordGate } from '../components/RecordGate.tsx';
import { SessionForm } from '../components/SessionForm.tsx';
import { useCollection } from '../data/use-query.ts';
import { useRecord } from '../data/use-record.ts';
import { nowIso } from '../lib/dates.ts';
import { newId } from '../lib/ids.ts';
import { Link, useLocation } from '../lib/router.tsx';
import '../styles/diagram.css';

const blank = (therapyId: string): Session => ({
  id: newId(),
  therapyId,
  at: nowIso(),
  durationMinutes: 50,
  handPositions: [],
  techniques: [],
  sensations: [],
});

export default function SessionPage({ params }: { params: Record<string, string> }) {
  const { query } = useLocation();
  const therapies = useCollection('therapies');
  const state = useRecord('sessions', params.id);
  const list = therapies.data ?? [];
  const title = params.id ? 'Session' : 'Log a session';
  if (therapies.data && list.length === 0) {
    return (
      <>
        <PageTitle title={title}>{title}</PageTitle>
        <p>
          Sessions belong to a therapy course. <Link href="/therapy">Start a course first</Link>.
        </p>
      </>
    );
  }
  if (!therapies.data) return <p className="loading">Loading…</p>;
  const therapyId =
    query.get('therapy') ?? list.find((t) => t.end === null)?.id ?? list[0]?.id ?? '';
  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      {params.id ? (
        <RecordGate state={state} what="session">
          {(session) => (
            <SessionForm key={session.id} initial={session} isNew={false} therapies={list} />
          )}
        </RecordGate>
      ) : (
        <SessionForm initial={blank(therapyId)} isNew therapies={list} />
      )}
    </>
  );
}
