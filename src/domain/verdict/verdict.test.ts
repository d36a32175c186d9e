import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates.ts';
import { evenSeries } from './series-builder.ts';
import type { DailyOutcome, TherapyCourse } from './types.ts';
import { verdict } from './verdict.ts';

/** 84-day baseline (3 blocks), 28-day run-in, 84-day evaluation window. */
const START = '2026-01-01';
const course: TherapyCourse = { therapyId: 'cst', start: addDays(START, 84), end: null };
const diary = (a: number[], runIn: number, b: number[]) =>
  evenSeries(START, [
    ...a.map((e) => [28, e] as const),
    [28, runIn],
    ...b.map((e) => [28, e] as const),
  ]);
const codes = (v: ReturnType<typeof verdict>) => v.warnings.map((w) => w.code);
const CAUSAL =
  /(therapy|course|treatment|session)s? (caused|reduced|cured|worked)|thanks to|because of (the|your)/i;

describe('verdict', () => {
  it('returns the docs/product.md §5.3 shape with the placebo line and no causal wording', () => {
    const v = verdict(diary([10, 10, 10], 4, [3, 3, 3]), course);
    for (const key of [
      'therapyId',
      'outcome',
      'verdict',
      'baseline',
      'treatment',
      'rateRatio',
      'pImproved',
      'pBeyondPlacebo',
      'warnings',
    ]) {
      expect(v).toHaveProperty(key);
    }
    expect(Object.keys(v.baseline)).toEqual(
      expect.arrayContaining(['days', 'recordedDays', 'eventDays', 'per28']),
    );
    expect(v).toMatchObject({ therapyId: 'cst', outcome: 'migraine_days', verdict: 'improved' });
    expect(v.baseline).toMatchObject({ days: 84, recordedDays: 84, eventDays: 30, per28: 10 });
    expect(v.treatment).toMatchObject({ days: 84, eventDays: 9, per28: 3 });
    expect(v.beyondTypicalPlacebo).toBe(true);
    expect(codes(v)).toContain('placebo_context');
    expect(v.warnings.find((w) => w.code === 'placebo_context')?.message).toMatch(/1 in 4/);
    expect(v.summary).toMatch(/were lower after the course started/);
    for (const text of [v.summary, ...v.warnings.map((w) => w.message)])
      expect(text).not.toMatch(CAUSAL);
    expect(v.rateRatio?.median).toBeLessThan(0.5);
    expect(v.pImproved).toBeGreaterThan(0.95);
  });

  it('says no_clear_change for a stable diary and worsened for a clear increase', () => {
    expect(verdict(diary([6, 6, 6], 6, [6, 6, 6]), course).verdict).toBe('no_clear_change');
    const worse = verdict(diary([3, 3, 3], 8, [10, 10, 10]), course);
    expect(worse.verdict).toBe('worsened');
    expect(worse.summary).toMatch(/higher/);
  });

  it('gates: a short baseline gives insufficient_data but still describes the data', () => {
    const series = evenSeries(START, [
      [20, 6],
      [28, 2],
      [84, 2],
    ]);
    const v = verdict(series, { ...course, start: addDays(START, 20) });
    expect(v.verdict).toBe('insufficient_data');
    expect(codes(v)).toContain('baseline_short');
    expect(v.rateRatio).not.toBeNull();
    expect(codes(v)).toContain('placebo_context');
  });

  it('gates: an incomplete baseline block (22 of 28 days) blocks the verdict', () => {
    const series: DailyOutcome[] = diary([10, 10, 10], 4, [3, 3, 3]).map((d, i) =>
      i >= 30 && i < 36 ? { ...d, recorded: false } : d,
    );
    const v = verdict(series, course);
    expect(v.verdict).toBe('insufficient_data');
    expect(codes(v)).toContain('baseline_incomplete');
    expect(v.baseline.recordedDays).toBe(78);
  });

  it('gates: no evaluation data yet', () => {
    const v = verdict(
      evenSeries(START, [
        [84, 20],
        [20, 3],
      ]),
      course,
    );
    expect(v.verdict).toBe('insufficient_data');
    expect(codes(v)).toContain('evaluation_short');
    expect(v.rateRatio).toBeNull();
    expect(v.pImproved).toBeNull();
  });

  it('gates: a preventive change inside a window blocks; in the run-in it only cautions', () => {
    const base = diary([10, 10, 10], 4, [3, 3, 3]);
    const inBaseline = base.map((d, i) => (i === 40 ? { ...d, preventiveChange: true } : d));
    expect(verdict(inBaseline, course).verdict).toBe('insufficient_data');
    expect(codes(verdict(inBaseline, course))).toContain('preventive_change');
    const inRunIn = base.map((d, i) => (i === 90 ? { ...d, preventiveChange: true } : d));
    const v = verdict(inRunIn, course);
    expect(v.verdict).toBe('improved');
    expect(codes(v)).toContain('preventive_change');
  });

  it('warns after a start right after the worst month and compares with the earlier blocks', () => {
    const v = verdict(diary([4, 4, 14], 4, [4, 4, 4]), course);
    expect(codes(v)).toContain('started_after_worst_month');
    const w = v.warnings.find((x) => x.code === 'started_after_worst_month');
    expect(w?.message).toMatch(/regression to the mean/);
    expect(w?.message).toMatch(/14\.0/);
    expect(v.model?.excludedBaselineBlocks).toBe(1);
    expect(v.baseline.per28).toBe(4);
    expect(v.verdict).toBe('no_clear_change');
  });

  it('warns about seasons when the windows are months apart', () => {
    expect(codes(verdict(diary([6, 6, 6], 6, [6, 6, 6]), course))).toContain('seasonal_overlap');
    const short = verdict(
      evenSeries(START, [
        [56, 12],
        [0, 0],
        [56, 12],
      ]),
      {
        ...course,
        start: addDays(START, 56),
        runInDays: 0,
      },
    );
    expect(codes(short)).not.toContain('seasonal_overlap');
  });

  it('counts headache days when asked and reports secondary outcomes present in the data', () => {
    const series = diary([8, 8, 8], 4, [4, 4, 4]).map((d) => ({
      ...d,
      headacheDay: d.migraineDay || d.date.endsWith('5'),
      moderateSevereDay: d.migraineDay,
      peakPain: d.migraineDay ? 7 : null,
      stress: 4,
    }));
    const v = verdict(series, course, { outcome: 'headache_days' });
    expect(v.outcome).toBe('headache_days');
    expect(v.baseline.eventDays).toBeGreaterThan(24);
    const names = v.secondary.map((s) => s.outcome);
    expect(names).toEqual(
      expect.arrayContaining(['migraine_days', 'moderate_severe_days', 'peak_pain', 'stress']),
    );
    expect(names).not.toContain('headache_days');
    expect(v.secondary.find((s) => s.outcome === 'peak_pain')).toMatchObject({
      kind: 'mean',
      baseline: 7,
      treatment: 7,
    });
  });

  it('stays finite when every day is an event day', () => {
    const v = verdict(diary([28, 28, 28], 28, [28, 28, 28]), course);
    expect(v.verdict).toBe('no_clear_change');
    expect(Number.isFinite(v.rateRatio?.median ?? Number.NaN)).toBe(true);
  });

  it('never throws on arbitrary series and keeps probabilities in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.boolean()), { minLength: 0, maxLength: 260 }),
        fc.integer({ min: 0, max: 200 }),
        (days, startIndex) => {
          const series = days.map(([recorded, event], i) => ({
            date: addDays(START, i),
            recorded,
            migraineDay: recorded && event,
            headacheDay: recorded && event,
          }));
          const v = verdict(series, {
            therapyId: 'x',
            start: addDays(START, startIndex),
            end: null,
          });
          for (const p of [v.pImproved, v.pBeyondPlacebo]) {
            if (p !== null) expect(p >= 0 && p <= 1).toBe(true);
          }
          expect(v.warnings.some((w) => w.code === 'placebo_context')).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
