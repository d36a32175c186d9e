/**
 * Today: "migraine now" first; during an attack only the attack card (attack mode); otherwise
 * attacks waiting for details, the daily check-in, the next suggested session and recent
 * attacks. An empty diary gets a welcome with demo data.
 */
import { useEffect } from 'react';
import { AttackList } from '../components/AttackList.tsx';
import { CheckInCard } from '../components/CheckInCard.tsx';
import { NextSessionCard } from '../components/NextSessionCard.tsx';
import { OngoingAttack } from '../components/OngoingAttack.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { QuickLog } from '../components/QuickLog.tsx';
import { WelcomeCard } from '../components/WelcomeCard.tsx';
import { useCollection } from '../data/use-query.ts';
import { useRecentAttacks } from '../data/use-recent.ts';
import { needsDetails, ongoingAttack } from '../lib/attack.ts';
import { formatDateTime, formatDay, localDay } from '../lib/dates.ts';
import { Link } from '../lib/router.tsx';
import { useSettings } from '../lib/settings.ts';

export default function TodayPage() {
  const attacks = useRecentAttacks();
  const therapies = useCollection('therapies');
  const settings = useSettings();
  const today = localDay();
  const ongoing = ongoingAttack(attacks.data);
  const loaded = attacks.data !== undefined && therapies.data !== undefined;

  useEffect(() => {
    if (loaded && performance.getEntriesByName('sp:interactive').length === 0) {
      performance.mark('sp:interactive');
    }
  }, [loaded]);

  if (ongoing) {
    return (
      <div className="today attack-mode-page">
        <PageTitle title="Attack">
          <span className="visually-hidden">Attack mode</span>
        </PageTitle>
        <OngoingAttack attack={ongoing} />
      </div>
    );
  }

  const sorted = [...(attacks.data ?? [])].sort((x, y) => (x.start < y.start ? 1 : -1));
  const unfinished = sorted.filter(needsDetails).slice(0, 3);
  const active = (therapies.data ?? []).filter((t) => t.end === null || t.end >= today);
  const empty = loaded && sorted.length === 0 && therapies.data?.length === 0;
  return (
    <div className="today">
      <PageTitle title="Today">
        Today <span className="subtitle">{formatDay(today)}</span>
      </PageTitle>
      {empty && !settings.welcomed && <WelcomeCard />}
      <QuickLog />
      {unfinished.length > 0 && (
        <section className="card attention" aria-labelledby="details-title">
          <h2 id="details-title">Add details when you feel better</h2>
          <ul className="entry-list">
            {unfinished.map((a) => (
              <li key={a.id}>
                <Link href={`/attacks/${a.id}`}>
                  Attack of {formatDateTime(a.start)}: add details
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <CheckInCard />
      {active[0] ? (
        <NextSessionCard therapy={active[0]} />
      ) : (
        <section className="card" aria-labelledby="therapy-title">
          <h2 id="therapy-title">Therapy</h2>
          <p>Trying craniosacral therapy, massage or a new medicine? Track it as a course.</p>
          <Link className="button" href="/therapy">
            Start a therapy course
          </Link>
        </section>
      )}
      <section className="card" aria-labelledby="recent-title">
        <h2 id="recent-title">Recent attacks</h2>
        <AttackList attacks={sorted.slice(0, 5)} empty="No attacks in the last 30 days." />
      </section>
    </div>
  );
}
