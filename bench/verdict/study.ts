/**
 * Runs one scenario of the calibration study: simulates diaries with a fixed seed and counts
 * the `improved` verdicts next to the naive rule and the exact test on the same diaries.
 */
import { createRandom } from '../../src/domain/verdict/random.ts';
import { verdict } from '../../src/domain/verdict/verdict.ts';
import { exactImproved, naiveImproved } from './comparators.ts';
import type { Scenario } from './scenarios.ts';

/** Counts for one scenario. */
export interface ScenarioResult {
  id: string;
  n: number;
  improved: number;
  worsened: number;
  insufficient: number;
  naive: number;
  exact: number;
  /** Mean P(R < 1) over diaries that passed the gates (a calibration diagnostic). */
  meanPImproved: number;
  ms: number;
}

/** Simulates `n` diaries of `scenario` from `seed` and tallies the four decision rules. */
export function runScenario(
  scenario: Scenario,
  n: number,
  seed: number,
  options: Record<string, unknown> = {},
): ScenarioResult {
  const rng = createRandom(seed);
  const t0 = performance.now();
  const r: ScenarioResult = {
    id: scenario.id,
    n,
    improved: 0,
    worsened: 0,
    insufficient: 0,
    naive: 0,
    exact: 0,
    meanPImproved: 0,
    ms: 0,
  };
  let pSum = 0;
  let pN = 0;
  for (let i = 0; i < n; i += 1) {
    const d = scenario.simulate(rng);
    const v = verdict(d.series, d.course, { secondary: false, ...options, ...scenario.options });
    if (v.verdict === 'improved') r.improved += 1;
    if (v.verdict === 'worsened') r.worsened += 1;
    if (v.verdict === 'insufficient_data') r.insufficient += 1;
    else if (v.pImproved !== null) {
      pSum += v.pImproved;
      pN += 1;
    }
    if (naiveImproved(d.series, d.start)) r.naive += 1;
    if (exactImproved(d.series, d.start, d.course.runInDays ?? 28)) r.exact += 1;
  }
  r.meanPImproved = pN > 0 ? pSum / pN : Number.NaN;
  r.ms = performance.now() - t0;
  return r;
}
