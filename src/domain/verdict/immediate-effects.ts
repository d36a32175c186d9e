/**
 * Immediate effects of sessions, shown apart from the verdict and always labelled
 * uncontrolled: pain before vs after each session (in-session change) and pain on the day after
 * a session vs other days. Neither has a control condition, so relaxation, attention, time of
 * day and expectation all contribute; they describe how sessions feel, not whether the therapy
 * changes migraine frequency.
 */
import { dayNumber } from './dates.ts';
import { betaQuantile } from './special-beta.ts';
import type { DailyOutcome, LocalDate } from './types.ts';
import { indexSeries } from './windows.ts';

/** Pain ratings recorded at one session (0–10; null when not asked). */
export interface SessionPain {
  date: LocalDate;
  painBefore?: number | null;
  painAfter?: number | null;
}

/** Mean of a sample with its size. */
export interface MeanSummary {
  n: number;
  mean: number | null;
}

/** Uncontrolled immediate-effect summaries. */
export interface ImmediateEffects {
  label: 'uncontrolled';
  inSession:
    | (MeanSummary & { meanBefore: number; meanAfter: number; ci95: [number, number] | null })
    | null;
  nextDay: { afterSession: MeanSummary; otherDays: MeanSummary; difference: number | null } | null;
  caveat: string;
}

/** Two-sided Student t quantile t_{ν, p} for p in (0.5, 1), from the Beta inverse. */
export function studentTQuantile(p: number, df: number): number {
  const x = betaQuantile(2 * (1 - p), df / 2, 0.5);
  return Math.sqrt((df * (1 - x)) / x);
}

function summarise(xs: readonly number[]): MeanSummary {
  return { n: xs.length, mean: xs.length > 0 ? xs.reduce((s, x) => s + x, 0) / xs.length : null };
}

/**
 * Pain of a recorded day: the peak pain, 0 on a recorded day without headache, null when a
 * headache day has no pain rating or the day is unrecorded.
 */
function dayPain(d: DailyOutcome | undefined): number | null {
  if (!d?.recorded) return null;
  if (typeof d.peakPain === 'number') return d.peakPain;
  return d.headacheDay ? null : 0;
}

/**
 * Summarises sessions: the mean in-session change (after − before, negative = less pain) with
 * a t interval when n ≥ 2; and mean pain on days right after a session vs the other recorded
 * days between the first session and the day after the last one (session days excluded).
 */
export function immediateEffects(
  sessions: readonly SessionPain[],
  series: readonly DailyOutcome[],
): ImmediateEffects {
  const pairs = sessions.filter(
    (s) => typeof s.painBefore === 'number' && typeof s.painAfter === 'number',
  ) as { painBefore: number; painAfter: number }[];
  let inSession: ImmediateEffects['inSession'] = null;
  if (pairs.length > 0) {
    const change = pairs.map((s) => s.painAfter - s.painBefore);
    const n = change.length;
    const m = change.reduce((s, x) => s + x, 0) / n;
    const sd = n > 1 ? Math.sqrt(change.reduce((s, x) => s + (x - m) ** 2, 0) / (n - 1)) : 0;
    const half = n > 1 ? (studentTQuantile(0.975, n - 1) * sd) / Math.sqrt(n) : null;
    inSession = {
      n,
      mean: m,
      meanBefore: pairs.reduce((s, p) => s + p.painBefore, 0) / n,
      meanAfter: pairs.reduce((s, p) => s + p.painAfter, 0) / n,
      ci95: half === null ? null : [m - half, m + half],
    };
  }
  const index = indexSeries(series);
  const sessionDays = new Set(sessions.map((s) => dayNumber(s.date)));
  let nextDay: ImmediateEffects['nextDay'] = null;
  if (sessionDays.size > 0) {
    const first = Math.min(...sessionDays);
    const last = Math.max(...sessionDays) + 1;
    const after: number[] = [];
    const other: number[] = [];
    for (let day = first; day <= last; day += 1) {
      const pain = dayPain(index.get(day));
      if (pain === null || sessionDays.has(day)) continue;
      (sessionDays.has(day - 1) ? after : other).push(pain);
    }
    const a = summarise(after);
    const o = summarise(other);
    nextDay = {
      afterSession: a,
      otherDays: o,
      difference: a.mean !== null && o.mean !== null ? a.mean - o.mean : null,
    };
  }
  return {
    label: 'uncontrolled',
    inSession,
    nextDay,
    caveat:
      'Uncontrolled: pain often eases during any calm, attentive hour, and expectations shape ' +
      'ratings. These numbers describe sessions, not whether migraines become less frequent.',
  };
}
