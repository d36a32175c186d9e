/**
 * Therapy courses of the doctor report: each course running during the period, its sessions
 * (in the period and in total), their rhythm, the mean pain right before and after a session
 * (an immediate effect, not evidence of a lasting one) and the course verdict — the same
 * calibrated verdict as `stillpoint verdict`, judged on the report's `now`. The two lines every
 * verdict carries (placebo context, before/after is not cause) are printed once under the
 * table (`VERDICT_CONTEXT`), the course-specific warnings next to each verdict.
 */
import { localDateOf } from '../../calendar/zoned.ts';
import type { Analysis } from '../../clinical/analysis.ts';
import type { Diary } from '../../diary/diary.schema.ts';
import { therapyVerdict } from '../../therapy/therapy-verdict.ts';
import type { VerdictResult } from '../../verdict/types.ts';
import { sessionRhythm } from '../ical/session-plan.ts';
import { humanize } from '../local-codes.ts';
import { inPeriod, type Period } from '../slice.ts';

export interface TherapyRow {
  name: string;
  kind: string;
  start: string;
  end: string | null;
  sessionsInPeriod: number;
  sessionsTotal: number;
  /** "every 7 days", or "" with fewer than two sessions. */
  rhythm: string;
  /** Mean pain (0–10) right before and right after the sessions that rated both, or null. */
  painBefore: number | null;
  painAfter: number | null;
  /** The verdict line: label, plain summary and the rate ratio with its 95 % interval. */
  verdict: string;
  /** Warnings specific to this course (short baseline, worst month, preventive change…). */
  verdictWarnings: string[];
}

/** Warning codes every verdict carries; the report prints them once (see `verdictContext`). */
const SHARED_WARNINGS = new Set(['placebo_context', 'uncontrolled_comparison']);

/** The lines every verdict carries, printed once under the therapy table. */
export function verdictContext(): string {
  return (
    'Verdicts compare the time before a course with the time after it started: a change over ' +
    'time, not its cause. In placebo groups of migraine-prevention trials about 1 in 4 people ' +
    'halve their migraine frequency.'
  );
}

function verdictLine(v: VerdictResult): string {
  const ratio = v.rateRatio
    ? ` Rate ratio ${v.rateRatio.median.toFixed(2)} (95 % ${v.rateRatio.ci95[0].toFixed(2)}–${v.rateRatio.ci95[1].toFixed(2)}).`
    : '';
  return `${v.verdict.replace(/_/g, ' ')}: ${v.summary}${ratio}`;
}

const mean = (xs: number[]) =>
  xs.length === 0 ? null : Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10;

/** Courses overlapping the period, in start order. */
export function therapyRows(
  diary: Diary,
  period: Required<Period>,
  now: string,
  analysis?: Analysis,
): TherapyRow[] {
  const tz = diary.person.timeZone;
  return diary.therapies
    .filter((t) => t.start <= period.to && (t.end === null || t.end >= period.from))
    .sort((a, b) => (a.start < b.start ? -1 : 1))
    .map((t) => {
      const sessions = diary.sessions.filter((s) => s.therapyId === t.id);
      const days = sessions.map((s) => localDateOf(s.at, tz));
      const rated = sessions.filter((s) => s.painBefore !== undefined && s.painAfter !== undefined);
      const gap = sessionRhythm(days);
      const verdict = therapyVerdict(diary, {
        therapyId: t.id,
        now,
        ...(analysis ? { analysis } : {}),
      });
      return {
        name: t.name,
        kind: humanize(t.kind),
        start: t.start,
        end: t.end,
        sessionsInPeriod: days.filter((d) => inPeriod(d, period)).length,
        sessionsTotal: sessions.length,
        rhythm: gap === undefined ? '' : `every ${gap} days`,
        painBefore: mean(rated.map((s) => s.painBefore ?? 0)),
        painAfter: mean(rated.map((s) => s.painAfter ?? 0)),
        verdict: verdictLine(verdict),
        verdictWarnings: verdict.warnings
          .filter((w) => !SHARED_WARNINGS.has(w.code))
          .map((w) => w.message),
      };
    });
}
