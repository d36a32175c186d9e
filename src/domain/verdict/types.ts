/**
 * Input and output types of the verdict engine. The input is a plain daily series, independent
 * of the diary format and of the clinical engine (which will build it from a diary): one entry
 * per calendar day, unrecorded days included with `recorded: false`.
 */

/** A calendar day `YYYY-MM-DD` in the person's time zone. */
export type LocalDate = string;

/** What happened on one calendar day, as the clinical engine derives it from the diary. */
export interface DailyOutcome {
  date: LocalDate;
  /** The diary was completed for this day (an entry or an explicit "no headache"). */
  recorded: boolean;
  migraineDay: boolean;
  headacheDay: boolean;
  moderateSevereDay?: boolean;
  acuteMedicationDay?: boolean;
  /** Highest pain 0–10 of the day; null or absent when there was no headache. */
  peakPain?: number | null;
  /** Hours of headache on this day; null or absent when there was none. */
  durationHours?: number | null;
  /** Normal activities were lost for most of the day (disability ≥ 2). */
  dayLost?: boolean;
  /** Check-in stress 0–10. */
  stress?: number | null;
  /** A preventive medication was started, stopped or changed on this day. */
  preventiveChange?: boolean;
  /** An early-warning sign (prodrome) was logged on this day. */
  earlyWarning?: boolean;
}

/** One therapy course: first session day, optional last day and pre-specified run-in. */
export interface TherapyCourse {
  therapyId: string;
  start: LocalDate;
  end: LocalDate | null;
  /** Days after `start` excluded before the evaluation window begins (carry-in). */
  runInDays?: number;
  /** Session days, for immediate effects and cadence; not used by the AB verdict. */
  sessions?: LocalDate[];
}

/** Which daily flag the verdict counts. */
export type VerdictOutcome = 'migraine_days' | 'headache_days';

/** The verdict ladder of docs/clinical-rules.md §8.4. */
export type VerdictLabel = 'insufficient_data' | 'no_clear_change' | 'improved' | 'worsened';

/** Stable codes of the plain-language warnings. */
export type WarningCode =
  | 'placebo_context'
  | 'uncontrolled_comparison'
  | 'baseline_short'
  | 'baseline_incomplete'
  | 'evaluation_short'
  | 'evaluation_incomplete'
  | 'started_after_worst_month'
  | 'preventive_change'
  | 'seasonal_overlap';

/** A warning shown next to the verdict. */
export interface VerdictWarning {
  code: WarningCode;
  message: string;
}

/** Counts of one phase (baseline or evaluation window). */
export interface PhaseSummary {
  /** Calendar days in the phase window. */
  days: number;
  /** Valid (recorded) days in the window: the exposure. */
  recordedDays: number;
  /** Recorded days with the outcome (migraine or headache days). */
  eventDays: number;
  /** Observed event days per 28 valid days; null without recorded days. */
  per28: number | null;
  /** First and last calendar day of the window; null when the window is empty. */
  from: LocalDate | null;
  to: LocalDate | null;
}

/** Posterior summary of the rate ratio R = evaluation rate / baseline rate. */
export interface RateRatio {
  median: number;
  ci95: [number, number];
}

/** The verdict object of `stillpoint verdict` (docs/product.md §5.3), plus added fields. */
export interface VerdictResult {
  therapyId: string;
  outcome: VerdictOutcome;
  verdict: VerdictLabel;
  baseline: PhaseSummary;
  treatment: PhaseSummary;
  rateRatio: RateRatio | null;
  pImproved: number | null;
  pBeyondPlacebo: number | null;
  warnings: VerdictWarning[];
  /**
   * True when P(R < 0.75) ≥ 0.90 (the docs/clinical-rules.md §8.4 sub-flag) on an `improved`
   * verdict.
   */
  beyondTypicalPlacebo: boolean;
  /** Plain-language one-liner, never causal. */
  summary: string;
  /** How the model widened the plain closed form (see block-model.ts). */
  model: ModelDiagnostics | null;
  /** Secondary outcomes, descriptive. */
  secondary: SecondaryOutcome[];
}

/** Diagnostics of the variance model, for transparency in reports. */
export interface ModelDiagnostics {
  /** Within-block dispersion from day-to-day clustering (multi-day attacks), ≥ 1. */
  dayDispersion: number;
  /** Posterior mean of the month-to-month SD of the log attack rate. */
  blockSd: number;
  /** Posterior mean of the variance inflation D applied to both phases (≥ 1). */
  varianceInflation: number;
  /** Effective number of baseline and evaluation events after the inflation. */
  effectiveEvents: [number, number];
  /** Baseline blocks left out because therapy started right after the peak block. */
  excludedBaselineBlocks: number;
}

/** One secondary outcome: a count rate ratio or a mean comparison, both descriptive. */
export interface SecondaryOutcome {
  outcome: string;
  kind: 'days_per_28' | 'mean';
  baseline: number | null;
  treatment: number | null;
  /** For count outcomes: posterior median and 95 % interval of the ratio. */
  rateRatio: RateRatio | null;
  /** For count outcomes: P(ratio < 1); for means: null. */
  pLower: number | null;
  /** Number of values behind each mean (mean outcomes) or recorded days (counts). */
  n: [number, number];
}
