/**
 * Paths and calls of the non-collection API: analysis (with the device's day rules), person,
 * whole-diary export/import, and a therapy course's verdict, ABAB plan and next session.
 */
import { getSettings } from '../lib/settings.ts';
import { ApiError, request } from './http.ts';
import type {
  Diary,
  ImportReport,
  Person,
  PlanRequest,
  TherapyPlanView,
  VerdictOutcome,
} from './types.ts';

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

/** `/api/therapies/:id/<what>` (`verdict` optionally for another outcome than migraine days). */
export function therapyPath(
  therapyId: string,
  what: 'verdict' | 'plan' | 'next-session',
  outcome?: VerdictOutcome,
): string {
  const query = outcome && outcome !== 'migraine_days' ? `?outcome=${outcome}` : '';
  return `/api/therapies/${encodeURIComponent(therapyId)}/${what}${query}`;
}

/** Draws and stores the course's randomised ABAB plan (once: a second attempt answers 409). */
export const createPlan = (therapyId: string, plan: PlanRequest) =>
  request<TherapyPlanView>('POST', therapyPath(therapyId, 'plan'), plan);

/** The course has no ABAB plan yet (`GET …/plan` answers 404 naming the field `plan`). */
export const isNoPlan = (error: unknown) =>
  error instanceof ApiError && error.status === 404 && error.field === 'plan';
