/**
 * ICHD-3 1.1 Migraine without aura, criteria B–D for one episode (docs/clinical-rules.md §2.1).
 * Criterion A (≥ 5 attacks) is counted over the diary in `diagnose-migraine.ts`.
 */
import type { Attack } from '../../diary/diary.schema.ts';
import type { Episode } from '../days/episodes.ts';
import type { ClinicalOptions } from '../options.ts';
import {
  type CriteriaResult,
  type Criterion,
  countOf,
  decide,
  durationCriterion,
  isUnilateral,
  judged,
  known,
  painLevel,
} from './criteria.ts';

/** Age below which 1.1 B accepts attacks of 2–72 h instead of 4–72 h [V]. */
export const PEDIATRIC_AGE = 18;

/** 1.1 C: ≥ 2 of unilateral, pulsating, moderate or severe, aggravated by routine activity. */
export function migraineC(a: Attack, opts: ClinicalOptions): Criterion {
  const level = painLevel(a.peakPain, opts);
  return countOf(
    [
      [known(a, 'side', isUnilateral(a)), 'unilateral'],
      [known(a, 'quality', a.quality.includes('pulsating')), 'pulsating'],
      [known(a, 'peakPain', level === 'moderate' || level === 'severe'), 'moderate or severe pain'],
      [known(a, 'worseWithActivity', a.worseWithActivity === true), 'worse with routine activity'],
    ],
    2,
    'C',
  );
}

/** 1.1 D: nausea and/or vomiting, or photophobia **and** phonophobia. */
export function migraineD(a: Attack): Criterion {
  const present = [
    a.nausea === true ? 'nausea' : '',
    a.vomiting === true ? 'vomiting' : '',
    a.photophobia === true ? 'photophobia' : '',
    a.phonophobia === true ? 'phonophobia' : '',
  ].filter((s) => s !== '');
  const findings = [
    known(a, 'nausea', a.nausea === true),
    known(a, 'vomiting', a.vomiting === true),
    known(a, 'photophobia', a.photophobia === true),
    known(a, 'phonophobia', a.phonophobia === true),
  ];
  const ok = decide(
    findings,
    ([n, v, p, ph]) => n === true || v === true || (p === true && ph === true),
  );
  const found = present.length > 0 ? present.join(', ') : 'none of them';
  const open = ['nausea', 'vomiting', 'photophobia', 'phonophobia'].filter(
    (_, i) => findings[i] === 'unknown',
  );
  const note = open.length > 0 ? `; not recorded by the source: ${open.join(', ')}` : '';
  return judged(
    'D',
    ok,
    `needs nausea/vomiting or both photophobia and phonophobia; found ${found}${note}`,
  );
}

/** True when an attack has the migraine features of 1.1 C and D (used by day rules and 1.3 C). */
export function hasMigraineFeatures(a: Attack, opts: ClinicalOptions): boolean {
  return migraineC(a, opts).verdict === 'met' && migraineD(a).verdict === 'met';
}

/**
 * 1.1 B–D for one episode. B is 4–72 h (2–72 h under 18 years) when untreated or unsuccessfully
 * treated; a successfully treated shorter attack leaves B not assessable.
 */
export function migraineWithoutAura(ep: Episode, opts: ClinicalOptions): CriteriaResult {
  const child = ep.age !== undefined && ep.age < PEDIATRIC_AGE;
  const b = durationCriterion(ep, 'B', child ? 120 : 240, 72 * 60);
  if (child) b.detail += ` (age ${ep.age}: under 18)`;
  return { code: '1.1', criteria: [b, migraineC(ep.attack, opts), migraineD(ep.attack)] };
}
