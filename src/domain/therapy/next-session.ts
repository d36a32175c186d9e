/**
 * `GET /api/therapies/:id/next-session`: the cadence recommender (weekly in a high-migraine
 * phase, every 2–3 weeks while stabilising, monthly in maintenance, sooner after an
 * early-warning sign) applied to the course, respecting two things the plain recommender does
 * not know: a course that has ended gets no next session, and a randomised ABAB plan decides
 * by itself when sessions happen (none in a period without the therapy).
 */
import { addDays } from '../calendar/dates.ts';
import type { Diary } from '../diary/diary.schema.ts';
import {
  type CadenceOptions,
  type CadenceRecommendation,
  recommendNextSession,
} from '../verdict/cadence.ts';
import { type TherapyCommandOptions, therapyContext } from './context.ts';
import { expandPlan } from './therapy-plan.ts';

/** The recommendation for one course. `nextSession` is null when the course has ended. */
export interface NextSession extends Omit<CadenceRecommendation, 'nextSession'> {
  therapyId: string;
  therapyName: string;
  nextSession: string | null;
  /** Who decides the date: the phase rule, the ABAB plan, or nobody (course ended). */
  basis: 'cadence' | 'plan' | 'ended';
  /** Scheduling advice, not a clinical rule. */
  note: string;
}

const NOTE =
  'Scheduling suggestion from your migraine days, not medical advice: agree the rhythm with ' +
  'your practitioner.';

/** Recommends the next session of the selected course on `options.now`. */
export function therapyNextSession(
  diary: Diary,
  options: TherapyCommandOptions & { cadence?: Partial<CadenceOptions> },
): NextSession {
  const ctx = therapyContext(diary, options);
  const { therapy, today } = ctx;
  const rec = recommendNextSession(ctx.series, ctx.course.sessions ?? [], today, options.cadence);
  const base = { ...rec, therapyId: therapy.id, therapyName: therapy.name, note: NOTE };
  if (therapy.end !== null && therapy.end < today) {
    return {
      ...base,
      nextSession: null,
      basis: 'ended',
      reason: `The course ended on ${therapy.end}; no further session is planned.`,
    };
  }
  if (therapy.plan) {
    const plan = expandPlan(therapy, therapy.plan);
    const current = plan.periods.find((p) => p.start <= today && today <= p.end);
    if (current?.condition === 'A') {
      const nextB = plan.periods.find((p) => p.condition === 'B' && p.start > today);
      return {
        ...base,
        nextSession: nextB?.start ?? addDays(plan.end, 1),
        basis: 'plan',
        reason:
          `Your randomised plan has a period without the therapy until ${current.end}; ` +
          'sessions resume when the next therapy period starts.',
      };
    }
  }
  return { ...base, basis: 'cadence' };
}
