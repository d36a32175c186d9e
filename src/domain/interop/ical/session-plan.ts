/**
 * Planned therapy sessions for the calendar feed (docs/interop.md §3), at the local time of the
 * course's last session:
 *
 * - a course with a randomised ABAB plan: weekly sessions through each therapy (B) period still
 *   to come, none in the periods without it — the plan decides, not the phase;
 * - otherwise, when the phase is known, the cadence recommender's interval (weekly in a
 *   high-migraine phase, every 2–3 weeks while stabilising, monthly in maintenance) from its
 *   next-session date, which an early-warning sign brings forward;
 * - otherwise (too few recorded days to tell the phase) the course's own rhythm: the typical
 *   gap between its recent sessions.
 *
 * The phase is judged on the day of the export; the description says so, because the rhythm
 * should follow new diary entries (export again later).
 *
 * A plan is a recurrence in the person's zone: wall-clock time stays put across DST changes,
 * so the UTC instant moves (17:00 in Berlin is 16:00Z in winter, 15:00Z in summer). It ends at
 * the course end or the export's `to` day (RRULE `UNTIL`, written in UTC as RFC 5545 requires
 * when DTSTART has a TZID), else after `DEFAULT_OCCURRENCES`.
 */
import { addDays, daysBetween, maxDate } from '../../calendar/dates.ts';
import { localTimeToUtc } from '../../calendar/instants.ts';
import { personToday } from '../../calendar/local-day.ts';
import { localDateOf } from '../../calendar/zoned.ts';
import { type Analysis, analyseDiary } from '../../clinical/analysis.ts';
import { resolveClinicalOptions } from '../../clinical/options.ts';
import type { Diary, Therapy } from '../../diary/diary.schema.ts';
import { sessionDays, sessionsOf } from '../../therapy/course.ts';
import { therapyNextSession } from '../../therapy/next-session.ts';
import { expandPlan } from '../../therapy/therapy-plan.ts';
import { localCell } from '../csv/cells.ts';

/** Occurrences planned when neither the course nor the export gives an end. */
export const DEFAULT_OCCURRENCES = 6;
/** Session length assumed when the last session has none (minutes). */
export const DEFAULT_SESSION_MINUTES = 60;
/** Days between sessions inside a therapy period of an ABAB plan. */
export const ABAB_SESSION_INTERVAL_DAYS = 7;
/** Local time of planned sessions when the course has none yet. */
const DEFAULT_TIME: readonly [number, number] = [17, 0];

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
  /** Where the plan comes from: the course rhythm, the phase cadence or its ABAB plan. */
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

interface PlanContext {
  diary: Diary;
  therapy: Therapy;
  now: string;
  today: string;
  /** Local day capping the plans (the export's `to`). */
  to: string | undefined;
  /** The diary's analysis, made once for every course. */
  analysis: Analysis;
}

/** Local wall-clock time and length of the course's last session (defaults without one). */
function sessionTime(ctx: PlanContext) {
  const tz = ctx.diary.person.timeZone;
  const last = sessionsOf(ctx.diary, ctx.therapy).at(-1);
  const [hour, minute] = last
    ? String(localCell(last.at, tz)).slice(11, 16).split(':').map(Number)
    : DEFAULT_TIME;
  return {
    last,
    hour: hour ?? DEFAULT_TIME[0],
    minute: minute ?? DEFAULT_TIME[1],
    durationMinutes: last?.durationMinutes ?? DEFAULT_SESSION_MINUTES,
    ...(last?.practitioner ? { practitioner: last.practitioner } : {}),
  };
}

/** A recurrence from `first` every `gap` days, ending at the earliest of `ends` (or COUNT). */
function recurrence(
  base: Omit<SessionPlan, 'firstDate' | 'intervalDays' | 'count' | 'untilUtc'>,
  first: string,
  gap: number,
  ends: readonly (string | null | undefined)[],
): SessionPlan | undefined {
  const endDay = ends.filter((d): d is string => typeof d === 'string').sort()[0];
  const plan: SessionPlan = { ...base, firstDate: first, intervalDays: gap };
  if (endDay === undefined) return { ...plan, count: DEFAULT_OCCURRENCES };
  if (endDay < first) return undefined;
  const lastDay = addDays(first, Math.floor(daysBetween(first, endDay) / gap) * gap);
  return { ...plan, untilUtc: localTimeToUtc(lastDay, plan.hour, plan.minute, plan.timeZone) };
}

