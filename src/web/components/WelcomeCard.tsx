/** First run on an empty diary: what Stillpoint is, and a first look with demo data. */
import { useState } from 'react';
import { loadDemo, startDiary } from '../data/demo.ts';
import { useAction } from '../lib/use-action.ts';

export function WelcomeCard() {
  const [busy, setBusy] = useState(false);
  const [error, run] = useAction();
  const act = (action: () => Promise<unknown>) => {
    setBusy(true);
    run(() => action().finally(() => setBusy(false)));
  };
  return (
    <section className="card welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Welcome to Stillpoint</h2>
      <p>
        A migraine diary that answers one question honestly: does this therapy work for me? Your
        diary stays on this machine.
      </p>
      <p>Your diary is empty. You can look around with six months of made-up data first.</p>
      <div className="button-row">
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={() => act(loadDemo)}
        >
          Try with demo data
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => act(startDiary)}>
          Start my own diary
        </button>
      </div>
      <p role="status" className="muted">
        {busy ? 'Preparing…' : ''}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
