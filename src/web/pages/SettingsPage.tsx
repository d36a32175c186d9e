/** Settings: the person, day rules, sync state, backup and restore, demo data. */
import { useEffect, useState } from 'react';
import { BackupPanel } from '../components/BackupPanel.tsx';
import { DayRulesForm } from '../components/DayRulesForm.tsx';
import { ExportPanel } from '../components/ExportPanel.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { PersonForm } from '../components/PersonForm.tsx';
import { SyncPanel } from '../components/SyncPanel.tsx';
import { loadDemo } from '../data/demo.ts';
import { AppImportPanel } from '../import/AppImportPanel.tsx';
import { useAction } from '../lib/use-action.ts';

function DemoPanel() {
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle');
  const [error, run] = useAction();
  const load = () =>
    run(async () => {
      setState('busy');
      try {
        await loadDemo();
        setState('done');
      } catch (e) {
        setState('idle');
        throw e;
      }
    });
  return (
    <>
      <p>
        Six made-up months: a person who starts craniosacral therapy after a bad month. Demo entries
        are added to your diary; restore a backup to remove them.
      </p>
      <button type="button" className="button" disabled={state === 'busy'} onClick={load}>
        Add demo data
      </button>
      <p role="status" className="done">
        {state === 'busy' ? 'Adding…' : state === 'done' ? 'Demo data added.' : ''}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

export default function SettingsPage() {
  useEffect(() => {
    if (window.location.hash) document.querySelector(window.location.hash)?.scrollIntoView();
  }, []);
  return (
    <>
      <PageTitle title="Settings">Settings</PageTitle>
      <section className="card" aria-labelledby="person-title">
        <h2 id="person-title">About you</h2>
        <PersonForm />
      </section>
      <section className="card" aria-labelledby="rules-title">
        <h2 id="rules-title">Day rules</h2>
        <DayRulesForm />
      </section>
      <section className="card" id="sync" aria-labelledby="sync-title">
        <h2 id="sync-title">Sync</h2>
        <SyncPanel />
      </section>
      <section className="card" aria-labelledby="backup-title">
        <h2 id="backup-title">Backup and restore</h2>
        <BackupPanel />
      </section>
      <section className="card" id="import" aria-labelledby="import-title">
        <h2 id="import-title">Import from another app</h2>
        <AppImportPanel />
      </section>
      <section className="card" id="export" aria-labelledby="export-title">
        <h2 id="export-title">Reports and exports</h2>
        <ExportPanel />
      </section>
      <section className="card" aria-labelledby="demo-title">
        <h2 id="demo-title">Demo data</h2>
        <DemoPanel />
      </section>
      <section className="card" aria-labelledby="about-title">
        <h2 id="about-title">About Stillpoint</h2>
        <p>
          Your diary is stored by the Stillpoint server on this machine; nothing leaves it unless
          you export or share it. Classifications and warnings are not a diagnosis, and Stillpoint
          is not for emergencies.
        </p>
      </section>
    </>
  );
}
