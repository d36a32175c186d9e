/**
 * Exact randomisation tests for randomised within-person designs (docs/clinical-rules.md §8.5):
 * block pairs with a random order inside each pair, and ABAB designs with random change points
 * (Onghena 1992). Both enumerate every admissible assignment, so the p-value is exact under the
 * randomisation actually used; no distributional assumption is made.
 */
import { choose } from './special-gamma.ts';

/** Result of an exact randomisation test. */
export interface RandomisationTest {
  /** Observed statistic (mean of A − B, or mean A − mean B). */
  statistic: number;
  /** One-sided p: share of assignments with a statistic ≥ the observed one. */
  pValue: number;
  /** Number of admissible assignments enumerated. */
  assignments: number;
  /** Smallest p-value the design can give (1/assignments). */
  minimumP: number;
}

const TOL = 1e-9;

/**
 * Block-pair test: `differences[i]` = outcome in A minus outcome in B of pair i (positive =
 * fewer migraine days with the therapy). Under the null, swapping A and B inside a pair flips
 * the sign, so all 2^k sign patterns are equally likely; p = #{mean ≥ observed}/2^k.
 * TV-S-5: [3,2,4,1,2] → 1/32; [3,2,4,−1,2] → 2/32; [3,2,4] → 1/8. Up to 24 pairs.
 */
export function pairedRandomisationTest(differences: readonly number[]): RandomisationTest {
  const k = differences.length;
  if (k === 0 || k > 24) throw new RangeError('need 1 to 24 pairs');
  const observed = differences.reduce((s, d) => s + d, 0) / k;
  const total = 2 ** k;
  let atLeast = 0;
  for (let mask = 0; mask < total; mask += 1) {
    let s = 0;
    for (let i = 0; i < k; i += 1)
      s += (mask >> i) & 1 ? -(differences[i] ?? 0) : (differences[i] ?? 0);
    if (s / k >= observed - TOL) atLeast += 1;
  }
  return { statistic: observed, pValue: atLeast / total, assignments: total, minimumP: 1 / total };
}

/**
 * Number of admissible ABAB change-point triples for N measurements and a minimum phase
 * length m: C(N − 4m + 3, 3) (Onghena 1992). TV-S-6: (24, 4) → 165; (20, 3) → 165; (12, 3) → 1.
 * Returns 0 when N < 4m.
 */
export function changePointCount(n: number, minPhase: number): number {
  return n < 4 * minPhase ? 0 : choose(n - 4 * minPhase + 3, 3);
}

const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;

/** mean(A) − mean(B) for change points (c1, c2, c3): A = [0,c1) ∪ [c2,c3), B = the rest. */
function ababStatistic(values: readonly number[], c1: number, c2: number, c3: number): number {
  const a = [...values.slice(0, c1), ...values.slice(c2, c3)];
  const b = [...values.slice(c1, c2), ...values.slice(c3)];
  return mean(a) - mean(b);
}

/**
 * ABAB test with random change points: `values` are N consecutive measurements (e.g. weekly
 * migraine days), `changePoints` the indices where B1, A2 and B2 start, every phase at least
 * `minPhase` long. The statistic mean(A) − mean(B) is computed for every admissible triple;
 * p = #{≥ observed}/count. Throws RangeError when the observed triple is not admissible.
 */
export function changePointTest(
  values: readonly number[],
  changePoints: readonly [number, number, number],
  minPhase: number,
): RandomisationTest {
  const n = values.length;
  const [o1, o2, o3] = changePoints;
  const ok = (c1: number, c2: number, c3: number) =>
    c1 >= minPhase && c2 - c1 >= minPhase && c3 - c2 >= minPhase && n - c3 >= minPhase;
  if (!ok(o1, o2, o3)) throw new RangeError('observed change points are not admissible');
  const observed = ababStatistic(values, o1, o2, o3);
  let count = 0;
  let atLeast = 0;
  for (let c1 = minPhase; c1 <= n - 3 * minPhase; c1 += 1) {
    for (let c2 = c1 + minPhase; c2 <= n - 2 * minPhase; c2 += 1) {
      for (let c3 = c2 + minPhase; c3 <= n - minPhase; c3 += 1) {
        count += 1;
        if (ababStatistic(values, c1, c2, c3) >= observed - TOL) atLeast += 1;
      }
    }
  }
  return { statistic: observed, pValue: atLeast / count, assignments: count, minimumP: 1 / count };
}
