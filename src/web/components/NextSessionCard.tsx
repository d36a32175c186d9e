/**
 * The next suggested therapy session: by phase (weekly in a high-migraine phase, every 2–3
 * weeks while stabilising, monthly in maintenance, sooner after an early-warning sign), by the
 * course's randomised ABAB plan when it has one, or none once the course has ended.
 */
import { therapyPath } from '../api/client.ts';
import type { NextSession, Therapy } from '../api/types.ts';
import { useQuery } from '../data/use-query.ts';
import { formatDay, formatShortDay, localDay } from '../lib/dates.ts';
import { Link } from '../lib/router.tsx';
import { QueryResult } from './QueryResult.tsx';

const KICKER: Record<NextSession['basis'], string> = {
  cadence: 'Suggested by your recent migraine days',
  plan: 'Set by your randomised ABAB plan',
  ended: 'The course has ended',
};

/** `today`, `tomorrow`, `in 8 days`, `due 3 days ago`. */
function relative(day: string, today: string): string {
  const n = Math.round((Date.parse(day) - Date.parse(today)) / 86_400_000);
  if (n === 0) return 'today';
  if (n === 1) return 'tomorrow';
  return n > 1 ? `in ${n} days` : `due ${-n} days ago`;
}

function Recommendation({ next }: { next: NextSession }) {
  return (
    <>
      <p className="next-kicker">{KICKER[next.basis]}</p>
      {next.nextSession ? (
        <p className="next-date">
          {formatDay(next.nextSession)}{' '}
          <span className="subtitle">{relative(next.nextSession, localDay())}</span>
        </p>
      ) : (
        <p className="next-date">No further session</p>
      )}
      <p>{next.reason}</p>
      {next.lastSession && (
        <p className="muted">Last session: {formatShortDay(next.lastSession)}</p>
      )}
      <p className="hint">{next.note}</p>
    </>
  );
}

/** On Today it names the course and offers logging; on the course page (`compact`) it does not. */
export function NextSessionCard({ therapy, compact }: { therapy: Therapy; compact?: boolean }) {
  const query = useQuery<NextSession>(therapyPath(therapy.id, 'next-session'), ['all']);
  return (
    <section className="card next-session" aria-labelledby={`next-${therapy.id}`}>
      <h2 id={`next-${therapy.id}`}>
        {compact ? 'Next session' : `Next session · ${therapy.name}`}
      </h2>
      <QueryResult query={query} what="the next session">
        {(next) => <Recommendation next={next} />}
      </QueryResult>
      {!compact && (
        <Link className="button" href={`/sessions/new?therapy=${therapy.id}`}>
          Log a session
        </Link>
      )}
    </section>
  );
}
