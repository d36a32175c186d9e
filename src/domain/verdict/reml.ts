/**
 * Restricted (REML) log-likelihood of block values under a two-group mean model, used to weigh
 * the variance parameters of the block model. The two group means (baseline, evaluation) are
 * integrated out, so only the variation of blocks around their own phase mean informs the
 * variance: a phase difference (the quantity being tested) never inflates it.
 */
import { cholesky, choleskyLogDet, choleskySolve, dot } from './linalg.ts';

/**
 * −½·(log|S| + log|XᵀS⁻¹X| + rᵀS⁻¹r) for values `v`, covariance `s` and group membership
 * `isA` (true = baseline), with r the GLS residuals. Returns −Infinity when S is not positive
 * definite or a group is empty.
 */
export function remlLogLikelihood(
  v: readonly number[],
  s: readonly (readonly number[])[],
  isA: readonly boolean[],
): number {
  const l = cholesky(s);
  if (!l) return Number.NEGATIVE_INFINITY;
  const xa = isA.map((a) => (a ? 1 : 0));
  const xb = isA.map((a) => (a ? 0 : 1));
  const siV = choleskySolve(l, v);
  const m11 = dot(xa, choleskySolve(l, xa));
  const m22 = dot(xb, choleskySolve(l, xb));
  const m12 = dot(xa, choleskySolve(l, xb));
  const det = m11 * m22 - m12 * m12;
  if (!(det > 0)) return Number.NEGATIVE_INFINITY;
  const ra = dot(xa, siV);
  const rb = dot(xb, siV);
  const fitted = (m22 * ra * ra - 2 * m12 * ra * rb + m11 * rb * rb) / det;
  return -0.5 * (choleskyLogDet(l) + Math.log(det) + dot(v, siV) - fitted);
}
