/**
 * Therapy courses of the doctor report: each course running during the period, its sessions
 * (in the period and in total), their rhythm, the mean pain right before and after a session
 * (an immediate effect, not evidence of a lasting one) and the course verdict from the verdict
 * slot (or its placeholder).
 */
import { localDateOf } from '../../calendar/zoned.ts';
import type { Diary } from '../../diary/diary.schema.ts';
import { sessionRhythm } from '../ical/session-plan.ts';
import { humanize } from '../local-codes.ts';
import { inPeriod, type Period } from '../slice.ts';
import { therapyVerdict, VERDICT_UNAVAILABLE } from './verdict-slot.ts';

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
  /** The verdict line, or the "not available" placeholder. */
  verdict: string;
  verdictWarnings: string[];
}

const mean = (xs: number[]) =>
  xs.length === 0 ? null : Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10;

/** Courses overlapping the period, in start order. */
export function therapyRows(diary: Diary, period: Required<Period>, now: string): TherapyRow[] {
  const tz = diary.person.timeZone;
  return diary.therapies
    .filter((t) => t.start <= period.to && (t.end === null || t.end >= period.from))
    .sort((a, b) => (a.start < b.start ? -1 : 1))
    .map((t) => {
      const sessions = diary.sessions.filter((s) => s.therapyId === t.id);
      const days = sessions.map((s) => localDateOf(s.at, tz));
      const rated = sessions.filter((s) => s.painBefore !== undefined && s.painAfter !== undefined);
      const gap = sessionRhythm(days);
      const verdict = therapyVerdict(diary, t, now);
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
        verdict: verdict
          ? `${verdict.label.replace(/_/g, ' ')}: ${verdict.summary}`
          : VERDICT_UNAVAILABLE,
        verdictWarnings: verdict?.warnings ?? [],
      };
    });
}
