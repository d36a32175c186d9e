/**
 * "Migraine now": one tap starts an attack at this minute (the app then switches to attack
 * mode). Works offline: the attack waits on this device and is sent later with its own id.
 */
import { useState } from 'react';
import { createRecord } from '../data/records.ts';
import { newAttack } from '../lib/attack.ts';
import { formatTime, nowIso } from '../lib/dates.ts';
import { Link } from '../lib/router.tsx';
import { issuesOf } from '../lib/use-form.ts';

export function QuickLog() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const start = async () => {
    setBusy(true);
    setError(undefined);
    const attack = newAttack(nowIso());
    try {
      await createRecord('attacks', attack, `Attack started ${formatTime(attack.start)}`);
    } catch (e) {
      setError(issuesOf(e)[0]?.message);
      setBusy(false);
    }
  };
  return (
    <section className="quick-log" aria-label="Log an attack">
      <button type="button" className="button huge" onClick={start} disabled={busy}>
        Migraine now
      </button>
      {error && (
        <p className="field-error" role="alert">
          Could not start the attack: {error}
        </p>
      )}
      <p className="quick-log-more">
        <Link href="/attacks/new">Log an earlier attack or a headache</Link>
      </p>
    </section>
  );
}
