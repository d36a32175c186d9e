/** A list of attacks with their times, pain and a link to edit each one. */
import type { Attack } from '../api/types.ts';
import { needsDetails } from '../lib/attack.ts';
import { formatDateTime, formatDuration } from '../lib/dates.ts';
import { Link } from '../lib/router.tsx';

export function AttackList({ attacks, empty }: { attacks: readonly Attack[]; empty: string }) {
  if (attacks.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="entry-list">
      {attacks.map((a) => (
        <li key={a.id}>
          <Link href={`/attacks/${a.id}`}>
            <span className="entry-main">{formatDateTime(a.start)}</span>
            <span className="entry-detail">
              {a.end ? formatDuration(a.start, a.end) : 'ongoing'}
              {a.peakPain !== undefined && ` · peak pain ${a.peakPain}/10`}
              {needsDetails(a) && ' · details missing'}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
