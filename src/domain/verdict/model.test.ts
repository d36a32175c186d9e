import { describe, expect, it } from 'vitest';
import { fitBlockModel } from './block-model.ts';
import { estimateDayDispersion, markovBlockDispersion } from './day-dispersion.ts';
import { cholesky, choleskyLogDet, choleskySolve } from './linalg.ts';
import {
  gammaPoissonPosterior,
  mixtureRatioCdf,
  mixtureRatioQuantile,
  negativeBinomialPredictive,
  type RatioComponent,
  ratioCdf,
} from './rate-ratio.ts';
import { remlLogLikelihood } from './reml.ts';
import { detectPeakStart, successivePeriodCorrelation } from './rtm.ts';
import type { BlockCount } from './windows.ts';

const block = (phase: 'A' | 'B', i: number, events: number, recorded = 28): BlockCount => ({
  phase,
  from: i * 28,
  to: i * 28 + 27,
  center: i * 28 + 13.5,
  recorded,
  events,
});

describe('linear algebra and REML', () => {
  it('factorises, solves and takes log-determinants', () => {
    const a = [
      [4, 2],
      [2, 3],
    ];
    const l = cholesky(a);
    expect(l).not.toBeNull();
    const x = choleskySolve(l ?? [], [2, 1]);
    expect(4 * (x[0] ?? 0) + 2 * (x[1] ?? 0)).toBeCloseTo(2, 12);
    expect(choleskyLogDet(l ?? [])).toBeCloseTo(Math.log(8), 12);
    expect(
      cholesky([
        [1, 2],
        [2, 1],
      ]),
    ).toBeNull();
  });

  it('REML is highest near the variance that generated the spread', () => {
    const v = [0.8, 1.2, 0.9, 1.1];
    const isA = [true, true, false, false];
    const at = (s2: number) =>
      remlLogLikelihood(
        v,
        v.map((_, i) => v.map((__, j) => (i === j ? s2 : 0))),
        isA,
      );
    expect(at(0.04)).toBeGreaterThan(at(0.001));
    expect(at(0.04)).toBeGreaterThan(at(1));
  });
});

describe('rate-ratio mixture', () => {
  const c = (w: number, yA: number, yB: number): RatioComponent => ({
    weight: w,
    baseline: gammaPoissonPosterior(yA, 84),
    treatment: gammaPoissonPosterior(yB, 84),
  });

  it('inverts its own CDF', () => {
    const comps = [c(0.3, 24, 12), c(0.5, 12, 6), c(0.2, 6, 3)];
    for (const q of [0.025, 0.5, 0.975]) {
      expect(mixtureRatioCdf(mixtureRatioQuantile(q, comps), comps)).toBeCloseTo(q, 8);
    }
  });

  it('has a proper negative-binomial predictive (sums to 1, mean 28a/b)', () => {
    const post = gammaPoissonPosterior(24, 84);
    let s = 0;
    let m = 0;
    for (let k = 0; k < 200; k += 1) {
      const p = negativeBinomialPredictive(k, post);
      s += p;
      m += k * p;
    }
    expect(s).toBeCloseTo(1, 10);
    expect(m).toBeCloseTo((28 * 24.5) / 84, 8);
  });
});

describe('block model', () => {
  const blocks = [
    block('A', 0, 8),
    block('A', 1, 8),
    block('A', 2, 8),
    block('B', 4, 4),
    block('B', 5, 4),
    block('B', 6, 4),
  ];
  const fitted = (scale: number, phi = 1) =>
    fitBlockModel({
      blocks,
      dayDispersion: phi,
      prior: { shape: 0.5, rate: 0 },
      blockSdPriorScale: scale,
      blockCorrelations: [0.5],
    });

  it('reduces to the docs/clinical-rules.md §8.2 closed form when σ is pinned at 0 and φ = 1', () => {
    const f = fitted(1e-6);
    const closed = ratioCdf(1, gammaPoissonPosterior(24, 84), gammaPoissonPosterior(12, 84));
    expect(mixtureRatioCdf(1, f.components)).toBeCloseTo(closed, 6);
    expect(f.varianceInflation).toBeCloseTo(1, 6);
  });

  it('widens the posterior with drift or clustering, never narrows it below φ', () => {
    const base = mixtureRatioCdf(1, fitted(1e-6).components);
    expect(mixtureRatioCdf(1, fitted(0.3).components)).toBeLessThan(base);
    expect(mixtureRatioCdf(1, fitted(1e-6, 2).components)).toBeLessThan(base);
    expect(fitted(0.3).varianceInflation).toBeGreaterThan(1);
    expect(fitted(1e-6, 2).effectiveEvents[0]).toBeCloseTo(12, 6);
  });

  it('learns a larger month-to-month SD from blocks that vary a lot', () => {
    const wild = [
      block('A', 0, 2),
      block('A', 1, 16),
      block('A', 2, 6),
      block('B', 4, 14),
      block('B', 5, 1),
      block('B', 6, 9),
    ];
    const f = (bs: BlockCount[]) =>
      fitBlockModel({
        blocks: bs,
        dayDispersion: 1,
        prior: { shape: 0.5, rate: 0 },
        blockSdPriorScale: 0.26,
        blockCorrelations: [0.25, 0.5, 0.75],
      });
    expect(f(wild).blockSd).toBeGreaterThan(f(blocks).blockSd);
  });
});

describe('day-level dispersion', () => {
  it('is 1 − p for independent days and grows with persistence', () => {
    expect(markovBlockDispersion(0.2, 0)).toBeCloseTo(0.8, 12);
    expect(markovBlockDispersion(0.2, 0.5)).toBeGreaterThan(1.5);
  });

  it('sees multi-day attacks and floors regular patterns', () => {
    const attacks = Array.from({ length: 168 }, (_, i) => (i % 10 < 3 ? 1 : 0) as 0 | 1);
    expect(estimateDayDispersion([attacks], true)).toBeGreaterThan(1.5);
    const alternating = Array.from({ length: 168 }, (_, i) => (i % 2) as 0 | 1);
    expect(estimateDayDispersion([alternating], true)).toBeCloseTo(0.5, 12);
    expect(estimateDayDispersion([alternating], false)).toBe(1);
    expect(estimateDayDispersion([[null, 1, null, 0]], true)).toBeCloseTo(0.5, 12);
  });
});

describe('regression to the mean', () => {
  it('detects a start right after the strictly highest of the last 3 blocks', () => {
    const peak = detectPeakStart([block('A', 0, 4), block('A', 1, 5), block('A', 2, 12)]);
    expect(peak).not.toBeNull();
    expect(peak?.peakPer28).toBe(12);
    expect(peak?.meanPer28).toBe(7);
    expect(peak?.surprise).toBeLessThan(0.05);
    expect(peak?.expectedPer28).toBeLessThan(12);
    expect(detectPeakStart([block('A', 0, 12), block('A', 1, 5), block('A', 2, 6)])).toBeNull();
    expect(detectPeakStart([block('A', 0, 4), block('A', 1, 12)])).toBeNull();
    expect(detectPeakStart([block('A', 0, 6), block('A', 1, 6), block('A', 2, 6)])).toBeNull();
  });

  it('estimates the successive-period correlation by the docs/clinical-rules.md §7.2 design formula', () => {
    expect(successivePeriodCorrelation([6, 6, 6])).toBe(0);
    const rho = successivePeriodCorrelation([2, 12, 4]);
    const s2 = 28; // sample variance of 2, 12, 4
    expect(rho).toBeCloseTo((s2 - 6) / s2, 12);
  });
});
