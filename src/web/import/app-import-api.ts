/**
 * The import of another app's export through `POST /api/import`: the file as sent, the
 * person's decisions as query parameters; the answer is the preview (and, when written, what
 * was written). The preview's fields are those of `ImportPreview` (domain/interop/import).
 */
import type { ImportPreview } from '../../domain/interop/import/preview.ts';
import type { RecordedDayRule } from '../../domain/interop/import/types.ts';
import { ApiError, OfflineError } from '../api/http.ts';
import type { ErrorBody, ImportReport } from '../api/types.ts';

export type { RecordedDayRule } from '../../domain/interop/import/types.ts';

/** The preview the server sends (`ImportPreview` of the import domain). */
export type AppImportPreview = ImportPreview;

export interface AppImportChoices {
  timeZone?: string;
  setZone?: boolean;
  unreadable?: 'rest' | 'nothing';
  recordedDays?: RecordedDayRule;
}

const contentType = (name: string) =>
  /\.zip$/i.test(name)
    ? 'application/zip'
    : /\.xml$/i.test(name)
      ? 'application/xml'
      : /\.json$/i.test(name)
        ? 'application/json'
        : /\.txt$/i.test(name)
          ? 'application/octet-stream'
          : 'text/csv';

/** Sends the file; `dryRun` previews only. */
export async function importAppFile(
  file: File,
  choices: AppImportChoices,
  dryRun: boolean,
): Promise<{ preview: AppImportPreview; report: ImportReport | null }> {
  const q = new URLSearchParams({ filename: file.name, dryRun: String(dryRun) });
  if (choices.timeZone) q.set('timeZone', choices.timeZone);
  if (choices.setZone) q.set('setZone', 'true');
  if (choices.unreadable) q.set('unreadable', choices.unreadable);
  if (choices.recordedDays) q.set('recordedDays', choices.recordedDays);
  let response: Response;
  try {
    response = await fetch(`/api/import?${q}`, {
      method: 'POST',
      headers: { 'content-type': contentType(file.name) },
      body: file,
      cache: 'no-store',
    });
  } catch {
    throw new OfflineError();
  }
  const value = (await response.json().catch(() => undefined)) as
    | { preview: AppImportPreview; report: ImportReport | null }
    | ErrorBody
    | undefined;
  if (!response.ok) {
    const error = (value as ErrorBody | undefined)?.error ?? {
      code: 'internal',
      message: `HTTP ${response.status}`,
    };
    throw new ApiError(response.status, error);
  }
  return value as { preview: AppImportPreview; report: ImportReport | null };
}
