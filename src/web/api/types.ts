/**
 * Types of everything the web app exchanges with the API. Record types come from the diary
 * format's zod schemas and analysis types from the clinical engine (type-only imports: no code
 * reaches the bundle). The verdict engine is not there yet, so its shapes are declared here,
 * loosely, from product.md.
 */
import type { DayRow, MetricsResult } from '../../domain/clinical/index.ts';
import type {
  Attack,
  Aura,
  Day,
  Diary,
  Intake,
  Medication,
  Person,
  Questionnaire,
  Session,
  Therapy,
} from '../../domain/diary/diary.schema.ts';
import type { AnalysisOptions, ErrorBody } from '../../shared/api.ts';

export type {
  AnalysisOptions,
  Attack,
  Aura,
  Day,
  DayRow,
  Diary,
  ErrorBody,
  Intake,
  Medication,
  MetricsResult,
  Person,
  Questionnaire,
  Session,
  Therapy,
};

/** The diary collections of the API and the record type each holds. */
export interface Collections {
  attacks: Attack;
  medications: Medication;
  intakes: Intake;
  days: Day;
  therapies: Therapy;
  sessions: Session;
  questionnaires: Questionnaire;
}
export type CollectionName = keyof Collections;

/** The key of a record in its collection (`date` for days, `id` for everything else). */
export function keyOf<C extends CollectionName>(collection: C, record: Collections[C]): string {
  return collection === 'days' ? (record as Day).date : (record as { id: string }).id;
}

export type FieldIssue = { field: string; message: string };

export type VerdictLabel = 'insufficient_data' | 'no_clear_change' | 'improved' | 'worsened';

/** `GET /api/therapies/:id/verdict` (product.md), tolerant of fields still to come. */
export interface Verdict {
  therapyId: string;
  outcome: 'migraine_days' | 'headache_days';
  verdict: VerdictLabel;
  baseline?: { days?: number; recordedDays?: number; eventDays?: number; per28?: number | null };
  treatment?: { days?: number; recordedDays?: number; eventDays?: number; per28?: number | null };
  rateRatio?: { median: number; ci95: [number, number] } | null;
  pImproved?: number | null;
  pBeyondPlacebo?: number | null;
  summary?: string;
  warnings?: { code: string; message: string }[];
}

/** Plans and cadence are not specified yet: shown as whatever plain fields they carry. */
export type LooseResult = Record<string, unknown>;

export interface ImportReport {
  mode: 'merge' | 'replace';
  dryRun: boolean;
  counts: Record<string, { inFile: number; added: number; total: number }>;
}
