/**
 * ICHD-3 3.1 Cluster headache, criteria B and C for one episode (docs/clinical-rules.md §2.6).
 * Criteria A (≥ 5 attacks) and D (one every other day to 8 a day) are evaluated over the diary in
 * `diagnose-other.ts`. The app only ever says "pattern suggestive of cluster headache — see a
 * doctor".
 */
import type { Episode } from '../days/episodes.ts';
import type { ClinicalOptions } from '../options.ts';
import {
  type CriteriaResult,
  criterion,
  decide,
  durationCriterion,
  judged,
  known,
  painLevel,
} from './criteria.ts';

/** Orbital, supraorbital and/or temporal regions of the diary vocabulary. */
const CLUSTER_REGIONS = new Set(['behind_eye', 'forehead', 'temple']);

/**
 * 3.1 B (severe or very severe, strictly one-sided, orbital/supraorbital/temporal, 15–180 min
 * untreated) and C (an ipsilateral autonomic sign, or restlessness/agitation).
 */
export function clusterCriteria(ep: Episode, opts: ClinicalOptions): CriteriaResult {
  const a = ep.attack;
  const findings = [
    [known(a, 'peakPain', painLevel(a.peakPain, opts) === 'severe'), 'pain not severe'],
    [known(a, 'side', a.side === 'left' || a.side === 'right'), 'not strictly one-sided'],
    [
      known(
        a,
        'regions',
        a.regions.some((r) => CLUSTER_REGIONS.has(r)),
      ),
      'not around the eye or temple',
    ],
  ] as const;
  const problems = findings.filter(([v]) => v === false).map(([, label]) => label);
  const open = findings.some(([v]) => v === 'unknown');
  const duration = durationCriterion(ep, 'B', 15, 180);
  const b =
    problems.length > 0
      ? criterion('B', false, `${problems.join(', ')}; ${duration.detail}`)
      : open
        ? {
            id: 'B',
            verdict: 'unknown' as const,
            detail: `pain, side or place not recorded by the source; ${duration.detail}`,
          }
        : { ...duration, detail: `severe one-sided orbital/temporal pain, ${duration.detail}` };
  const signs = [...a.autonomic, ...(a.restless === true ? ['restless'] : [])];
  const c = judged(
    'C',
    decide(
      [known(a, 'autonomic', a.autonomic.length > 0), known(a, 'restless', a.restless === true)],
      ([autonomic, restless]) => autonomic === true || restless === true,
    ),
    signs.length > 0 ? `found ${signs.join(', ')}` : 'needs an autonomic sign or restlessness',
  );
  return { code: '3.1', criteria: [b, c] };
}
