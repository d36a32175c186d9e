/**
 * Criterion results shared by every ICHD-3 criteria set, and the episode features they read.
 * A criterion is `met`, `failed`, or `unknown` (not assessable from the diary, for example the
 * duration of an attack that was treated successfully before the minimum duration).
 *
 * Diary convention: a symptom counts as present only when recorded `true`; a symptom the person
 * left empty counts as absent. A negative finding used as a criterion ("not aggravated by routine
 * activity") counts only when recorded `false`. A feature the record's **source does not record**
 * (an import from an app without that field, `source.notRecorded`) is unknown: a criterion that
 * depends on it is met only if it holds whatever the feature was, failed only if it fails
 * whatever the feature was, and not assessable otherwise. An assumed value (`source.assumed`,
 * such as the end of a headache whose duration the source does not keep) is never evidence.
 */
import type { Attack } from '../../diary/diary.schema.ts';
import { assumedValue, notRecorded, type RecordableField } from '../../diary/provenance.ts';
import type { Episode } from '../days/episodes.ts';
import type { ClinicalOptions } from '../options.ts';

export type Verdict = 'met' | 'failed' | 'unknown';

export interface Criterion {
  /** Criterion letter within its set: `A`, `B`, `C`, `D`. */
  id: string;
  verdict: Verdict;
  /** What was found, in plain words (used in the reasons shown to the person). */
  detail: string;
}

/** A criteria set evaluated on one episode: `code` is the ICHD-3 code it belongs to. */
export interface CriteriaResult {
  code: string;
  criteria: Criterion[];
}

export const criterion = (id: string, ok: boolean, detail: string): Criterion => ({
  id,
  verdict: ok ? 'met' : 'failed',
  detail,
});

/** True when every criterion is met. */
export const allMet = (r: CriteriaResult): boolean => r.criteria.every((c) => c.verdict === 'met');

/** Criteria that are not met (failed or not assessable). */
export const unmet = (r: CriteriaResult): Criterion[] =>
  r.criteria.filter((c) => c.verdict !== 'met');

/** True when every criterion except possibly `id` is met. */
export const metExcept = (r: CriteriaResult, id: string): boolean =>
  r.criteria.every((c) => c.verdict === 'met' || c.id === id);

/** One reason line per criterion: `1.1 C met: 3 of 4 (unilateral, pulsating, moderate pain)`. */
export function reasonLines(r: CriteriaResult): string[] {
  const word: Record<Verdict, string> = {
    met: 'met',
    failed: 'not met',
    unknown: 'not assessable',
  };
  return r.criteria.map((c) => `${r.code} ${c.id} ${word[c.verdict]}: ${c.detail}`);
}

/** A finding as the diary knows it: true, false, or not recorded by the record's source. */
export type Known = boolean | 'unknown';

/** `value`, or `unknown` when the record's source does not record `field`. */
export const known = (a: Attack, field: RecordableField, value: boolean): Known =>
  notRecorded(a, field) ? 'unknown' : value;

/**
 * Decides a rule over findings some of which may be unknown: true if it holds for every value
 * the unknown findings could have, false if it holds for none, `unknown` otherwise.
 */
export function decide(findings: readonly Known[], rule: (values: boolean[]) => boolean): Known {
  const open = findings.flatMap((f, i) => (f === 'unknown' ? [i] : []));
  let any = false;
  let all = true;
  for (let mask = 0; mask < 1 << open.length; mask++) {
    const values = findings.map((f) => f === true);
    open.forEach((index, bit) => {
      values[index] = (mask & (1 << bit)) !== 0;
    });
    if (rule(values)) any = true;
    else all = false;
  }
  return all ? true : any ? 'unknown' : false;
}

/** A criterion from a three-valued finding. */
export const judged = (id: string, finding: Known, detail: string): Criterion => ({
  id,
  verdict: finding === 'unknown' ? 'unknown' : finding ? 'met' : 'failed',
  detail,
});

/** "not recorded by the source: side, quality" for the unknown items, or ''. */
const notRecordedNote = (items: readonly [Known, string][]): string => {
  const open = items.filter(([v]) => v === 'unknown').map(([, label]) => label);
  return open.length > 0 ? `; not recorded by the source: ${open.join(', ')}` : '';
};