/** One weekly series per therapy period of the course's ABAB plan that has not ended. */
function ababPlans(ctx: PlanContext): SessionPlan[] {
  const { therapy: t, today } = ctx;
  if (!t.plan) return [];
  const { last: _last, ...time } = sessionTime(ctx);
  const plan = expandPlan(t, t.plan);
  return plan.periods
    .filter((p) => p.condition === 'B' && p.end >= today)
    .map((p) =>
      recurrence(
        {
          uid: `${t.id}-abab-${p.pair}@stillpoint`,
          therapyId: t.id,
          title: `${t.name} session (ABAB plan, pair ${p.pair})`,
          description:
            `Therapy period of your randomised ABAB plan (pair ${p.pair}, ${p.start} to ${p.end}). ` +
            'Keep to the plan: no sessions in the periods without the therapy.',
          timeZone: ctx.diary.person.timeZone,
          source: 'abab',
          ...time,
        },
        maxDate(p.start, today),
        ABAB_SESSION_INTERVAL_DAYS,
        [p.end, ctx.to, t.end],
      ),
    )
    .filter((p): p is SessionPlan => p !== undefined);
}

/** The cadence plan when the phase is known, else the course's own rhythm. */
function cadencePlan(ctx: PlanContext): SessionPlan | undefined {
  const { diary, therapy: t, today } = ctx;
  const { last, ...time } = sessionTime(ctx);
  if (!last) return undefined;
  const tz = diary.person.timeZone;
  const next = therapyNextSession(diary, { therapyId: t.id, now: ctx.now, analysis: ctx.analysis });
  if (next.basis === 'ended') return undefined;
  const base = { therapyId: t.id, title: `${t.name} session`, timeZone: tz, ...time };
  if (next.phase !== 'unknown' && next.nextSession !== null) {
    return recurrence(
      {
        ...base,
        uid: `${t.id}-cadence@stillpoint`,
        description:
          `Planned by phase on ${today}: ${next.reason} ${next.note} Export again after new ` +
          'entries: the rhythm follows your migraine days.',
        source: 'cadence',
      },
      next.nextSession,
      next.intervalDays,
      [t.end, ctx.to],
    );
  }
  const gap = sessionRhythm(sessionDays(diary, t));
  if (gap === undefined) return undefined;
  let first = addDays(localDateOf(last.at, tz), gap);
  while (first < today) first = addDays(first, gap);
  return recurrence(
    {
      ...base,
      uid: `${t.id}-rhythm@stillpoint`,
      description:
        `Planned from your recent rhythm (every ${gap} days): too few recorded days to judge ` +
        'the phase yet. A suggestion to plan around, not medical advice.',
      source: 'rhythm',
    },
    first,
    gap,
    [t.end, ctx.to],
  );
}

/**
 * Plans for every ongoing course, starting on or after today (ABAB plans also without a
 * session yet; the others need at least one session, the rhythm fallback two). `to` (local day)
 * caps the plans, like the course end does.
 */
export function sessionPlans(diary: Diary, now: string, to?: string): SessionPlan[] {
  const today = personToday(diary.person, now);
  const ongoing = diary.therapies.filter((t) => t.end === null || t.end >= today);
  if (ongoing.length === 0) return [];
  const analysis = analyseDiary(diary, resolveClinicalOptions({ now }));
  return ongoing.flatMap((therapy) => {
    const ctx = { diary, therapy, now, today, to, analysis };
    if (therapy.plan) return ababPlans(ctx);
    const plan = cadencePlan(ctx);
    return plan ? [plan] : [];
  });
}
