import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactRateRatioTest } from './binomial-test.ts';
import { addDays, dayNumber, daysBetween, formatDay } from './dates.ts';
import { resolveVerdictOptions } from './options.ts';
import { createRandom } from './random.ts';
import { ababPlanRequestSchema, dailyOutcomeSchema, therapyCourseSchema } from './schemas.ts';
import { evenSeries } from './series-builder.ts';
import { indexSeries, layoutPhases } from './windows.ts';

describe('dates', () => {
  it('maps known days', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01')).toBe(11017);
    expect(formatDay(-1)).toBe('1969-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(() => dayNumber('2026-02-30')).toThrow(/not a calendar day/);
    expect(() => dayNumber('26-1-1')).toThrow(/not a calendar day/);
  });

  it('round-trips every day number', () => {
    fc.assert(
      fc.property(
        // 0001-01-01 … 9999-12-31
        fc.integer({ min: -719_162, max: 2_932_896 }),
        (n) => dayNumber(formatDay(n)) === n,
      ),
    );
  });
});

describe('seeded random', () => {
  it('is reproducible and uniform-looking', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(createRandom(43).next()).not.toBe(xs[0]);
    const r = createRandom(7);
    let s = 0;
    for (let i = 0; i < 20000; i += 1) {
      const u = r.next();
      expect(u >= 0 && u < 1).toBe(true);
      s += u;
    }
    expect(s / 20000).toBeCloseTo(0.5, 1);
  });

  it('samples gamma, normal and Poisson with the right means', () => {
    const r = createRandom(1);
    const mean = (f: () => number, n = 20000) => {
      let s = 0;
      for (let i = 0; i < n; i += 1) s += f();
      return s / n;
    };
    expect(mean(() => r.gamma(0.5))).toBeCloseTo(0.5, 1);
    expect(mean(() => r.gamma(7))).toBeCloseTo(7, 0);
    expect(mean(() => r.normal())).toBeCloseTo(0, 1);
    expect(mean(() => r.poisson(3.5))).toBeCloseTo(3.5, 1);
    expect(mean(() => r.poisson(120), 4000) / 120).toBeCloseTo(1, 1);
    expect(r.int(1)).toBe(0);
    expect(() => r.int(0)).toThrow(RangeError);
  });
});

describe('exact conditional test', () => {
  it('gives one-sided tails that add up to 1 + P(observed)', () => {
    const t = exactRateRatioTest(24, 84, 12, 84);
    expect(t.pLower).toBeCloseTo(0.0326, 4);
    expect(t.pLower + t.pUpper).toBeGreaterThan(1);
    expect(exactRateRatioTest(0, 10, 0, 10)).toMatchObject({ pLower: 1, pTwoSided: 1 });
    expect(exactRateRatioTest(0, 84, 5, 84).ci[1]).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('phase layout', () => {
  const opts = resolveVerdictOptions();
  it('uses whole blocks back from the start and caps both windows', () => {
    const series = evenSeries('2026-01-01', [
      [200, 20],
      [150, 10],
    ]);
    const layout = layoutPhases(
      indexSeries(series),
      { therapyId: 't', start: '2026-07-20', end: null },
      opts,
    );
    expect(layout.baseline).toHaveLength(3);
    expect(formatDay(layout.baseline[2]?.to ?? 0)).toBe('2026-07-19');
    expect(layout.evaluation).toHaveLength(3);
    expect(formatDay(layout.evaluation[0]?.from ?? 0)).toBe('2026-08-17');
  });

  it('stops the evaluation at the course end and keeps one partial block when short', () => {
    const series = evenSeries('2026-01-01', [
      [120, 20],
      [120, 10],
    ]);
    const course = { therapyId: 't', start: '2026-05-01', end: '2026-07-05', runInDays: 0 };
    const layout = layoutPhases(indexSeries(series), course, opts);
    expect(layout.evaluation).toHaveLength(2);
    const short = layoutPhases(indexSeries(series), { ...course, end: '2026-05-10' }, opts);
    expect(short.evaluation).toHaveLength(1);
    expect((short.evaluation[0]?.to ?? 0) - (short.evaluation[0]?.from ?? 0) + 1).toBe(10);
  });
});

describe('input schemas', () => {
  it('accept valid input and name the bad field', () => {
    const day = {
      date: '2026-02-01',
      recorded: true,
      migraineDay: false,
      headacheDay: true,
      peakPain: 4,
    };
    expect(dailyOutcomeSchema.parse(day)).toEqual(day);
    const bad = dailyOutcomeSchema.safeParse({ ...day, date: '2026-02-30' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['date']);
    expect(dailyOutcomeSchema.safeParse({ ...day, peakPain: 11 }).success).toBe(false);
    expect(
      therapyCourseSchema.safeParse({ therapyId: 't', start: '2026-02-01', end: null }).success,
    ).toBe(true);
    expect(
      ababPlanRequestSchema.safeParse({ therapyId: 't', start: '2026-02-01', seed: 1, pairs: 4 })
        .success,
    ).toBe(false);
  });
});
