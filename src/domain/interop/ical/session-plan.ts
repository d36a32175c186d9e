/**
 * Planned therapy sessions for the calendar feed (interop.md §3). The verdict module will plan
 * sessions (cadence by phase, randomised ABAB plans); it exports no such plans in this version,
 * so plans come from each ongoing course's own rhythm: the typical gap between its recent
 * sessions, at the weekday and local time of the last one.
 *
 * A plan is a recurrence in the person's zone: wall-clock time stays put across DST changes,
 * so the UTC instant moves (17:00 in Berlin is 16:00Z in winter, 15:00Z in summer). It ends at
 * the course end or the export's `to` day (RRULE `UNTIL`, written in UTC as RFC 5545 requires
 * when DTSTART has a TZID), else after `DEFAULT_OCCURRENCES`.
 */
import { addDays, daysBetween } from '../../calendar/dates.ts';
import { localTimeToUtc } from '../../calendar/instants.ts';
import { localDateOf } from '../../calendar/zoned.ts';
import type { Diary, Therapy } from '../../diary/diary.schema.ts';
import { localCell } from '../csv/cells.ts';

/** Occurrences planned when neither the course nor the export gives an end. */
export const DEFAULT_OCCURRENCES = 6;
/** Session length assumed when the last session has none (minutes). */
export const DEFAULT_SESSION_MINUTES = 60;

export interface SessionPlan {
  /** Stable iCalendar UID. */
  uid: string;
  therapyId: string;
  title: string;
  description: string;
  timeZone: string;
  /** Local day and wall-clock time of the first planned session. */
  firstDate: string;
  hour: number;
  minute: number;
  durationMinutes: number;
  /** Days between sessions (a multiple of 7 recurs weekly on the same weekday). */
  intervalDays: number;
  /** Number of sessions, when the plan has no end day. */
  count?: number;
  /** Start instant (UTC) of the last planned session, when the plan has an end day. */
  untilUtc?: string;
  /** Where the plan comes from (`rhythm` here; `cadence` / `abab` from the verdict module). */
  source: 'rhythm' | 'cadence' | 'abab';
  practitioner?: string;
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? 0;
};

/** Typical gap (days) between the last sessions: median of up to three gaps, snapped to weeks. */
export function sessionRhythm(localDays: readonly string[]): number | undefined {
  const days = [...new Set(localDays)].sort();
  const gaps = days
    .slice(1)
    .map((d, i) => daysBetween(days[i] ?? d, d))
    .slice(-3);
  if (gaps.length === 0) return undefined;
  const gap = median(gaps);
  const weeks = Math.round(gap / 7);
  return weeks >= 1 && Math.abs(gap - weeks * 7) <= 1 ? weeks * 7 : Math.max(1, gap);
}

/** The RRULE value of a plan: `FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=20250410T150000Z`. */
export function rrule(plan: SessionPlan): string {
  const weekly = plan.intervalDays % 7 === 0;
  const weekday = WEEKDAYS[((daysBetween('2024-01-01', plan.firstDate) % 7) + 7) % 7];
  const parts = weekly
    ? ['FREQ=WEEKLY', `INTERVAL=${plan.intervalDays / 7}`, `BYDAY=${weekday}`]
    : ['FREQ=DAILY', `INTERVAL=${plan.intervalDays}`];
  if (plan.untilUtc !== undefined) parts.push(`UNTIL=${plan.untilUtc.replace(/[-:]/g, '')}`);
  else parts.push(`COUNT=${plan.count ?? DEFAULT_OCCURRENCES}`);
  return parts.join(';');
}

function planOf(
  diary: Diary,
  t: Therapy,
  today: string,
  to: string | undefined,
): SessionPlan | undefined {
  const tz = diary.person.timeZone;
  const sessions = diary.sessions
    .filter((s) => s.therapyId === t.id)
    .sort((a, b) => (a.at < b.at ? -1 : 1));
  const last = sessions.at(-1);
  const gap = sessionRhythm(sessions.map((s) => localDateOf(s.at, tz)));
  if (!last || gap === undefined) return undefined;
  const lastDate = localDateOf(last.at, tz);
  const [hour, minute] = String(localCell(last.at, tz)).slice(11, 16).split(':').map(Number);
  let first = addDays(lastDate, gap);
  while (first < today) first = addDays(first, gap);
  const ends = [t.end, to].filter((d): d is string => d !== null && d !== undefined).sort();
  const endDay = ends[0];
  const plan: SessionPlan = {
    uid: `${t.id}-rhythm@stillpoint`,
    therapyId: t.id,
    title: `${t.name} session`,
    description:
      `Planned from your recent rhythm (every ${gap} days). A suggestion to plan around, not ` +
      'medical advice; Stillpoint has no cadence or ABAB plan for this course in this version.',
    timeZone: tz,
    firstDate: first,
    hour: hour ?? 12,
    minute: minute ?? 0,
    durationMinutes: last.durationMinutes ?? DEFAULT_SESSION_MINUTES,
    intervalDays: gap,
    source: 'rhythm',
  };
  if (last.practitioner) plan.practitioner = last.practitioner;
  if (endDay === undefined) return { ...plan, count: DEFAULT_OCCURRENCES };
  if (endDay < first) return undefined;
  const lastDay = addDays(first, Math.floor(daysBetween(first, endDay) / gap) * gap);
  return { ...plan, untilUtc: localTimeToUtc(lastDay, plan.hour, plan.minute, tz) };
}

/**
 * Plans for every ongoing course with at least two sessions, starting after `now`. `to` (local
 * day) caps the plans, like the course end does.
 */
export function sessionPlans(diary: Diary, now: string, to?: string): SessionPlan[] {
  const today = localDateOf(now, diary.person.timeZone);
  return diary.therapies
    .filter((t) => t.end === null || t.end >= today)
    .map((t) => planOf(diary, t, today, to))
    .filter((p): p is SessionPlan => p !== undefined);
}
