/**
 * Counting attacks (docs/clinical-rules.md §3, `ATTACK_MERGE_RULE`). Drugs can shorten attacks
 * without reducing them, and one attack can span several days, so attack counts are kept next to
 * day counts.
 */
import { daysBetween } from '../../calendar/dates.ts';
import type { AttackMergeRule } from '../options.ts';
import type { Episode } from './episodes.ts';

/** One counted attack: the episodes merged into it, and the local day of its onset. */
export interface CountedAttack {
  startDate: string;
  episodes: Episode[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

const lastDay = (ep: Episode): string => ep.days[ep.days.length - 1]?.date ?? ep.startDate;

/**
 * True when `next` continues the attack that ended with `prev`:
 * - `gap24h`: less than 24 h between the end of `prev` and the onset of `next` (Leiden);
 * - `lockedDay`: at most one free calendar day between them (migraine Mon, nothing Tue,
 *   migraine Wed is one attack);
 * - `none`: never.
 */
function continues(prev: Episode, next: Episode, rule: AttackMergeRule): boolean {
  if (rule === 'gap24h') return next.startMs - prev.endMs < DAY_MS;
  if (rule === 'lockedDay') return daysBetween(lastDay(prev), next.startDate) <= 2;
  return false;
}

/** Merges episodes (any order) into counted attacks under `rule`, in onset order. */
export function countAttacks(episodes: readonly Episode[], rule: AttackMergeRule): CountedAttack[] {
  const sorted = [...episodes].sort((a, b) => a.startMs - b.startMs);
  const out: CountedAttack[] = [];
  let latest: Episode | undefined;
  for (const ep of sorted) {
    const current = out[out.length - 1];
    if (current && latest && continues(latest, ep, rule)) {
      current.episodes.push(ep);
      if (ep.endMs > latest.endMs) latest = ep;
    } else {
      out.push({ startDate: ep.startDate, episodes: [ep] });
      latest = ep;
    }
  }
  return out;
}
