/** Sessions of a therapy course, newest first, with pain before → after. */
import type { Session } from '../api/types.ts';
import { formatDateTime } from '../lib/dates.ts';
import { Link } from '../lib/router.tsx';

export function SessionList({ sessions }: { sessions: readonly Session[] }) {
  if (sessions.length === 0) return <p className="muted">No sessions logged yet.</p>;
  const sorted = [...sessions].sort((a, b) => (a.at < b.at ? 1 : -1));
  return (
    <ul className="entry-list">
      {sorted.map((s) => (
        <li key={s.id}>
          <Link href={`/sessions/${s.id}`}>
            <span className="entry-main">{formatDateTime(s.at)}</span>
            <span className="entry-detail">
              {s.painBefore !== undefined && s.painAfter !== undefined
                ? `pain ${s.painBefore} → ${s.painAfter}`
                : 'pain not rated'}
              {s.handPositions.length > 0 && ` · ${s.handPositions.length} hand positions`}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
