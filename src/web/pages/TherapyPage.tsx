/** Therapy courses: the list, and starting a new one. */
import { useState } from 'react';
import type { Therapy } from '../api/types.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { TherapyForm } from '../components/TherapyForm.tsx';
import { useCollection } from '../data/use-query.ts';
import { formatShortDay, localDay } from '../lib/dates.ts';
import { newId } from '../lib/ids.ts';
import { label } from '../lib/labels.ts';
import { Link, navigate } from '../lib/router.tsx';

const blank = (): Therapy => ({
  id: newId(),
  name: '',
  kind: 'craniosacral',
  start: localDay(),
  end: null,
});

export default function TherapyPage() {
  const therapies = useCollection('therapies');
  const [adding, setAdding] = useState(false);
  const list = [...(therapies.data ?? [])].sort((a, b) => (a.start < b.start ? 1 : -1));
  return (
    <>
      <PageTitle title="Therapy">Therapy</PageTitle>
      <p className="muted">
        A course is anything you try to prevent migraine: craniosacral therapy, massage, a new
        medicine, a habit. Stillpoint compares your diary before and during it.
      </p>
      {therapies.data && list.length === 0 && !adding && <p>No courses yet.</p>}
      {list.length > 0 && (
        <ul className="entry-list card">
          {list.map((t) => (
            <li key={t.id}>
              <Link href={`/therapy/${t.id}`}>
                <span className="entry-main">{t.name}</span>
                <span className="entry-detail">
                  {label(t.kind)} · from {formatShortDay(t.start)}
                  {t.end ? ` to ${formatShortDay(t.end)}` : ' · ongoing'}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {adding ? (
        <>
          <h2>New course</h2>
          <TherapyForm initial={blank()} isNew onSaved={(t) => navigate(`/therapy/${t.id}`)} />
        </>
      ) : (
        <button type="button" className="button primary" onClick={() => setAdding(true)}>
          Start a therapy course
        </button>
      )}
    </>
  );
}
