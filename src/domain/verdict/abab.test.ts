import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseAbab } from './abab-analysis.ts';
import { planAbab } from './abab-plan.ts';
import { addDays, daysBetween } from './dates.ts';
import {
  changePointCount,
  changePointTest,
  pairedRandomisationTest,
} from './randomisation-test.ts';
import type { DailyOutcome } from './types.ts';

const request = fc.record({
  seed: fc.integer({ min: 0, max: 0xffffffff }),
  pairs: fc.integer({ min: 5, max: 10 }),
  periodDays: fc.integer({ min: 14, max: 42 }),
  washoutShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
});

describe('ABAB plan generator', () => {
  it('has k pairs, one A and one B per pair, contiguous periods and p_min = 2^−k', () => {
    fc.assert(
      fc.property(request, ({ seed, pairs, periodDays, washoutShare }) => {
        const washoutDays = Math.floor(washoutShare * (periodDays - 7));
        const plan = planAbab({
          therapyId: 't',
          start: '2026-03-01',
          seed,
          pairs,
          periodDays,
          washoutDays,
        });
        expect(plan.periods).toHaveLength(2 * pairs);
        expect(plan.minimumP).toBe(2 ** -pairs);
        for (let p = 1; p <= pairs; p += 1) {
          const conds = plan.periods
            .filter((x) => x.pair === p)
            .map((x) => x.condition)
            .sort();
          expect(conds).toEqual(['A', 'B']);
        }
        plan.periods.forEach((x, i) => {
          expect(daysBetween(x.start, x.end)).toBe(periodDays - 1);
          expect(daysBetween(x.start, x.analysedFrom)).toBe(washoutDays);
          if (i > 0) expect(daysBetween(plan.periods[i - 1]?.end ?? x.start, x.start)).toBe(1);
        });
        expect(plan.end).toBe(plan.periods[plan.periods.length - 1]?.end);
        expect(plan.orders.join('')).toBe(
          plan.periods
            .map((x) => x.condition)
            .join('')
            .match(/../g)
            ?.join(''),
        );
      }),
    );
  });

  it('is fixed by its seed and varies between seeds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        const a = planAbab({ therapyId: 't', start: '2026-03-01', seed, pairs: 8 });
        expect(planAbab({ therapyId: 't', start: '2026-03-01', seed, pairs: 8 })).toEqual(a);
      }),
    );
    const orders = new Set(
      Array.from({ length: 40 }, (_, s) =>
        planAbab({ therapyId: 't', start: '2026-03-01', seed: s }).orders.join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(20);
  });

  it('refuses fewer than 5 pairs and impossible washouts; states the caveat when unblindable', () => {
    expect(() => planAbab({ therapyId: 't', start: '2026-03-01', seed: 1, pairs: 4 })).toThrow(
      /5 pairs/,
    );
    expect(() =>
      planAbab({ therapyId: 't', start: '2026-03-01', seed: 1, washoutDays: 25 }),
    ).toThrow(RangeError);
    expect(planAbab({ therapyId: 't', start: '2026-03-01', seed: 1 }).caveat).toMatch(
      /expectation effects cannot be excluded/,
    );
    expect(
      planAbab({ therapyId: 't', start: '2026-03-01', seed: 1, blindable: true }).caveat,
    ).toBeNull();
  });
});

describe('exact randomisation tests', () => {
  it('block-pair p equals brute-force enumeration on small cases', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 8 }),
        (d) => {
          const obs = d.reduce((s, x) => s + x, 0);
          let hits = 0;
          for (let m = 0; m < 2 ** d.length; m += 1) {
            const s = d.reduce((acc, x, i) => acc + ((m >> i) & 1 ? -x : x), 0);
            if (s >= obs) hits += 1;
          }
          expect(pairedRandomisationTest(d).pValue).toBe(hits / 2 ** d.length);
        },
      ),
    );
  });

  it('change-point enumeration matches C(N − 4m + 3, 3) and ranks the observed split', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 20 }), fc.integer({ min: 1, max: 4 }), (n, m) => {
        fc.pre(n >= 4 * m);
        const values = Array.from({ length: n }, (_, i) => (i * 7) % 5);
        const t = changePointTest(values, [m, 2 * m, 3 * m], m);
        expect(t.assignments).toBe(changePointCount(n, m));
        expect(t.pValue).toBeGreaterThanOrEqual(t.minimumP);
      }),
    );
    const clear = [5, 5, 5, 1, 1, 1, 5, 5, 5, 1, 1, 1];
    expect(changePointTest(clear, [3, 6, 9], 3)).toMatchObject({ assignments: 1, pValue: 1 });
    const weekly = [6, 6, 5, 6, 2, 1, 2, 1, 6, 5, 6, 6, 1, 2, 1, 2];
    expect(changePointTest(weekly, [4, 8, 12], 3).pValue).toBeCloseTo(
      1 / changePointCount(16, 3),
      12,
    );
    expect(() => changePointTest(weekly, [1, 8, 12], 3)).toThrow(RangeError);
  });
});

describe('ABAB analysis', () => {
  const plan = planAbab({ therapyId: 'cst', start: '2026-03-01', seed: 11, pairs: 5 });
  const series = (bEvents: number): DailyOutcome[] =>
    Array.from({ length: 280 }, (_, i) => {
      const period = plan.periods[Math.floor(i / 28)];
      const rate = period?.condition === 'B' ? bEvents : 8;
      const e = Math.floor(((i % 28) + 1) * (rate / 28)) > Math.floor((i % 28) * (rate / 28));
      return { date: addDays('2026-03-01', i), recorded: true, migraineDay: e, headacheDay: e };
    });
  const sessions = plan.periods.filter((p) => p.condition === 'B').map((p) => addDays(p.start, 1));

  it('reports p = 1/32 and "tracked" when every B period is better, with the caveat', () => {
    const r = analyseAbab(plan, series(2), sessions);
    expect(r.differences).toHaveLength(5);
    expect(r.test?.pValue).toBe(1 / 32);
    expect(r.tracked).toBe(true);
    expect(r.messages.join(' ')).toMatch(/tracked the therapy periods/);
    expect(r.messages.join(' ')).toMatch(/expectation effects cannot be excluded/);
    expect(r.adherence).toEqual({
      sessionsInA: 0,
      bPeriodsWithoutSession: 0,
      incompletePeriods: 0,
      pendingPeriods: 0,
    });
  });

  it('judges only ended periods while the plan runs: later ones are pending, not missed', () => {
    const midway = plan.periods[4]?.end ?? plan.end; // pairs 1–2 over, pair 3 running
    const r = analyseAbab(plan, series(2), sessions, 'migraine_days', midway);
    expect(r.adherence).toEqual({
      sessionsInA: 0,
      bPeriodsWithoutSession: 0,
      incompletePeriods: 0,
      pendingPeriods: 5,
    });
    expect(r.differences).toHaveLength(2);
    expect(r.tracked).toBe(false);
    expect(r.messages[0]).toMatch(/So far \(2 of 5 pairs complete\)/);
  });

  it('does not claim tracking without a difference, and reports deviations from the plan', () => {
    const aSession = plan.periods.find((p) => p.condition === 'A')?.start ?? '2026-03-01';
    const r = analyseAbab(plan, series(8), [...sessions.slice(1), aSession]);
    expect(r.tracked).toBe(false);
    expect(r.adherence.sessionsInA).toBe(1);
    expect(r.adherence.bPeriodsWithoutSession).toBe(1);
    expect(r.messages.join(' ')).toMatch(/not followed exactly/);
  });
});
