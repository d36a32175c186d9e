import { describe, expect, it } from 'vitest';
import {
  betaQuantile,
  binomialCdf,
  binomialPmf,
  logBeta,
  regularizedBeta,
  regularizedBetaUpper,
} from './special-beta.ts';
import {
  choose,
  gammaCdf,
  gammaP,
  gammaQ,
  gammaQuantile,
  logChoose,
  logGamma,
} from './special-gamma.ts';

/** Reference values computed with SciPy 1.17 (`gammaln`, `gammainc`, `betainc`, …). */
const close = (actual: number, expected: number, rel = 1e-12) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(expected)));

describe('logGamma', () => {
  it.each([
    [0.5, 0.5723649429247],
    [1e-5, 11.512919692895826],
    [2.5, 0.2846828704729192],
    [10, 12.801827480081469],
    [100.5, 361.43554046777757],
    [1234.5, 7550.550901077894],
    [-2.5, -0.05624371649767401],
    [0.1, 2.252712651734206],
  ])('lnΓ(%s)', (x, want) => close(logGamma(x), want, 1e-13));

  it('is infinite at the poles', () => {
    expect(logGamma(0)).toBe(Number.POSITIVE_INFINITY);
    expect(logGamma(-3)).toBe(Number.POSITIVE_INFINITY);
  });

  it('gives exact small factorials and binomial coefficients', () => {
    close(Math.exp(logGamma(6)), 120, 1e-13);
    expect(choose(11, 3)).toBe(165);
    expect(choose(5, 0)).toBe(1);
    expect(choose(5, 6)).toBe(0);
    close(Math.exp(logChoose(52, 5)), 2598960, 1e-12);
    expect(logChoose(3, 4)).toBe(Number.NEGATIVE_INFINITY);
  });
});

describe('regularised incomplete gamma', () => {
  it.each([
    [0.5, 0.1, 0.34527915398142317, 0.6547208460185768],
    [3, 2.5, 0.45618688411667035, 0.5438131158833297],
    [10, 20, 0.9950045876916924, 0.0049954123083075785],
    [100, 90, 0.15822098918643007, 0.84177901081357],
    [0.5, 30, 0.9999999999999906, 9.485737571073857e-15],
    [25.5, 10, 2.894302333018828e-5, 0.9999710569766698],
  ])('P and Q at a=%s x=%s', (a, x, p, q) => {
    close(gammaP(a, x), p, 1e-12);
    expect(Math.abs(gammaQ(a, x) - q) / q).toBeLessThan(1e-10);
  });

  it('handles the edges', () => {
    expect(gammaP(2, 0)).toBe(0);
    expect(gammaQ(2, -1)).toBe(1);
    expect(gammaP(2, Number.POSITIVE_INFINITY)).toBe(1);
    expect(() => gammaP(0, 1)).toThrow(RangeError);
  });

  it.each([
    [0.025, 24.5, 84, 0.18782688370635192],
    [0.975, 0.5, 1, 2.511943093657444],
    [0.5, 3, 2, 1.3370301568617795],
  ])('Gamma quantile q=%s shape=%s rate=%s', (q, shape, rate, want) => {
    const x = gammaQuantile(q, shape, rate);
    close(x, want, 1e-10);
    close(gammaCdf(x, shape, rate), q, 1e-12);
  });
});

describe('regularised incomplete beta', () => {
  it.each([
    [0.5, 0.5, 0.3, 0.36901011956554536],
    [2, 3, 0.4, 0.5248],
    [24.5, 15.5, 0.6, 0.42658875222433995],
    [100, 200, 0.3, 0.10884306564490986],
    [0.5, 30, 0.001, 0.19276269384046296],
    [300, 250, 0.56, 0.7528669458323056],
    [1, 1, 0.7, 0.7],
    [5, 0.2, 0.999, 0.6288900790266132],
  ])('I_x(%s, %s) at %s', (a, b, x, want) => close(regularizedBeta(x, a, b), want, 1e-12));

  it('is symmetric: I_x(a,b) = 1 − I_{1−x}(b,a)', () => {
    close(regularizedBeta(0.37, 3.5, 7.25) + regularizedBetaUpper(0.37, 3.5, 7.25), 1, 1e-14);
    close(regularizedBeta(0.37, 3.5, 7.25), 1 - regularizedBeta(0.63, 7.25, 3.5), 1e-14);
  });

  it('clamps outside (0, 1) and rejects bad shapes', () => {
    expect(regularizedBeta(0, 2, 2)).toBe(0);
    expect(regularizedBeta(1.5, 2, 2)).toBe(1);
    expect(() => regularizedBeta(0.5, 0, 1)).toThrow(RangeError);
    close(logBeta(2, 3), Math.log(1 / 12), 1e-14);
  });

  it.each([
    [0.5, 0.5, 0.025, 0.001541333133436012],
    [15.5, 24.5, 0.975, 0.5410596026741594],
    [2, 3, 0.5, 0.3857275681323895],
    [0.6, 40, 0.95, 0.052799407091058445],
    [300, 250, 0.001, 0.47962795985181644],
  ])('Beta(%s, %s) quantile at %s', (a, b, q, want) => close(betaQuantile(q, a, b), want, 1e-11));
});

describe('binomial distribution', () => {
  it.each([
    [15, 39, 0.5, 0.09979543345980349],
    [3, 10, 0.2, 0.8791261183999999],
    [17, 107, 199 / 776, 0.011079923698939495],
    [500, 1000, 0.52, 0.10858106325437784],
  ])('P(Y ≤ %s | n=%s, p=%s)', (k, n, p, want) => close(binomialCdf(k, n, p), want, 1e-11));

  it('agrees with the summed mass function and handles edges', () => {
    let s = 0;
    for (let k = 0; k <= 7; k += 1) s += binomialPmf(k, 20, 0.3);
    close(binomialCdf(7, 20, 0.3), s, 1e-13);
    expect(binomialCdf(-1, 5, 0.3)).toBe(0);
    expect(binomialCdf(5, 5, 0.3)).toBe(1);
    expect(binomialPmf(0, 4, 0)).toBe(1);
    expect(binomialPmf(4, 4, 1)).toBe(1);
  });
});
