/**
 * ICHD-3 2.x Tension-type headache, criteria B–D for one episode (docs/clinical-rules.md §2.5): the
 * episodic form (2.1 / 2.2) and the chronic form (2.3, looser D). Criterion A (number of episodes
 * and days per month) is evaluated over the diary in `diagnose-other.ts`.
 */
import type { Attack } from '../../diary/diary.schema.ts';
import type { Episode } from '../days/episodes.ts';
import type { ClinicalOptions } from '../options.ts';
import {
  type CriteriaResult,
  type Criterion,
  countOf,
  criterion,
  decide,
  durationCriterion,
  durationNotRecorded,
  formatMinutes,
  judged,
  type Known,
  known,
  painLevel,
} from './criteria.ts';

/** Shortest tension-type episode: 30 min [V]; also used for 2.3 "hours to days". */
export const TTH_MIN_MINUTES = 30;
const TTH_MAX_MINUTES = 7 * 24 * 60;

/**
 * 2.x C: ≥ 2 of bilateral, pressing (non-pulsating), mild or moderate, not aggravated by routine
 * activity. "Not aggravated" is a finding of its own: it counts only when `worseWithActivity` is
 * recorded `false` (TV-5: an unrated attack fails TTH C).
 */
export function tensionC(a: Attack, opts: ClinicalOptions): Criterion {
  const level = painLevel(a.peakPain, opts);
  return countOf(
    [
      [known(a, 'side', a.side === 'both'), 'bilateral'],
      [
        known(a, 'quality', a.quality.includes('pressing') && !a.quality.includes('pulsating')),
        'pressing',
      ],
      [known(a, 'peakPain', level === 'mild' || level === 'moderate'), 'mild or moderate pain'],
      [
        known(a, 'worseWithActivity', a.worseWithActivity === false),
        'not worse with routine activity',
      ],
    ],
    2,
    'C',
  );
}

const symptomList = (a: Attack): string => {
  const present = (
    [
      [a.nausea, 'nausea'],
      [a.vomiting, 'vomiting'],
      [a.photophobia, 'photophobia'],
      [a.phonophobia, 'phonophobia'],
    ] as const
  )
    .filter(([v]) => v === true)
    .map(([, label]) => label);
  return present.length > 0 ? present.join(', ') : 'none';
};

/** The four associated symptoms as known findings (unknown when the source does not record them). */
const symptomFindings = (a: Attack): Known[] => [
  known(a, 'nausea', a.nausea === true),
  known(a, 'vomiting', a.vomiting === true),
  known(a, 'photophobia', a.photophobia === true),
  known(a, 'phonophobia', a.phonophobia === true),
];

/** Episodic D: no nausea or vomiting, and at most one of photophobia or phonophobia. */
export function tensionD(a: Attack): Criterion {
  const ok = decide(symptomFindings(a), ([n, v, p, ph]) => !n && !v && !(p && ph));
  return judged(
    'D',
    ok,
    'needs no nausea or vomiting and at most one of photophobia or phonophobia; ' +
      `found ${symptomList(a)}`,
  );
}

/**
 * Chronic (2.3) D: no vomiting, no moderate or severe nausea, and at most one of photophobia,
 * phonophobia or mild nausea. The diary records nausea without a severity; with
 * `unratedNauseaIsMild` (default) it is taken as mild.
 */
export function chronicTensionD(a: Attack, opts: ClinicalOptions): Criterion {
  const ok = decide(symptomFindings(a), ([nausea, vomiting, p, ph]) => {
    const mildNausea = nausea === true && opts.unratedNauseaIsMild;
    const count = [p, ph, mildNausea].filter(Boolean).length;
    return !vomiting && (!nausea || mildNausea) && count <= 1;
  });
  return judged(
    'D',
    ok,
    'needs no vomiting, no moderate/severe nausea and at most one of photophobia, ' +
      `phonophobia or mild nausea; found ${symptomList(a)}`,
  );
}

/** 2.1/2.2 B–D: 30 min – 7 days, C, and episodic D. */
export function episodicTension(ep: Episode, opts: ClinicalOptions): CriteriaResult {
  return {
    code: '2.x',
    criteria: [
      durationCriterion(ep, 'B', TTH_MIN_MINUTES, TTH_MAX_MINUTES),
      tensionC(ep.attack, opts),
      tensionD(ep.attack),
    ],
  };
}

/** 2.3 B–D: lasting hours to days or unremitting (≥ 30 min, or ongoing), C, and chronic D. */
export function chronicTension(ep: Episode, opts: ClinicalOptions): CriteriaResult {
  const d = ep.durationMinutes;
  const b: Criterion = durationNotRecorded(ep.attack)
    ? durationCriterion(ep, 'B', TTH_MIN_MINUTES, TTH_MAX_MINUTES)
    : ep.ongoing || (d !== null && d >= TTH_MIN_MINUTES)
      ? criterion('B', true, ep.ongoing ? 'unremitting so far' : `lasted ${formatMinutes(d ?? 0)}`)
      : criterion('B', false, `lasted ${formatMinutes(d ?? 0)}, needs hours to days`);
  return {
    code: '2.3',
    criteria: [b, tensionC(ep.attack, opts), chronicTensionD(ep.attack, opts)],
  };
}
