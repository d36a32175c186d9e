/**
 * Backup (download the whole diary as one stillpoint.diary file), and restore or merge a file:
 * checked first (dry run), then applied only after the person confirms.
 */
import { useState } from 'react';
import { exportDiary, importDiary } from '../api/client.ts';
import { clearGetCache } from '../api/http.ts';
import type { ImportReport } from '../api/types.ts';
import { emitChange } from '../data/changes.ts';
import { localDay } from '../lib/dates.ts';
import { useAction } from '../lib/use-action.ts';

type Mode = 'merge' | 'replace';

async function download(): Promise<void> {
  const diary = await exportDiary();
  const blob = new Blob([JSON.stringify(diary, null, 2)], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `stillpoint-${localDay()}.diary.json`;
  link.click();
  URL.revokeObjectURL(link.href);
}

const summary = (r: ImportReport) =>
  Object.entries(r.counts)
    .filter(([, c]) => c.inFile > 0)
    .map(([k, c]) => `${c.inFile} ${k}`)
    .join(', ') || 'nothing';

export function BackupPanel() {
  const [file, setFile] = useState<{
    name: string;
    diary: unknown;
    mode: Mode;
    check: ImportReport;
  }>();
  const [done, setDone] = useState<string>();
  const [error, run] = useAction();
  const choose = (mode: Mode, picked: File | undefined) =>
    run(async () => {
      setDone(undefined);
      setFile(undefined);
      if (!picked) return;
      const diary: unknown = JSON.parse(await picked.text());
      setFile({ name: picked.name, diary, mode, check: await importDiary(diary, mode, true) });
    });
  const apply = () =>
    run(async () => {
      if (!file) return;
      const report = await importDiary(file.diary, file.mode, false);
      clearGetCache();
      emitChange('all');
      setFile(undefined);
      setDone(`Done: ${summary(report)} from ${file.name}.`);
    });
  return (
    <>
      <button type="button" className="button primary" onClick={() => run(download)}>
        Download a backup
      </button>
      <div className="field">
        <label htmlFor="restore-file">Restore a backup (replaces the whole diary)</label>
        <input
          id="restore-file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => choose('replace', e.target.files?.[0])}
        />
      </div>
      <div className="field">
        <label htmlFor="merge-file">Add entries from a diary file (keeps yours)</label>
        <input
          id="merge-file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => choose('merge', e.target.files?.[0])}
        />
      </div>
      {file && (
        <fieldset className="notice confirm">
          <legend>
            {file.name} is valid: {summary(file.check)}.{' '}
            {file.mode === 'replace'
              ? 'Your current diary will be replaced.'
              : 'Entries with the same id are updated.'}
          </legend>
          <div className="button-row">
            <button type="button" className="button danger" onClick={apply}>
              {file.mode === 'replace' ? 'Replace my diary' : 'Add these entries'}
            </button>
            <button type="button" className="button quiet" onClick={() => setFile(undefined)}>
              Cancel
            </button>
          </div>
        </fieldset>
      )}
      <p role="status" className="done">
        {done ?? ''}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
