/**
 * ICHD-3 3.1 Cluster headache, criteria B and C for one episode (docs/clinical-rules.md §2.6).
 * Criteria A (≥ 5 attacks) and D (one every other day to 8 a day) are evaluated over the diary in
 * `diagnose-other.ts`. The app only ever says "pattern suggestive of cluster headache — see a
 * doctor".
 */
import type { Episode } from '../days/episodes.ts';
import type { ClinicalOptions } from '../options.ts';
import { type CriteriaResult, criterion, durationCriterion, painLevel } from './criteria.ts';

/** Orbital, supraorbital and/or temporal regions of the diary vocabulary. */
const CLUSTER_REGIONS = new Set(['behind_eye', 'forehead', 'temple']);

/**
 * 3.1 B (severe or very severe, strictly one-sided, orbital/supraorbital/temporal, 15–180 min
 * untreated) and C (an ipsilateral autonomic sign, or restlessness/agitation).
 */
export function clusterCriteria(ep: Episode, opts: ClinicalOptions): CriteriaResult {
  const a = ep.attack;
  const problems: string[] = [];
  if (painLevel(a.peakPain, opts) !== 'severe') problems.push('pain not severe');
  if (a.side !== 'left' && a.side !== 'right') problems.push('not strictly one-sided');
  if (!a.regions.some((r) => CLUSTER_REGIONS.has(r))) problems.push('not around the eye or temple');
  const duration = durationCriterion(ep, 'B', 15, 180);
  const b =
    problems.length > 0
      ? criterion('B', false, `${problems.join(', ')}; ${duration.detail}`)
      : { ...duration, detail: `severe one-sided orbital/temporal pain, ${duration.detail}` };
  const signs = [...a.autonomic, ...(a.restless === true ? ['restless'] : [])];
  const c = criterion(
    'C',
    signs.length > 0,
    signs.length > 0 ? `found ${signs.join(', ')}` : 'needs an autonomic sign or restlessness',
  );
  return { code: '3.1', criteria: [b, c] };
}
