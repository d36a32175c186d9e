/**
 * Every statistics vector of docs/clinical-rules.md §9.7 (TV-S-1 … TV-S-10), as named tests. The
 * Bayesian vectors are the docs/clinical-rules.md §8.2 closed form (the building block of the
 * verdict), checked with the ladder; gate vectors also run through the full verdict.
 */
import { describe, expect, it } from 'vitest';
import { exactRateRatioTest } from './binomial-test.ts';
import { compareDayShares } from './day-level.ts';
import { ladder } from './ladder.ts';
import { DEFAULT_VERDICT_OPTIONS } from './options.ts';
import { changePointCount, pairedRandomisationTest } from './randomisation-test.ts';
import {
  gammaPoissonPosterior,
  type RatioSummary,
  ratioCdf,
  summariseRatio,
} from './rate-ratio.ts';
import { expectedWithoutEffect } from './rtm.ts';
import { evenSeries } from './series-builder.ts';
import { verdict } from './verdict.ts';

function closedForm(yA: number, tA: number, yB: number, tB: number) {
  const baseline = gammaPoissonPosterior(yA, tA);
  const treatment = gammaPoissonPosterior(yB, tB);
  const s = summariseRatio([{ weight: 1, baseline, treatment }]);
  return { ...s, pBelowHalf: ratioCdf(0.5, baseline, treatment) };
}

const near = (actual: number, expected: number, digits = 3) =>
  expect(actual).toBeCloseTo(expected, digits);

function expectBayes(
  s: RatioSummary,
  med: number,
  lo: number,
  hi: number,
  p1: number,
  p75: number,
) {
  near(s.median, med);
  near(s.ci95[0], lo);
  near(s.ci95[1], hi);
  near(s.pBelowOne, p1);
  near(s.pBelowPlacebo, p75);
}

const label = (s: RatioSummary) => ladder(s, DEFAULT_VERDICT_OPTIONS);

