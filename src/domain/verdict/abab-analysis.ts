/**
 * Analysis of a completed randomised ABAB plan: per-period rates over the analysed (post-
 * washout) days, pair differences, the exact block-pair randomisation test and adherence
 * (sessions held in A periods, B periods without a session). Wording follows docs/clinical-rules.md
 * §8.4: only a randomised design with p ≤ 0.05 may say "improvement tracked the therapy periods",
 * and for unblindable therapies the expectation caveat is always attached.
 */
import type { AbabPlan } from './abab-plan.ts';
import { dayNumber } from './dates.ts';
import { BLOCK_DAYS, minRecordedPerBlock, resolveVerdictOptions } from './options.ts';
import { pairedRandomisationTest, type RandomisationTest } from './randomisation-test.ts';
import type { DailyOutcome, LocalDate, VerdictOutcome } from './types.ts';
import { indexSeries } from './windows.ts';

/** One analysed period. */
export interface AbabPeriodResult {
  pair: number;
  condition: 'A' | 'B';
  analysedDays: number;
  recordedDays: number;
  eventDays: number;
  per28: number | null;
  sessions: number;
  /** The period has not ended yet (after `through`): not judged for adherence or completeness. */
  pending: boolean;
}

/** The outcome of an ABAB plan. */
export interface AbabResult {
  therapyId: string;
  outcome: VerdictOutcome;
  periods: AbabPeriodResult[];
  /** Per pair: A per28 minus B per28 (positive = fewer event days with the therapy). */
  differences: number[];
  test: RandomisationTest | null;
  adherence: {
    sessionsInA: number;
    bPeriodsWithoutSession: number;
    incompletePeriods: number;
    pendingPeriods: number;
  };
  tracked: boolean;
  messages: string[];
}

/**
 * Analyses `plan` against the daily series and session days. A period counts as complete when
 * its analysed days are at least 80 % recorded (same rule as the AB gates, scaled to the
 * analysed length); pairs with an incomplete period are left out of the test. `tracked` is true
 * only when every pair is usable and p ≤ 0.05. Periods ending after `through` (the last complete
 * day; default: the plan's end) are pending: counted neither as missed nor as incomplete.
 */
export function analyseAbab(
  plan: AbabPlan,
  series: readonly DailyOutcome[],
  sessions: readonly LocalDate[],
  outcome: VerdictOutcome = 'migraine_days',
  through: LocalDate = plan.end,
): AbabResult {
  const throughDay = dayNumber(through);
  const index = indexSeries(series);
  const sessionDays = new Set(sessions.map(dayNumber));
  const share = minRecordedPerBlock(resolveVerdictOptions()) / BLOCK_DAYS;
  const periods = plan.periods.map((p): AbabPeriodResult => {
    let recorded = 0;
    let events = 0;
    let held = 0;
    for (let day = dayNumber(p.start); day <= dayNumber(p.end); day += 1) {
      if (sessionDays.has(day)) held += 1;
      if (day < dayNumber(p.analysedFrom)) continue;
      const d = index.get(day);
      if (!d?.recorded) continue;
      recorded += 1;
      if (outcome === 'migraine_days' ? d.migraineDay : d.headacheDay) events += 1;
    }
    const analysedDays = dayNumber(p.end) - dayNumber(p.analysedFrom) + 1;
    return {
      pair: p.pair,
      condition: p.condition,
      analysedDays,
      recordedDays: recorded,
      eventDays: events,
      per28: recorded > 0 ? (BLOCK_DAYS * events) / recorded : null,
      sessions: held,
      pending: dayNumber(p.end) > throughDay,
    };
  });
  const complete = (p: AbabPeriodResult) => p.recordedDays >= Math.ceil(share * p.analysedDays);
  const ended = periods.filter((p) => !p.pending);
  const differences: number[] = [];
  for (let pair = 1; pair <= plan.pairs; pair += 1) {
    const a = periods.find((p) => p.pair === pair && p.condition === 'A');
    const b = periods.find((p) => p.pair === pair && p.condition === 'B');
    const usable = a && b && !a.pending && !b.pending && complete(a) && complete(b);
    if (usable && a.per28 !== null && b.per28 !== null) {
      differences.push(a.per28 - b.per28);
    }
  }
  const test = differences.length > 0 ? pairedRandomisationTest(differences) : null;
  const adherence = {
    sessionsInA: periods.filter((p) => p.condition === 'A').reduce((s, p) => s + p.sessions, 0),
    bPeriodsWithoutSession: ended.filter((p) => p.condition === 'B' && p.sessions === 0).length,
    incompletePeriods: ended.filter((p) => !complete(p)).length,
    pendingPeriods: periods.length - ended.length,
  };
  const tracked = test !== null && differences.length === plan.pairs && test.pValue <= 0.05;
  const messages = [
    tracked
      ? `Improvement tracked the therapy periods (randomisation test p = ${test.pValue.toFixed(3)}).`
      : test === null
        ? 'No complete pair yet: the randomisation test needs recorded A and B periods.'
        : adherence.pendingPeriods > 0
          ? `So far (${differences.length} of ${plan.pairs} pairs complete) the periods with and ` +
            `without the therapy do not differ clearly (p = ${test.pValue.toFixed(3)}); the test ` +
            'is only conclusive when every pair is complete.'
          : `The periods with and without the therapy did not differ clearly (p = ${test.pValue.toFixed(3)}` +
            `${differences.length < plan.pairs ? `, ${plan.pairs - differences.length} incomplete pair(s) left out` : ''}).`,
  ];
  if (adherence.sessionsInA > 0 || adherence.bPeriodsWithoutSession > 0) {
    messages.push(
      `The plan was not followed exactly: ${adherence.sessionsInA} session(s) in periods without ` +
        `the therapy, ${adherence.bPeriodsWithoutSession} therapy period(s) without a session.`,
    );
  }
  if (plan.caveat) messages.push(plan.caveat);
  return {
    therapyId: plan.therapyId,
    outcome,
    periods,
    differences,
    test,
    adherence,
    tracked,
    messages,
  };
}