/**
 * "≥ need of these" check: counts the true items and names them. With items the source did not
 * record, the criterion is not assessable unless it is met (or failed) whatever they were.
 */
export function countOf(items: readonly [Known, string][], need: number, id: string): Criterion {
  const present = items.filter(([ok]) => ok === true).map(([, label]) => label);
  const list = present.length > 0 ? ` (${present.join(', ')})` : '';
  const finding = decide(
    items.map(([v]) => v),
    (values) => values.filter(Boolean).length >= need,
  );
  return judged(
    id,
    finding,
    `${present.length} of ${items.length}${list}, needs ${need}${notRecordedNote(items)}`,
  );
}

/** True when the episode's duration is not known from its source (not kept, or assumed). */
export const durationNotRecorded = (a: Attack): boolean =>
  notRecorded(a, 'duration') || assumedValue(a, 'end') !== undefined;

export type PainLevel = 'none' | 'mild' | 'moderate' | 'severe';

/** Pain band of a 0–10 score (`moderatePainFrom`, `severePainFrom`); undefined when unrated. */
export function painLevel(pain: number | undefined, opts: ClinicalOptions): PainLevel | undefined {
  if (pain === undefined) return undefined;
  if (pain <= 0) return 'none';
  if (pain >= opts.severePainFrom) return 'severe';
  return pain >= opts.moderatePainFrom ? 'moderate' : 'mild';
}

/** Unilateral: left, right, or alternating sides (each attack one-sided). */
export const isUnilateral = (a: Attack): boolean =>
  a.side === 'left' || a.side === 'right' || a.side === 'alternating';

/**
 * True when the episode has a headache phase: not an aura without a following headache
 * (`auraToHeadacheMinutes` null), and not rated pain 0.
 */
export function hasHeadache(a: Attack): boolean {
  if (a.peakPain === 0) return false;
  return a.aura.length === 0 || a.auraToHeadacheMinutes !== null;
}

/** How the episode was treated with acute medication. */
export type Treatment = 'untreated' | 'unsuccessful' | 'treated';

/**
 * `untreated` (no acute intake), `unsuccessful` (every acute intake had relief `none`), or
 * `treated` (at least one acute intake with relief, or relief not recorded).
 */
export function treatmentOf(ep: Episode): Treatment {
  const acute = ep.intakes.filter((i) => i.acute);
  if (acute.length === 0) return 'untreated';
  return acute.every((i) => i.relief === 'none') ? 'unsuccessful' : 'treated';
}

/** Human duration: `45 min`, `2.5 h`, `72 h`, `7 d`. */
export function formatMinutes(minutes: number): string {
  const trim = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
  if (minutes < 120) return `${Math.round(minutes)} min`;
  if (minutes <= 72 * 60) return `${trim(minutes / 60)} h`;
  return `${trim(minutes / 1440)} d`;
}

/**
 * Duration criterion "lasting `min`–`max` minutes when untreated or unsuccessfully treated".
 * Too short but treated successfully, or still ongoing and short so far → not assessable;
 * unknown duration (ongoing, `now` unknown) → not assessable; longer than `max` → failed.
 */
export function durationCriterion(ep: Episode, id: string, min: number, max: number): Criterion {
  const range = `needs ${formatMinutes(min)}–${formatMinutes(max)}`;
  if (durationNotRecorded(ep.attack)) {
    const app = ep.attack.source?.app ?? 'the source';
    return { id, verdict: 'unknown', detail: `duration not recorded by ${app} (${range})` };
  }
  const d = ep.durationMinutes;
  if (d === null) return { id, verdict: 'unknown', detail: `still ongoing (${range})` };
  const lasted = `lasted ${formatMinutes(d)}`;
  if (d > max) return criterion(id, false, `${lasted}, ${range}`);
  if (d >= min) return criterion(id, true, `${lasted}, ${range}`);
  if (ep.ongoing)
    return { id, verdict: 'unknown', detail: `still ongoing at ${formatMinutes(d)} (${range})` };
  if (treatmentOf(ep) === 'treated') {
    return {
      id,
      verdict: 'unknown',
      detail: `treated before ${formatMinutes(min)}: untreated duration unknown (${range})`,
    };
  }
  return criterion(id, false, `${lasted}, ${range}`);
}
