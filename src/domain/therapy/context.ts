/**
 * Everything the therapy commands share: the selected course, the clinical analysis of the
 * diary (so migraine days follow the same rules as `stillpoint metrics`), the verdict's daily
 * series with preventive changes marked, and today in the person's zone.
 */
import { minDate } from '../calendar/dates.ts';
import { personToday } from '../calendar/local-day.ts';
import { type Analysis, analyseDiary } from '../clinical/analysis.ts';
import { type ClinicalOptions, requireNow, resolveClinicalOptions } from '../clinical/options.ts';
import type { Diary, Therapy } from '../diary/diary.schema.ts';
import type { DailyOutcome, TherapyCourse } from '../verdict/types.ts';
import { selectTherapy, therapyCourse } from './course.ts';
import { dailySeries } from './daily-series.ts';
import { DEFAULT_PREVENTIVE_GAP_DAYS, preventiveChangeDays } from './preventive-changes.ts';

/** Options shared by the therapy commands. `now` (ISO UTC) is required: it defines "today". */
export interface TherapyCommandOptions {
  therapyId?: string;
  now: string;
  clinical?: Partial<ClinicalOptions>;
  /** Shortest intake gap (days) read as a stop of a preventive medication. 45. */
  preventiveGapDays?: number;
  /**
   * The diary's analysis when the caller already has it (made with `clinical` and `now`), so
   * a loop over several courses analyses the diary once.
   */
  analysis?: Analysis;
}

export interface TherapyContext {
  therapy: Therapy;
  course: TherapyCourse;
  analysis: Analysis;
  /** Daily series through today (check-ins and early-warning signs of today included). */
  series: DailyOutcome[];
  /** The same series without today, whose day is not over (the verdict counts whole days). */
  completeSeries: DailyOutcome[];
  today: string;
}

/** Builds the shared context. Throws `not_found` (no such course) or `invalid` (options). */
export function therapyContext(diary: Diary, options: TherapyCommandOptions): TherapyContext {
  requireNow(options);
  const therapy = selectTherapy(diary, options.therapyId);
  const analysis =
    options.analysis ??
    analyseDiary(diary, resolveClinicalOptions({ ...options.clinical, now: options.now }));
  const today = personToday(diary.person, options.now);
  const lastDay = minDate(analysis.table.last ?? today, today);
  const changes = preventiveChangeDays(
    diary,
    therapy,
    lastDay,
    options.preventiveGapDays ?? DEFAULT_PREVENTIVE_GAP_DAYS,
  );
  const series = dailySeries(analysis, changes).filter((d) => d.date <= today);
  return {
    therapy,
    course: therapyCourse(diary, therapy),
    analysis,
    series,
    completeSeries: series.filter((d) => d.date < today),
    today,
  };
}
