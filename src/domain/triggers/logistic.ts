/**
 * Bayesian logistic regression with independent normal priors, fitted to its posterior mode by
 * Newton–Raphson, with the Laplace approximation of the posterior (`docs/trigger-analysis.md`
 * §4): θ | y ≈ N(θ̂, H⁻¹), H = XᵀWX + Λ. The designs are tiny (an intercept, one factor, the
 * time since the last attack), so dense 3×3 algebra is all it needs.
 *
 * The prior keeps every fit finite: a factor present before every onset (complete separation)
 * gets a large but finite estimate with a wide interval instead of an infinite one.
 */
import { cholesky, choleskySolve } from '../verdict/linalg.ts';

/** A normal prior on one coefficient: mean and standard deviation (log-odds scale). */
export interface NormalPrior {
  mean: number;
  sd: number;
}

export interface LogisticData {
  /** Design rows (same length each, one column per coefficient). */
  x: readonly (readonly number[])[];
  /** Outcome per row, 0 or 1. */
  y: readonly number[];
  /** Known log-odds added to each row (none: 0). The benchmark's oracle uses it. */
  offset?: readonly number[];
}

export interface LogisticFit {
  /** Posterior mode of each coefficient. */
  mode: number[];
  /** Posterior covariance H⁻¹ (Laplace approximation). */
  covariance: number[][];
  iterations: number;
  converged: boolean;
}

const MAX_ITERATIONS = 50;
const TOLERANCE = 1e-8;

function logPosterior(
  theta: readonly number[],
  data: LogisticData,
  priors: readonly NormalPrior[],
): number {
  let s = 0;
  for (let i = 0; i < data.y.length; i += 1) {
    const eta = linear(data.x[i] ?? [], theta) + (data.offset?.[i] ?? 0);
    // log p(y | η) = y·η − log(1 + e^η), written to avoid overflow for large |η|.
    s +=
      (data.y[i] ?? 0) * eta -
      (eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta)));
  }
  priors.forEach((p, j) => {
    const d = ((theta[j] ?? 0) - p.mean) / p.sd;
    s -= (d * d) / 2;
  });
  return s;
}

function linear(row: readonly number[], theta: readonly number[]): number {
  let s = 0;
  for (let j = 0; j < row.length; j += 1) s += (row[j] ?? 0) * (theta[j] ?? 0);
  return s;
}

/** Gradient and negative Hessian of the log posterior at θ. */
function derivatives(theta: readonly number[], data: LogisticData, priors: readonly NormalPrior[]) {
  const k = priors.length;
  const grad = priors.map((p, j) => -((theta[j] ?? 0) - p.mean) / (p.sd * p.sd));
  const hess = priors.map((p, j) => priors.map((_, l) => (j === l ? 1 / (p.sd * p.sd) : 0)));
  for (let i = 0; i < data.y.length; i += 1) {
    const row = data.x[i] ?? [];
    const eta = linear(row, theta) + (data.offset?.[i] ?? 0);
    const p = 1 / (1 + Math.exp(-eta));
    const w = p * (1 - p);
    const r = (data.y[i] ?? 0) - p;
    for (let j = 0; j < k; j += 1) {
      const xj = row[j] ?? 0;
      grad[j] = (grad[j] ?? 0) + xj * r;
      const hj = hess[j] as number[];
      for (let l = 0; l <= j; l += 1) hj[l] = (hj[l] ?? 0) + w * xj * (row[l] ?? 0);
    }
  }
  for (let j = 0; j < k; j += 1) {
    for (let l = j + 1; l < k; l += 1) (hess[j] as number[])[l] = hess[l]?.[j] ?? 0;
  }
  return { grad, hess };
}

function inverse(l: readonly (readonly number[])[]): number[][] {
  const k = l.length;
  const columns = Array.from({ length: k }, (_, j) =>
    choleskySolve(
      l,
      Array.from({ length: k }, (_, i) => (i === j ? 1 : 0)),
    ),
  );
  return Array.from({ length: k }, (_, i) => columns.map((c) => c[i] ?? 0));
}

/**
 * Fits the posterior mode by Newton–Raphson with step halving (the log posterior never
 * falls), stopping when no coefficient moves by more than 1e-8 or after 50 iterations. The
 * priors start the search at their means.
 */
export function fitLogistic(data: LogisticData, priors: readonly NormalPrior[]): LogisticFit {
  let theta = priors.map((p) => p.mean);
  let current = logPosterior(theta, data, priors);
  let iterations = 0;
  let converged = false;
  let factor: number[][] | null = null;
  while (iterations < MAX_ITERATIONS) {
    iterations += 1;
    const { grad, hess } = derivatives(theta, data, priors);
    factor = cholesky(hess);
    if (!factor) break; // cannot happen with proper priors; kept as a guard
    const step = choleskySolve(factor, grad);
    let scale = 1;
    let next = theta.map((t, j) => t + scale * (step[j] ?? 0));
    let value = logPosterior(next, data, priors);
    while (value < current - 1e-12 && scale > 1e-6) {
      scale /= 2;
      next = theta.map((t, j) => t + scale * (step[j] ?? 0));
      value = logPosterior(next, data, priors);
    }
    const moved = Math.max(...next.map((t, j) => Math.abs(t - (theta[j] ?? 0))));
    theta = next;
    current = value;
    if (moved < TOLERANCE) {
      converged = true;
      break;
    }
  }
  const { hess } = derivatives(theta, data, priors);
  factor = cholesky(hess);
  const covariance = factor ? inverse(factor) : priors.map(() => priors.map(() => Number.NaN));
  return { mode: theta, covariance, iterations, converged };
}
