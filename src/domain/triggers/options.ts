/**
 * The named constants of the trigger method (`docs/trigger-analysis.md` §4), fixed before any
 * diary is analysed, and the design switches the benchmark flips to show what each design rule
 * protects against. A report always uses `DEFAULT_TRIGGER_METHOD`.
 */

export interface TriggerMethod {
  /** Rows: the at-risk days (the design) or every recorded day (naive, for comparison only). */
  rows: 'atRisk' | 'allRecordedDays';
  /** Adjust every model for the time since the last attack (log(1 + attack-free days)). */
  gapTerm: boolean;
  /** Share the 5 % error rate across the factors tested (Bonferroni) instead of per factor. */
  familyWise: boolean;
  /** Never call a premonitory-type factor a trigger. */
  premonitoryGuard: boolean;
}

export const DEFAULT_TRIGGER_METHOD: Readonly<TriggerMethod> = Object.freeze({
  rows: 'atRisk',
  gapTerm: true,
  familyWise: true,
  premonitoryGuard: true,
});

/** The naive analysis the benchmark and the trap tests compare against. */
export const NAIVE_TRIGGER_METHOD: Readonly<TriggerMethod> = Object.freeze({
  rows: 'allRecordedDays',
  gapTerm: false,
  familyWise: false,
  premonitoryGuard: false,
});

/** Chance, across all factors of one person, of any false trigger/protective call: 5 %. */
export const FAMILY_ERROR = 0.05;
/**
 * Prior SD of a factor's log odds ratio: 95 % prior range of the odds ratio 1/50–50, close to
 * the log-F(2, 2) prior (upper 95 % bound 40) of Holsteen's n-of-1 work. Chosen on the tuning
 * seeds over SD 1, 1.5 and 4 (`docs/trigger-analysis.md` §7): SD 1 halved the false-call rate
 * that was already far below 5 % and cost power; SD 4 lets separated data run to odds ratios in
 * the hundreds.
 */
export const FACTOR_PRIOR_SD = 2;
/** Prior SD of the log-gap coefficient (per unit of log(1 + days)). */
export const GAP_PRIOR_SD = 1;
/** Prior SD of the intercept around the logit of the observed onset share. */
export const INTERCEPT_PRIOR_SD = 2;
/** A "likely" call also needs an estimated odds ratio at least this far from 1. */
export const MIN_EFFECT = 1.2;
/** "No strong link": the 95 % interval lies inside (1 / margin, margin). Holsteen's margin. */
export const NO_LINK_MARGIN = 2;

/** Minimum data per factor, decided before any estimate is looked at. */
export const MIN_ROWS = 40;
export const MIN_ONSETS = 8;
/** Exposed days and unexposed days each. */
export const MIN_EACH_SIDE = 8;

/** Check-in share of at-risk days below which a factor's result is flagged as sparse. */
export const LOW_COMPLETENESS = 0.7;
