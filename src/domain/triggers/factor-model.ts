/**
 * One factor's model (`docs/trigger-analysis.md` §4): on the at-risk days where the factor is
 * known,
 *
 *     logit P(onset on d) = α + β·exposed(d) + γ·(log(1 + gap_d) − mean)
 *     α ~ N(logit(onset share), 2²),  β ~ N(0, 2²),  γ ~ N(0, 1)
 *
 * fitted by its posterior mode with the Laplace approximation. exp(β) is the odds ratio of an
 * onset after an exposed day against an unexposed one; with 5–20 % of at-risk days starting an
 * attack it is close to the ratio of the chances ("about N times as often").
 */
import { fitLogistic, type NormalPrior } from './logistic.ts';
import { FACTOR_PRIOR_SD, GAP_PRIOR_SD, INTERCEPT_PRIOR_SD } from './options.ts';

/** One row of a factor's model. */
export interface FactorRow {
  exposed: boolean;
  onset: boolean;
  gapDays: number;
}

/** Counts of a factor's rows (the 2 × 2 table). */
export interface FactorCounts {
  rows: number;
  onsets: number;
  exposed: number;
  exposedOnsets: number;
}

/** Posterior of β: mode and standard deviation on the log-odds scale. */
export interface LogOddsPosterior {
  logOr: number;
  sd: number;
}

export function countRows(rows: readonly FactorRow[]): FactorCounts {
  let onsets = 0;
  let exposed = 0;
  let exposedOnsets = 0;
  for (const r of rows) {
    if (r.onset) onsets += 1;
    if (r.exposed) exposed += 1;
    if (r.onset && r.exposed) exposedOnsets += 1;
  }
  return { rows: rows.length, onsets, exposed, exposedOnsets };
}

const logit = (p: number) => Math.log(p / (1 - p));

/** Fits the factor's model; `gapTerm: false` drops γ (the naive comparison only). */
export function fitFactor(rows: readonly FactorRow[], gapTerm: boolean): LogOddsPosterior {
  const share = Math.min(0.99, Math.max(0.01, countRows(rows).onsets / Math.max(1, rows.length)));
  const gaps = rows.map((r) => Math.log1p(r.gapDays));
  const meanGap = gaps.reduce((s, g) => s + g, 0) / Math.max(1, gaps.length);
  const x = rows.map((r, i) => {
    const row = [1, r.exposed ? 1 : 0];
    if (gapTerm) row.push((gaps[i] ?? 0) - meanGap);
    return row;
  });
  const priors: NormalPrior[] = [
    { mean: logit(share), sd: INTERCEPT_PRIOR_SD },
    { mean: 0, sd: FACTOR_PRIOR_SD },
  ];
  if (gapTerm) priors.push({ mean: 0, sd: GAP_PRIOR_SD });
  const fit = fitLogistic({ x, y: rows.map((r) => (r.onset ? 1 : 0)) }, priors);
  return { logOr: fit.mode[1] ?? 0, sd: Math.sqrt(fit.covariance[1]?.[1] ?? Number.NaN) };
}
