/** Medications: overuse status, the person's medications, and the intake history. */
import { DeleteButton } from '../components/DeleteButton.tsx';
import { MedicationForm } from '../components/MedicationForm.tsx';
import { OveruseStatus } from '../components/OveruseStatus.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { deleteRecord } from '../data/records.ts';
import { useCollection } from '../data/use-query.ts';
import { addDays, formatDateTime, localDay } from '../lib/dates.ts';
import { label } from '../lib/labels.ts';
import { Link } from '../lib/router.tsx';

export default function MedicationsPage() {
  const meds = useCollection('medications');
  const intakes = useCollection('intakes', addDays(localDay(), -90), localDay());
  const name = (id: string) => meds.data?.find((m) => m.id === id)?.name ?? 'Medication';
  const history = [...(intakes.data ?? [])].sort((a, b) => (a.at < b.at ? 1 : -1));
  return (
    <>
      <PageTitle title="Medications">Medications</PageTitle>
      <section className="card" aria-labelledby="overuse-title">
        <h2 id="overuse-title">Overuse check</h2>
        <OveruseStatus />
      </section>
      <div className="page-actions">
        <Link className="button primary" href="/intakes/new">
          Log a dose
        </Link>
      </div>
      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title">Last 90 days</h2>
        {history.length === 0 ? (
          <p className="muted">No doses logged.</p>
        ) : (
          <ul className="entry-list">
            {history.map((i) => (
              <li key={i.id}>
                <Link href={`/intakes/${i.id}`}>
                  <span className="entry-main">
                    {name(i.medicationId)} {i.dose ?? ''}
                  </span>
                  <span className="entry-detail">
                    {formatDateTime(i.at)}
                    {i.relief && ` · relief after 2 h: ${i.relief}`}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="meds-title">
        <h2 id="meds-title">My medications</h2>
        <ul className="entry-list">
          {(meds.data ?? []).map((m) => (
            <li key={m.id} className="entry row">
              <span>
                <span className="entry-main">{m.name}</span>{' '}
                <span className="entry-detail">{label(m.class)}</span>
              </span>
              <DeleteButton
                what="medication"
                onDelete={() => deleteRecord('medications', m.id, `Delete ${m.name}`)}
              />
            </li>
          ))}
        </ul>
        <MedicationForm />
      </section>
    </>
  );
}
