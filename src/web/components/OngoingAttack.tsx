/**
 * Attack mode's one card: how long it has lasted, pain now (one tap), medication, and ending it
 * (one tap). Minimal text, large targets; details can wait until the person feels better.
 */
import { useEffect, useState } from 'react';
import type { Attack } from '../api/types.ts';
import { addReading, patchRecord } from '../data/records.ts';
import { lastReading } from '../lib/attack.ts';
import { formatDuration, formatTime, minutesAgo, nowIso } from '../lib/dates.ts';
import { Link } from '../lib/router.tsx';
import { useAction } from '../lib/use-action.ts';
import { MedicationQuickLog } from './MedicationQuickLog.tsx';

const EARLIER = [15, 30, 60];
const PAIN = Array.from({ length: 11 }, (_, i) => i);

function useNow(everyMs: number): string {
  const [now, setNow] = useState(nowIso);
  useEffect(() => {
    const timer = setInterval(() => setNow(nowIso()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

export function OngoingAttack({ attack }: { attack: Attack }) {
  const now = useNow(30_000);
  const [error, run] = useAction();
  const reading = lastReading(attack);
  const fresh = Date.now() - Date.parse(attack.start) < 15 * 60_000;
  const moveStart = (minutes: number) =>
    patchRecord('attacks', attack.id, { start: minutesAgo(minutes) }, `Started ${minutes} min ago`);
  const end = () => patchRecord('attacks', attack.id, { end: nowIso() }, 'Attack ended');
  return (
    <section className="attack-card" aria-labelledby="attack-title">
      <h2 id="attack-title">Migraine since {formatTime(attack.start)}</h2>
      <p className="attack-duration">
        {Date.parse(now) - Date.parse(attack.start) < 60_000
          ? 'Just started'
          : formatDuration(attack.start, now)}
      </p>
      {fresh && (
        <fieldset className="earlier">
          <legend>Started earlier?</legend>
          {EARLIER.map((m) => (
            <button
              key={m}
              type="button"
              className="button"
              onClick={() => run(() => moveStart(m))}
            >
              {m < 60 ? `${m} min ago` : '1 h ago'}
            </button>
          ))}
        </fieldset>
      )}
      <fieldset className="pain-now">
        <legend>Pain now</legend>
        <div className="pain-grid">
          {PAIN.map((p) => (
            <button
              key={p}
              type="button"
              className={`button pain-button${reading?.pain === p ? ' current' : ''}`}
              aria-label={`Pain ${p} of 10`}
              aria-pressed={reading?.pain === p}
              onClick={() => run(() => addReading(attack.id, nowIso(), p))}
            >
              {p}
            </button>
          ))}
        </div>
        <p role="status" className="done">
          {reading ? `Pain ${reading.pain} at ${formatTime(reading.at)}` : ''}
        </p>
      </fieldset>
      <MedicationQuickLog attack={attack} />
      <button type="button" className="button huge end-attack" onClick={() => run(end)}>
        End attack
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <p className="attack-links">
        <Link href={`/attacks/${attack.id}#red-flags`}>New or unusual headache? Warning signs</Link>
      </p>
    </section>
  );
}
