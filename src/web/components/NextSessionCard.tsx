/** The next suggested therapy session (cadence by phase, from the verdict engine when it exists). */
import type { LooseResult, Therapy } from '../api/types.ts';
import { Link } from '../lib/router.tsx';
import { OptionalResult, PlainFields, useOptional } from './OptionalResult.tsx';

/** On Today it names the course and offers logging; on the course page (`compact`) it does not. */
export function NextSessionCard({ therapy, compact }: { therapy: Therapy; compact?: boolean }) {
  const state = useOptional<LooseResult>(`/api/therapies/${therapy.id}/next-session`);
  return (
    <section className="card" aria-labelledby={`next-${therapy.id}`}>
      <h2 id={`next-${therapy.id}`}>
        {compact ? 'Next session' : `Next session · ${therapy.name}`}
      </h2>
      <OptionalResult
        state={state}
        notYet={
          <p>
            Session suggestions are not available yet. Weekly in bad periods, every 2–3 weeks while
            stabilising and monthly in maintenance is the usual rhythm.
          </p>
        }
      >
        {(value) => <PlainFields value={value} />}
      </OptionalResult>
      {!compact && (
        <Link className="button" href={`/sessions/new?therapy=${therapy.id}`}>
          Log a session
        </Link>
      )}
    </section>
  );
}
