/**
 * VERDICT NOT AVAILABLE IN THIS VERSION. The doctor report shows each therapy course's verdict
 * ("does it work for me?", clinical-rules.md §8) from `src/domain/verdict/index.ts` once that
 * module exports `verdict`. It does not yet, so this slot returns no verdict and the report
 * prints `VERDICT_UNAVAILABLE` in its place.
 *
 * To wire it: build the daily series from `diaryDays(diary, { now })` (every day from the first
 * to the last diary day, unrecorded days with `recorded: false`), the course from the therapy
 * (`start`, `end`, `runInDays`, session days), call `verdict(series, course)` and return its
 * `verdict` label, `summary` and warnings here.
 */
import type { Diary, Therapy } from '../../diary/diary.schema.ts';

export const VERDICT_UNAVAILABLE = 'verdict not available in this version';

/** What the report prints for a course's verdict. */
export interface TherapyVerdict {
  /** `insufficient_data` | `no_clear_change` | `improved` | `worsened`. */
  label: string;
  summary: string;
  warnings: string[];
}

/** The verdict of a therapy course, or null while the verdict engine is not available. */
export function therapyVerdict(
  _diary: Diary,
  _therapy: Therapy,
  _now: string,
): TherapyVerdict | null {
  return null;
}
