/**
 * Per-episode classification: evaluates every criteria set on the episode and picks the attack
 * type by the ICHD-3 hierarchy (docs/clinical-rules.md §1.5): definite before probable, migraine
 * (1) before tension-type (2) before cluster (3); an attack meeting probable migraine and definite
 * TTH is TTH; one meeting probable migraine and probable TTH is probable migraine.
 */
import type { Episode } from '../days/episodes.ts';
import type { ClinicalOptions } from '../options.ts';
import { type Advisory, type AuraAssessment, type AuraKind, assessAura } from './aura.ts';
import { clusterCriteria } from './cluster.ts';
import { allMet, type CriteriaResult, hasHeadache, reasonLines, unmet } from './criteria.ts';
import { migraineWithoutAura } from './migraine.ts';
import { chronicTension, episodicTension } from './tension.ts';

export type AttackType =
  | 'migraine'
  | 'probable_migraine'
  | 'tension_type'
  | 'probable_tension_type'
  | 'cluster'
  | 'aura_only'
  | 'unclassified';

/** Which criteria set decided the type. */
export type Route = '1.1' | '1.2' | '2.x' | '2.3' | '3.1' | null;

/** All criteria sets evaluated on one episode (independent of the rest of the diary). */
export interface EpisodeCriteria {
  episode: Episode;
  headache: boolean;
  migraine: CriteriaResult;
  aura: AuraAssessment | undefined;
  tension: CriteriaResult;
  chronicTension: CriteriaResult;
  cluster: CriteriaResult;
}

export interface EpisodeType {
  type: AttackType;
  route: Route;
  aura: AuraKind;
}

/** Evaluates 1.1 B–D, 1.2 B–C, 2.x B–D, 2.3 B–D and 3.1 B–C on an episode. */
export function evaluateEpisode(ep: Episode, opts: ClinicalOptions): EpisodeCriteria {
  return {
    episode: ep,
    headache: hasHeadache(ep.attack),
    migraine: migraineWithoutAura(ep, opts),
    aura: assessAura(ep),
    tension: episodicTension(ep, opts),
    chronicTension: chronicTension(ep, opts),
    cluster: clusterCriteria(ep, opts),
  };
}

/**
 * The attack type of an evaluated episode. `chronicTensionPattern` is true when the diary shows
 * a 2.3 pattern: then episodes meeting the looser 2.3 B–D count as tension-type.
 */
export function episodeType(c: EpisodeCriteria, chronicTensionPattern: boolean): EpisodeType {
  const aura: AuraKind = c.aura?.kind ?? 'none';
  const pick = (type: AttackType, route: Route): EpisodeType => ({ type, route, aura });
  if (!c.headache) return pick(c.aura ? 'aura_only' : 'unclassified', c.aura ? '1.2' : null);
  if (c.aura && allMet(c.aura.result)) return pick('migraine', '1.2');
  if (allMet(c.migraine)) return pick('migraine', '1.1');
  if (allMet(c.tension)) return pick('tension_type', '2.x');
  if (chronicTensionPattern && allMet(c.chronicTension)) return pick('tension_type', '2.3');
  if (allMet(c.cluster)) return pick('cluster', '3.1');
  if (unmet(c.migraine).length === 1) return pick('probable_migraine', '1.1');
  if (c.aura && unmet(c.aura.result).length === 1) return pick('probable_migraine', '1.2');
  if (unmet(c.tension).length === 1) return pick('probable_tension_type', '2.x');
  return pick('unclassified', null);
}

const HEADLINES: Record<AttackType, string> = {
  migraine: 'Features consistent with a migraine attack',
  probable_migraine: 'Features consistent with a probable migraine attack (one criterion missing)',
  tension_type: 'Features consistent with a tension-type headache',
  probable_tension_type:
    'Features consistent with a probable tension-type headache (one criterion missing)',
  cluster: 'Features suggestive of a cluster headache attack: see a doctor',
  aura_only: 'Aura without headache',
  unclassified: 'Does not match the migraine, tension-type or cluster criteria',
};

/**
 * Reasons shown for an episode: the headline, then every criterion of the sets that matter
 * (1.1 and 2.x for any headache, 1.2 with an aura, 2.3 when it decided, 3.1 when the episode
 * has autonomic signs or restlessness or it decided).
 */
export function episodeReasons(c: EpisodeCriteria, t: EpisodeType): string[] {
  const out = [`${HEADLINES[t.type]}.`];
  if (c.episode.attackIds.length > 1) {
    out.push(`Assessed as one continuous episode with ${c.episode.attackIds.join(', ')}.`);
  }
  if (c.aura) out.push(...reasonLines(c.aura.result));
  if (c.headache) {
    out.push(...reasonLines(c.migraine), ...reasonLines(c.tension));
    if (t.route === '2.3') out.push(...reasonLines(c.chronicTension));
    const a = c.episode.attack;
    if (t.route === '3.1' || a.autonomic.length > 0 || a.restless === true) {
      out.push(...reasonLines(c.cluster));
    }
  }
  out.push('Criterion A (how many attacks) is judged over the whole diary.');
  return out;
}

/** Advisories of an episode (aura advice). */
export const episodeAdvisories = (c: EpisodeCriteria): Advisory[] => c.aura?.advisories ?? [];
