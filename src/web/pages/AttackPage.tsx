/** Log an attack afterwards, or complete / edit / delete one (`/attacks/new`, `/attacks/:id`). */
import { useEffect } from 'react';
import type { Attack } from '../api/types.ts';
import { AttackForm } from '../components/AttackForm.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { RecordGate } from '../components/RecordGate.tsx';
import { useRecord } from '../data/use-record.ts';
import { newAttack } from '../lib/attack.ts';
import { isoSeconds, localDay, nowIso } from '../lib/dates.ts';
import { useLocation } from '../lib/router.tsx';
import '../styles/diagram.css';

/** A new attack: ended now by default; on a chosen past day, 08:00–12:00 of that day. */
function draft(day: string | null): Attack {
  if (day && day !== localDay()) {
    const start = isoSeconds(new Date(`${day}T08:00`).getTime());
    return { ...newAttack(start), end: isoSeconds(new Date(`${day}T12:00`).getTime()) };
  }
  return { ...newAttack(nowIso()), end: nowIso() };
}

export default function AttackPage({ params }: { params: Record<string, string> }) {
  const { query } = useLocation();
  const state = useRecord('attacks', params.id);
  const loaded = state.record !== undefined;
  useEffect(() => {
    if (loaded && window.location.hash === '#red-flags') {
      document.getElementById('red-flags')?.scrollIntoView();
    }
  }, [loaded]);
  if (!params.id) {
    return (
      <>
        <PageTitle title="Log an attack">Log an attack</PageTitle>
        <AttackForm initial={draft(query.get('date'))} isNew />
      </>
    );
  }
  return (
    <>
      <PageTitle title="Attack">Attack details</PageTitle>
      <RecordGate state={state} what="attack">
        {(attack) => <AttackForm key={attack.id} initial={attack} isNew={false} />}
      </RecordGate>
    </>
  );
}
