/**
 * Pass criteria of the trigger benchmark, fixed before any run (`docs/trigger-analysis.md` §7).
 * Changing one of these after seeing results requires a new run on fresh report seeds.
 */

/** Share of null people with any false likely_trigger / likely_protective: at most 5 %. */
export const MAX_FAMILY_ERROR = 0.05;
/** Premonitory neck tension (rising the day before attacks) is never called likely_trigger. */
export const MAX_NECK_TRIGGER_CALLS = 0;
/** With one real trigger (odds ratio ≥ 2), "no strong link" for it at most this often. */
export const MAX_FALSE_NO_LINK = 0.1;

/** Seeds: tuning (set A) and report (set B); report figures only ever come from set B. */
export const SEED_SETS = { tuning: 1_000, report: 1_000_000 } as const;
