/**
 * "Try with demo data": six realistic months (a person who starts craniosacral therapy after a
 * bad month), generated in the browser by the domain's pure demo generator and merged into the
 * diary through the import API.
 */
import { importDiary, PERSON_PATH, putPerson } from '../api/client.ts';
import { clearGetCache, request } from '../api/http.ts';
import type { ImportReport, Person } from '../api/types.ts';
import { deviceTimeZone, localDay } from '../lib/dates.ts';
import { updateSettings } from '../lib/settings.ts';
import { emitChange } from './changes.ts';

export async function loadDemo(): Promise<ImportReport> {
  const { demoDiary } = await import('../../domain/demo/demo-diary.ts');
  const diary = demoDiary({ until: localDay(), timeZone: deviceTimeZone() });
  const report = await importDiary(diary, 'merge', false);
  clearGetCache();
  updateSettings({ welcomed: true });
  emitChange('all');
  return report;
}

/** Starts a real diary: the person's time zone becomes this device's. */
export async function startDiary(): Promise<void> {
  const person = await request<Person>('GET', PERSON_PATH);
  await putPerson({ ...person, timeZone: deviceTimeZone() });
  updateSettings({ welcomed: true });
  emitChange('all');
}
