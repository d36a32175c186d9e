/**
 * The trigger verdicts and their names for people, in display order. Kept free of any other
 * import so the web app can use it without the statistics.
 */

export const VERDICTS = [
  'likely_trigger',
  'early_warning_or_trigger',
  'likely_protective',
  'no_strong_link',
  'not_enough_data',
] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  likely_trigger: 'Likely trigger',
  early_warning_or_trigger: "Early warning sign or trigger (can't tell)",
  likely_protective: 'Likely protective',
  no_strong_link: 'No strong link',
  not_enough_data: 'Not enough data yet',
};

/** "suspected: in your profile, tagged on 6 attacks" (empty when not suspected). */
export function suspicionWords(s: { profile: boolean; attacksTagged: number }): string {
  const parts: string[] = [];
  if (s.profile) parts.push('in your profile');
  if (s.attacksTagged > 0) {
    parts.push(`tagged on ${s.attacksTagged} attack${s.attacksTagged === 1 ? '' : 's'}`);
  }
  return parts.length > 0 ? `suspected: ${parts.join(', ')}` : 'not suspected';
}
