/**
 * Paths and calls of the non-collection API: analysis (with the device's day rules), person,
 * whole-diary export/import, and the verdict endpoints that may not exist yet.
 */
import { getSettings } from '../lib/settings.ts';
import { ApiError, request } from './http.ts';
import type { Diary, ImportReport, Person } from './types.ts';

export type AnalysisKind = 'classification' | 'metrics' | 'days';

/** `/api/analysis/<kind>` with the day rules chosen in Settings. */
export function analysisPath(kind: AnalysisKind): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(getSettings().rules)) {
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return `/api/analysis/${kind}${query ? `?${query}` : ''}`;
}

export const PERSON_PATH = '/api/person';
export const putPerson = (person: Person) => request<Person>('PUT', PERSON_PATH, person);
export const exportDiary = () => request<Diary>('GET', '/api/diary');

export function importDiary(diary: unknown, mode: 'merge' | 'replace', dryRun: boolean) {
  const query = `mode=${mode}&dryRun=${dryRun ? 'true' : 'false'}`;
  return request<ImportReport>('POST', `/api/diary/import?${query}`, diary);
}

/** A result that may not be available (the endpoint is still being built, or has no data). */
export type Optional<T> = { available: true; value: T } | { available: false; reason: string };

/** GET/POST an endpoint of a feature still to come: 404/405/501 mean "not available yet". */
export async function optionalCall<T>(method: 'GET' | 'POST', path: string): Promise<Optional<T>> {
  try {
    return {
      available: true,
      value: await request<T>(method, path, method === 'POST' ? {} : undefined),
    };
  } catch (error) {
    if (error instanceof ApiError && [404, 405, 501].includes(error.status)) {
      return { available: false, reason: error.message };
    }
    throw error;
  }
}
