/** Attack mode: log a dose of a known medication with one tap, linked to the attack. */
import { useState } from 'react';
import type { Attack } from '../api/types.ts';
import { createRecord } from '../data/records.ts';
import { useCollection } from '../data/use-query.ts';
import { formatTime, nowIso } from '../lib/dates.ts';
import { newId } from '../lib/ids.ts';
import { Link } from '../lib/router.tsx';
import { useAction } from '../lib/use-action.ts';

export function MedicationQuickLog({ attack }: { attack: Attack }) {
  const meds = useCollection('medications');
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string>();
  const [error, run] = useAction();
  const take = async (medicationId: string, name: string) => {
    const at = nowIso();
    const intake = { id: newId(), medicationId, at, attackId: attack.id };
    await createRecord('intakes', intake, `${name} at ${formatTime(at)}`);
    setDone(`${name} logged at ${formatTime(at)}.`);
    setOpen(false);
  };
  return (
    <div className="med-quick">
      <button
        type="button"
        className="button big"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        Took medication
      </button>
      {open && (
        <ul className="big-list">
          {(meds.data ?? []).map((m) => (
            <li key={m.id}>
              <button
                type="button"
                className="button big"
                onClick={() => run(() => take(m.id, m.name))}
              >
                {m.name}
              </button>
            </li>
          ))}
          <li>
            <Link className="button big quiet" href={`/intakes/new?attack=${attack.id}`}>
              Other medication…
            </Link>
          </li>
        </ul>
      )}
      <p role="status" className="done">
        {done ?? ''}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
