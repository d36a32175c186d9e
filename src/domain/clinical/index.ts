/**
 * Stillpoint clinical engine (`docs/clinical-rules.md`): pure functions from a validated diary to
 * the JSON of the engine commands in `docs/product.md` §5.1–5.2.
 *
 * - `classifyDiary` → `stillpoint classify`: per attack `{ id, type, aura, reasons }` and
 *   diagnosis suggestions `{ code, name, status }`.
 * - `diaryMetrics` → `stillpoint metrics`: `{ blocks, chronicMigraine, medicationOveruse,
 *   redFlags }` (plus `months`, `questionnaires`, `rules`).
 *
 * Every tunable rule is a named option of `ClinicalOptions` (defaults in
 * `DEFAULT_CLINICAL_OPTIONS`). Nothing here reads the clock: pass `now` explicitly.
 */
import type { Diary } from '../diary/diary.schema.ts';
import { analyseDiary } from './analysis.ts';
import {
  type ClassificationResult,
  classificationResult,
  diagnoses,
} from './classify/classify-diary.ts';
import { type DayRow, dayRows } from './days/day-rows.ts';
import { type MetricsResult, metricsResult } from './metrics/metrics-diary.ts';
import { type ClinicalOptions, requireNow, resolveClinicalOptions } from './options.ts';

/** Options of `diaryMetrics`: `now` (ISO UTC instant) is required; everything else optional. */
export type MetricsOptions = Partial<ClinicalOptions> & { now: string };

/**
 * Classifies every attack of a diary by ICHD-3 criteria and suggests diagnoses over the whole
 * diary. Attacks touching each other are assessed as one episode. `options.now` (optional) lets
 * ongoing attacks count up to now; without it their duration is unknown.
 * Throws `AppError('invalid')` for malformed options.
 */
export function classifyDiary(
  diary: Diary,
  options: Partial<ClinicalOptions> = {},
): ClassificationResult {
  return classificationResult(analyseDiary(diary, resolveClinicalOptions(options)));
}

/**
 * Outcome metrics of a diary: 28-day blocks and calendar months in the person's own zone, the
 * chronic-migraine pattern, medication-overuse warnings by class, SNNOOP10 red flags and
 * questionnaire scores. `now` bounds ongoing attacks and marks periods still in progress.
 * Throws `AppError('invalid')` for malformed options or questionnaire answers.
 */
export function diaryMetrics(diary: Diary, options: MetricsOptions): MetricsResult {
  requireNow(options);
  const analysis = analyseDiary(diary, resolveClinicalOptions(options));
  return metricsResult(analysis, diagnoses(analysis));
}

/**
 * The day table of a diary as plain rows (one per local day with data, in date order): recorded,
 * headache, migraine under each rule, moderate/severe, acute medication by class, lost.
 */
export function diaryDays(diary: Diary, options: Partial<ClinicalOptions> = {}): DayRow[] {
  return dayRows(analyseDiary(diary, resolveClinicalOptions(options)));
}

export * from '../calendar/dates.ts';
export * from '../calendar/zoned.ts';
export type { Analysis } from './analysis.ts';
export { analyseDiary } from './analysis.ts';
export type { AttackType } from './classify/attack-type.ts';
export type { Advisory, AuraKind } from './classify/aura.ts';
export type {
  AttackClassification,
  ClassificationResult,
} from './classify/classify-diary.ts';
export { CLASSIFICATION_DISCLAIMER } from './classify/classify-diary.ts';
export type {
  MenstrualCycle,
  MenstrualMigraineResult,
  MenstrualStatus,
} from './classify/menstrual.ts';
export type { DiagnosisStatus, DiagnosisSuggestion } from './classify/suggestion.ts';
export type { DayRow } from './days/day-rows.ts';
export type { DayRecord, DayTable } from './days/day-table.ts';
export type { ChronicMigraineResult, FrequencyPattern } from './metrics/chronic.ts';
export type { MetricsResult } from './metrics/metrics-diary.ts';
export type { PeriodMetrics } from './metrics/periods.ts';
export type { MohFinding, MohLevel } from './moh/overuse.ts';
export * from './options.ts';
export * from './questionnaires/hit6.ts';
export * from './questionnaires/midas.ts';
export type { QuestionnaireResult } from './questionnaires/results.ts';
export type { RedFlagHit, RedFlagResult } from './redflags/screen.ts';
export * from './redflags/snnoop10.ts';
