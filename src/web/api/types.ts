/**
 * Types of everything the web app exchanges with the API. Record types come from the diary
 * format's zod schemas, analysis types from the clinical engine and the therapy answers
 * (verdict, ABAB plan, next session) from the therapy commands (type-only imports: no code
 * reaches the bundle).
 */
import type { DayRow, MetricsResult } from '../../domain/clinical/index.ts';
import type { Collection } from '../../domain/diary/collections.ts';
import type {
  Attack,
  Aura,
  Day,
  Diary,
  Intake,
  Medication,
  PainReading,
  Person,
  Questionnaire,
  RecordOf,
  Session,
  Therapy,
} from '../../domain/diary/diary.schema.ts';
import type {
  NextSession,
  PlanRequest,
  TherapyPlanView,
  TherapyVerdictResult,
} from '../../domain/therapy/index.ts';
import type { AbabPeriodResult } from '../../domain/verdict/abab-analysis.ts';
import type { ImmediateEffects } from '../../domain/verdict/immediate-effects.ts';
import type {
  PhaseSummary,
  SecondaryOutcome,
  VerdictOutcome,
  VerdictWarning,
} from '../../domain/verdict/types.ts';
import type { AnalysisOptions, ErrorBody } from '../../shared/api.ts';

export type {
  AbabPeriodResult,
  AnalysisOptions,
  Attack,
  Aura,
  Day,
  DayRow,
  Diary,
  ErrorBody,
  ImmediateEffects,
  Intake,
  Medication,
  MetricsResult,
  NextSession,
  PainReading,
  Person,
  PhaseSummary,
  PlanRequest,
  Questionnaire,
  SecondaryOutcome,
  Session,
  Therapy,
  TherapyPlanView,
  TherapyVerdictResult,
  VerdictOutcome,
  VerdictWarning,
};

/** The diary collections of the API and the record type each holds. */
export type Collections = { [C in Collection]: RecordOf<C> };
export type CollectionName = Collection;

/** The key of a record in its collection (`date` for days, `id` for everything else). */
export { keyOf } from '../../domain/diary/collections.ts';

export type FieldIssue = { field: string; message: string };

export interface ImportReport {
  mode: 'merge' | 'replace';
  dryRun: boolean;
  counts: Record<string, { inFile: number; added: number; total: number }>;
}