describe('docs/clinical-rules.md §9.7 statistics vectors', () => {
  it('TV-S-1: 24/84 → 15/84 is no_clear_change (0.926 < 0.95)', () => {
    const s = closedForm(24, 84, 15, 84);
    expectBayes(s, 0.628, 0.324, 1.179, 0.926, 0.708);
    near(s.pBelowHalf, 0.245);
    const t = exactRateRatioTest(24, 84, 15, 84);
    near(t.ci[0], 0.305);
    near(t.ci[1], 1.241);
    near(t.pTwoSided, 0.2, 2);
    expect(label(s)).toBe('no_clear_change');
  });

  it('TV-S-2: 24/84 → 12/84 is improved, not beyond placebo', () => {
    const s = closedForm(24, 84, 12, 84);
    expectBayes(s, 0.504, 0.245, 0.982, 0.978, 0.877);
    const t = exactRateRatioTest(24, 84, 12, 84);
    near(t.ci[0], 0.228);
    near(t.ci[1], 1.04);
    near(t.pTwoSided, 0.065, 3);
    expect(label(s)).toBe('improved');
    expect(s.pBelowPlacebo).toBeLessThan(DEFAULT_VERDICT_OPTIONS.beyondPlaceboProbability);
  });

  it('TV-S-3: a one-month "50 % responder" 8/28 → 4/28 is not evidence and fails the 56-day gate', () => {
    const s = closedForm(8, 28, 4, 28);
    expectBayes(s, 0.511, 0.142, 1.58, 0.876, 0.744);
    const t = exactRateRatioTest(8, 28, 4, 28);
    near(t.ci[0], 0.11);
    near(t.ci[1], 1.866);
    near(t.pTwoSided, 0.39, 2);
    expect(label(s)).toBe('no_clear_change');
    const v = verdict(
      evenSeries('2026-01-01', [
        [28, 8],
        [28, 4],
      ]),
      {
        therapyId: 't1',
        start: '2026-01-29',
        end: '2026-02-25',
        runInDays: 0,
      },
    );
    expect(v.verdict).toBe('insufficient_data');
    expect(v.warnings.map((w) => w.code)).toContain('evaluation_short');
  });

  it('TV-S-4: 30/84 → 26/84 and 24/84 → 24/84 are no_clear_change', () => {
    const a = closedForm(30, 84, 26, 84);
    expectBayes(a, 0.867, 0.511, 1.463, 0.703, 0.293);
    near(exactRateRatioTest(30, 84, 26, 84).pTwoSided, 0.69, 2);
    expect(label(a)).toBe('no_clear_change');
    const b = closedForm(24, 84, 24, 84);
    near(b.median, 1);
    near(b.ci95[0], 0.567);
    near(b.ci95[1], 1.762);
    near(b.pBelowOne, 0.5);
    near(exactRateRatioTest(24, 84, 24, 84).pTwoSided, 1, 9);
    expect(label(b)).toBe('no_clear_change');
  });

  it('TV-S-5: block-pair randomisation test p-values', () => {
    expect(pairedRandomisationTest([3, 2, 4, 1, 2]).pValue).toBe(1 / 32);
    expect(pairedRandomisationTest([3, 2, 4, -1, 2]).pValue).toBe(2 / 32);
    expect(pairedRandomisationTest([3, 2, 4]).pValue).toBe(1 / 8);
    expect(pairedRandomisationTest([3, 2, 4]).minimumP).toBeGreaterThan(0.05);
    expect(pairedRandomisationTest([1, 2, 1, 3]).pValue).toBe(0.0625);
  });

  it('TV-S-6: ABAB change-point counts C(N − 4m + 3, 3)', () => {
    expect(changePointCount(24, 4)).toBe(165);
    near(1 / changePointCount(24, 4), 0.0061, 4);
    expect(changePointCount(20, 3)).toBe(165);
    expect(changePointCount(12, 3)).toBe(1);
  });

  it('TV-S-7: regression to the mean after a 12-MMD month with μ = 6', () => {
    expect(expectedWithoutEffect(6, 12, 0.5)).toBe(9);
    expect(1 - expectedWithoutEffect(6, 12, 0.5) / 12).toBe(0.25);
    expect(expectedWithoutEffect(6, 12, 0)).toBe(6);
  });

  it('TV-S-8: Kostecki-Dillon id 93, 12/19 → 2/20 is insufficient_data (baseline < 28 days)', () => {
    const c = compareDayShares(12, 19, 2, 20);
    near(c.pLower, 0.9998, 4);
    near(c.ratio, 0.17, 2);
    near(c.ci95[0], 0.03, 2);
    near(c.ci95[1], 0.5, 2);
    const v = verdict(
      evenSeries('2026-01-01', [
        [19, 12],
        [20, 2],
      ]),
      { therapyId: 'biofeedback', start: '2026-01-20', end: null, runInDays: 0 },
      { outcome: 'headache_days' },
    );
    expect(v.verdict).toBe('insufficient_data');
    expect(v.warnings.map((w) => w.code)).toContain('baseline_short');
  });

  it('TV-S-9: Kostecki-Dillon cohort 443/700 → 843/1325 shows no change', () => {
    const c = compareDayShares(443, 700, 843, 1325);
    near(c.ratio, 1.005, 2);
    near(c.ci95[0], 0.94, 2);
    near(c.ci95[1], 1.08, 2);
    near(c.pLower, 0.44, 2);
  });

  it('TV-S-10: real log 90/577 → 17/199 is improved (uncontrolled)', () => {
    const s = closedForm(90, 577, 17, 199);
    near(s.median, 0.552);
    near(s.ci95[0], 0.319);
    near(s.ci95[1], 0.9, 2);
    near(s.pBelowOne, 0.992);
    near(s.pBelowPlacebo, 0.886);
    const t = exactRateRatioTest(90, 577, 17, 199);
    near(t.ci[0], 0.306);
    near(t.ci[1], 0.9265); // SciPy 0.92645; the table rounds it to 0.927
    near(t.pTwoSided, 0.02, 2);
    expect(label(s)).toBe('improved');
  });
});
