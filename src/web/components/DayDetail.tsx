/** Everything logged on one day, with links to edit each entry or add one. */
import type { DayRow } from '../api/types.ts';
import { useCollection } from '../data/use-query.ts';
import { formatDay, formatTime } from '../lib/dates.ts';
import { dayKind, kindInfo } from '../lib/day-status.ts';
import { Link } from '../lib/router.tsx';
import { AttackList } from './AttackList.tsx';

export function DayDetail({ day, row }: { day: string; row: DayRow | undefined }) {
  const attacks = useCollection('attacks', day, day);
  const intakes = useCollection('intakes', day, day);
  const sessions = useCollection('sessions', day, day);
  const checkIns = useCollection('days', day, day);
  const meds = useCollection('medications');
  const checkIn = checkIns.data?.find((d) => d.date === day);
  const medName = (id: string) => meds.data?.find((m) => m.id === id)?.name ?? 'Medication';
  return (
    <section className="card day-detail" aria-labelledby="day-title" aria-live="polite">
      <h2 id="day-title">{formatDay(day)}</h2>
      <p>{kindInfo(dayKind(row)).label}.</p>
      <h3>Attacks</h3>
      <AttackList attacks={attacks.data ?? []} empty="No attacks logged." />
      {(intakes.data?.length ?? 0) > 0 && (
        <>
          <h3>Medication</h3>
          <ul className="entry-list">
            {intakes.data?.map((i) => (
              <li key={i.id}>
                <Link href={`/intakes/${i.id}`}>
                  {formatTime(i.at)} · {medName(i.medicationId)} {i.dose ?? ''}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {(sessions.data?.length ?? 0) > 0 && (
        <>
          <h3>Therapy sessions</h3>
          <ul className="entry-list">
            {sessions.data?.map((s) => (
              <li key={s.id}>
                <Link href={`/sessions/${s.id}`}>Session at {formatTime(s.at)}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>{checkIn ? 'Checked in.' : 'No check-in.'}</p>
      <div className="button-row">
        <Link className="button" href={`/attacks/new?date=${day}`}>
          Log an attack
        </Link>
        <Link className="button quiet" href={`/check-in/${day}`}>
          {checkIn ? 'Edit check-in' : 'Check in'}
        </Link>
      </div>
    </section>
  );
}
