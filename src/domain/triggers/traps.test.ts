/**
 * The four traps of per-person trigger analysis (`docs/trigger-analysis.md` §2), each on a
 * small fixed simulation: the report's design stays clear of the trap, and the same people
 * analysed with that one design rule broken fall into it (so each test can fail). λ values are
 * the simulator's calibration for 4 attacks per 30 days (`calibrateLambda`), fixed here to keep
 * the tests fast.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TRIGGER_METHOD, NAIVE_TRIGGER_METHOD, type TriggerMethod } from './options.ts';
import { type FactorResult, triggerReport } from './report.ts';
import { BASE_SCENARIO, type SimScenario, simulatePerson } from './testing/simulate.ts';

/** calibrateLambda for Weibull shape 1.5 and 2 (no clustering). */
const LAMBDA_K15 = 0.0569;
const LAMBDA_K2 = 0.0216;

function share(
  s: SimScenario,
  lambda: number,
  method: TriggerMethod,
  people: number,
  hit: (f: FactorResult) => boolean,
): number {
  let n = 0;
  for (let i = 0; i < people; i++) {
    const p = simulatePerson(s, lambda, 300 + i);
    if (triggerReport(p.diary, undefined, method).factors.some(hit)) n += 1;
  }
  return n / people;
}

const call = (f: FactorResult) =>
  f.verdict === 'likely_trigger' || f.verdict === 'likely_protective';

describe('trigger traps', () => {
  it('attack days as control days: avoiding alcohol during attacks does not make it "protective"', () => {
    const s = { ...BASE_SCENARIO, days: 365, avoidance: true };
    const protective = (f: FactorResult) =>
      f.factor === 'alcoholUnits' && f.verdict === 'likely_protective';
    expect(share(s, LAMBDA_K15, DEFAULT_TRIGGER_METHOD, 40, protective)).toBe(0);
    expect(share(s, LAMBDA_K15, NAIVE_TRIGGER_METHOD, 40, protective)).toBeGreaterThanOrEqual(0.1);
  });

  it('premonitory neck tension rising the day before attacks is never a trigger', () => {
    const s = { ...BASE_SCENARIO, prodromeNeck: true };
    const neck = (v: FactorResult['verdict']) => (f: FactorResult) =>
      f.factor === 'neckTension' && f.verdict === v;
    expect(share(s, LAMBDA_K15, DEFAULT_TRIGGER_METHOD, 25, neck('likely_trigger'))).toBe(0);
    expect(
      share(s, LAMBDA_K15, DEFAULT_TRIGGER_METHOD, 25, neck('early_warning_or_trigger')),
    ).toBeGreaterThanOrEqual(0.8);
    const unguarded = { ...DEFAULT_TRIGGER_METHOD, premonitoryGuard: false };
    expect(share(s, LAMBDA_K15, unguarded, 25, neck('likely_trigger'))).toBeGreaterThanOrEqual(0.8);
  });

  it('time since the last attack: drinking more once well again is not a trigger', () => {
    // Hazard rising with the attack-free time (Weibull shape 2) and drinking that rises with it
    // too: without the gap term alcohol looks harmful. Measured on the mean log odds ratio
    // (the bias itself), which a sample of 60 people pins down well.
    const s = { ...BASE_SCENARIO, days: 365, gapDrift: true, weibullShape: 2 };
    const meanLogOr = (method: TriggerMethod) => {
      const logs: number[] = [];
      for (let i = 0; i < 60; i++) {
        const p = simulatePerson(s, LAMBDA_K2, 300 + i);
        const f = triggerReport(p.diary, undefined, method).factors.find(
          (x) => x.factor === 'alcoholUnits',
        );
        if (f?.estimate) logs.push(Math.log(f.estimate.oddsRatio));
      }
      return logs.reduce((a, b) => a + b, 0) / logs.length;
    };
    const adjusted = meanLogOr(DEFAULT_TRIGGER_METHOD);
    const unadjusted = meanLogOr({ ...DEFAULT_TRIGGER_METHOD, gapTerm: false });
    expect(Math.abs(adjusted)).toBeLessThan(0.1);
    expect(unadjusted).toBeGreaterThan(adjusted + 0.15);
  });

  it('multiplicity: with 11 factors that do nothing, few people get any "likely" call', () => {
    const s = { ...BASE_SCENARIO };
    const familyWise = share(s, LAMBDA_K15, DEFAULT_TRIGGER_METHOD, 80, call);
    const perFactor = share(
      s,
      LAMBDA_K15,
      { ...DEFAULT_TRIGGER_METHOD, familyWise: false },
      80,
      call,
    );
    expect(familyWise).toBeLessThanOrEqual(0.05);
    expect(perFactor).toBeGreaterThanOrEqual(familyWise + 0.06);
  });
});
