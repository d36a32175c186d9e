/**
 * Import another app's export (Bearable, Migraine Buddy, Apple Health, Daylio, iHeadache):
 * pick the file and the zone its local times were in, see the preview with every time in that
 * zone, then make the decisions the import needs before anything is written — import the rest
 * or nothing when rows cannot be read, and which days count as recorded diary days for sources
 * that log only some days. Nothing is chosen for the person: "Import" stays disabled until they
 * decide.
 */
import { useEffect, useState } from 'react';
import { PERSON_PATH } from '../api/client.ts';
import { clearGetCache, request } from '../api/http.ts';
import type { Person } from '../api/types.ts';
import { emitChange } from '../data/changes.ts';
import { useAction } from '../lib/use-action.ts';
import { AppImportPreviewView } from './AppImportPreviewView.tsx';
import { type AppImportChoices, type AppImportPreview, importAppFile } from './app-import-api.ts';

export function AppImportPanel() {
  const [zone, setZone] = useState('');
  const [profileZone, setProfileZone] = useState('');
  const [makeMine, setMakeMine] = useState(false);
  const [file, setFile] = useState<File>();
  const [preview, setPreview] = useState<AppImportPreview>();
  const [choices, setChoices] = useState<AppImportChoices>({});
  const [done, setDone] = useState<string>();
  const [error, run] = useAction();
  useEffect(() => {
    request<Person>('GET', PERSON_PATH)
      .then((p) => {
        setZone(p.timeZone);
        setProfileZone(p.timeZone);
      })
      .catch(() => undefined);
  }, []);
  const base = (): AppImportChoices => ({
    timeZone: zone || undefined,
    setZone: makeMine && zone !== profileZone,
  });
  const check = (picked: File | undefined) =>
    run(async () => {
      setDone(undefined);
      setPreview(undefined);
      setChoices({});
      setFile(picked);
      if (!picked) return;
      setPreview((await importAppFile(picked, base(), true)).preview);
    });
  const ready =
    preview !== undefined &&
    (preview.rejected.length === 0 || choices.unreadable !== undefined) &&
    (preview.recordedDays === undefined || choices.recordedDays !== undefined);
  const commit = () =>
    run(async () => {
      if (!file) return;
      if (choices.unreadable === 'nothing') {
        setPreview(undefined);
        setDone('Nothing was imported.');
        return;
      }
      const { report } = await importAppFile(file, { ...base(), ...choices }, false);
      clearGetCache();
      emitChange();
      setPreview(undefined);
      const n = report ? Object.values(report.counts).reduce((s, c) => s + c.added, 0) : 0;
      setDone(`Imported: ${n} new records.`);
    });
  return (
    <div className="app-import">
      <p>
        Bring your history from Bearable, Migraine Buddy (CSV export), Apple Health (export.zip),
        Daylio or an iHeadache report. You see everything before it is written.
      </p>
      <label>
        Time zone the file's times are in
        <input value={zone} onChange={(e) => setZone(e.target.value)} placeholder="Europe/Berlin" />
      </label>
      {zone !== profileZone && profileZone !== '' && (
        <label className="check">
          <input
            type="checkbox"
            checked={makeMine}
            onChange={(e) => setMakeMine(e.target.checked)}
          />
          Also make {zone || 'it'} my time zone (now {profileZone})
        </label>
      )}
      <label className="button">
        Choose a file…
        <input
          type="file"
          accept=".csv,.zip,.xml,.txt"
          hidden
          onChange={(e) => check(e.target.files?.[0])}
        />
      </label>
      {preview && (
        <AppImportPreviewView
          preview={preview}
          choices={choices}
          onChoose={(c) => setChoices({ ...choices, ...c })}
        />
      )}
      {preview && (
        <button type="button" className="button primary" disabled={!ready} onClick={commit}>
          {choices.unreadable === 'nothing' ? 'Import nothing' : 'Import'}
        </button>
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
