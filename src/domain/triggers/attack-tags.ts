/**
 * Triggers tagged on attacks (`docs/trigger-analysis.md` §5). A tag is written only when an
 * attack happened, so it has no control days: on its own it can never show that a trigger goes
 * with attacks more than with other days. Tags are therefore used in two ways only:
 * - a tag naming a check-in factor ("stress", "sleep_disruption", "red wine") marks that factor
 *   as suspected; the factor itself is tested on the check-ins;
 * - any other tag ("weather", "chocolate") is listed as untestable, with the offer to add it to
 *   the daily check-in.
 *
 * Tags are free text; they are compared by their words: lower case, with `_` and `-` read as
 * spaces ("Skipped_meal" → "skipped meal").
 */
import type { Attack } from '../diary/diary.schema.ts';
import type { FactorSpec } from './factors.ts';

/**
 * Words of tags that are also premonitory symptoms (tiredness, yawning, food cravings, light,
 * sound or smell sensitivity, neck stiffness, mood change, poor concentration; Giffin 2003,
 * Karsan 2021): what someone notices before an attack may be its first phase.
 */
const PREMONITORY =
  /\b(neck|stiff neck|yawn|yawning|yawns|craving|cravings|crave|tired|tiredness|fatigue|fatigued|exhausted|exhaustion|light|lights|bright light|glare|photophobia|sound|noise|noisy|loud|phonophobia|smell|smells|odour|odor|odours|odors|perfume|mood|irritable|irritability|concentration|foggy|brain fog)\b/;

/** The words of a tag: lower case, `_`/`-` as spaces, single-spaced. */
export function tagWords(tag: string): string {
  return tag.toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** True when the tag names something that is also an early (premonitory) sign of an attack. */
export const isPremonitoryTag = (tag: string): boolean => PREMONITORY.test(tagWords(tag));

/** One tag as used on the person's attacks. */
export interface TagUse {
  /** The tag as most often written. */
  tag: string;
  words: string;
  /** Attacks carrying it. */
  attacks: number;
}

/** Distinct tags (by their words) over the attacks, most used first, then alphabetically. */
export function tagUses(attacks: readonly Attack[]): TagUse[] {
  const byWords = new Map<string, { spellings: Map<string, number>; attacks: number }>();
  for (const attack of attacks) {
    const seen = new Set<string>();
    for (const tag of attack.triggers) {
      const words = tagWords(tag);
      if (words === '' || seen.has(words)) continue;
      seen.add(words);
      const entry = byWords.get(words) ?? { spellings: new Map(), attacks: 0 };
      entry.attacks += 1;
      entry.spellings.set(tag, (entry.spellings.get(tag) ?? 0) + 1);
      byWords.set(words, entry);
    }
  }
  return [...byWords.entries()]
    .map(([words, e]) => ({
      words,
      attacks: e.attacks,
      tag:
        [...e.spellings.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ??
        words,
    }))
    .sort((a, b) => b.attacks - a.attacks || (a.words < b.words ? -1 : 1));
}

/** True when the tag names this check-in factor. */
export const tagNamesFactor = (use: TagUse, spec: FactorSpec): boolean => spec.tags.test(use.words);

/** Attacks with at least one tag whose words satisfy `names`. */
export function attacksTagged(
  attacks: readonly Attack[],
  names: (words: string) => boolean,
): number {
  return attacks.filter((a) => a.triggers.some((tag) => names(tagWords(tag)))).length;
}
