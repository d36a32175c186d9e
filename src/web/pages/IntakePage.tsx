/** Log or edit a dose (`/intakes/new?attack=`, `/intakes/:id`). */
import type { Intake } from '../api/types.ts';
import { IntakeForm } from '../components/IntakeForm.tsx';
import { MedicationForm } from '../components/MedicationForm.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { RecordGate } from '../components/RecordGate.tsx';
import { useCollection } from '../data/use-query.ts';
import { useRecentAttacks } from '../data/use-recent.ts';
import { useRecord } from '../data/use-record.ts';
import { nowIso } from '../lib/dates.ts';
import { newId } from '../lib/ids.ts';
import { useLocation } from '../lib/router.tsx';

export default function IntakePage({ params }: { params: Record<string, string> }) {
  const { query } = useLocation();
  const meds = useCollection('medications');
  const attacks = useRecentAttacks();
  const state = useRecord('intakes', params.id);
  const title = params.id ? 'Dose' : 'Log a dose';
  if (!meds.data || !attacks.data) return <p className="loading">Loading…</p>;
  const recent = [...attacks.data].sort((a, b) => (a.start < b.start ? 1 : -1));
  if (meds.data.length === 0) {
    return (
      <>
        <PageTitle title={title}>{title}</PageTitle>
        <p>First add the medication you take.</p>
        <MedicationForm />
      </>
    );
  }
  const blank: Intake = {
    id: newId(),
    medicationId: meds.data[0]?.id ?? '',
    at: nowIso(),
    attackId: query.get('attack') ?? recent.find((a) => a.end === null)?.id ?? null,
  };
  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      {params.id ? (
        <RecordGate state={state} what="dose">
          {(intake) => (
            <IntakeForm
              key={intake.id}
              initial={intake}
              isNew={false}
              medications={meds.data ?? []}
              attacks={recent}
            />
          )}
        </RecordGate>
      ) : (
        <IntakeForm initial={blank} isNew medications={meds.data} attacks={recent} />
      )}
    </>
  );
}
