/** Today's check-in at a glance, with the way to fill it in (one screen, every field optional). */
import type { Day } from '../api/types.ts';
import { useCollection } from '../data/use-query.ts';
import { localDay } from '../lib/dates.ts';
import { Link } from '../lib/router.tsx';

function summary(day: Day): string {
  const parts = [
    day.sleepHours !== undefined && `slept ${day.sleepHours} h`,
    day.stress !== undefined && `stress ${day.stress}/10`,
    day.waterLiters !== undefined && `${day.waterLiters} l water`,
    day.screenHours !== undefined && `${day.screenHours} h screens`,
    day.earlyWarning && 'early-warning sign',
  ].filter((p): p is string => typeof p === 'string');
  return parts.length ? parts.join(', ') : 'checked in';
}

export function CheckInCard() {
  const today = localDay();
  const days = useCollection('days', today, today);
  const day = days.data?.find((d) => d.date === today);
  return (
    <section className="card" aria-labelledby="checkin-title">
      <h2 id="checkin-title">Daily check-in</h2>
      {day ? (
        <p>Today: {summary(day)}.</p>
      ) : (
        <p>Sleep, stress, water, screens and more — one screen, every question optional.</p>
      )}
      <Link className="button" href={`/check-in/${today}`}>
        {day ? 'Edit today’s check-in' : 'Check in for today'}
      </Link>
    </section>
  );
}
