/**
 * The doctor report's trigger section (`docs/trigger-analysis.md` §4): the person's trigger
 * report over the whole diary up to now, cut to what a clinician needs on one page: every
 * factor with a finding or a suspicion, one line for the rest, and one line for the triggers
 * tagged on attacks only (untestable: no control days).
 */
import type { Diary } from '../../diary/diary.schema.ts';
import { suspicionWords, triggerReport, VERDICT_LABELS, VERDICTS } from '../../triggers/index.ts';
import { neededWords } from '../../triggers/wording.ts';

export interface TriggerRow {
  factor: string;
  verdict: string;
  /** The verdict is a "likely" call or an early-warning association. */
  notable: boolean;
  suspected: string;
  finding: string;
}

export interface TriggerSection {
  /** What was analysed and how (days at risk, onsets, K, adjustment). */
  note: string;
  rows: TriggerRow[];
  /** Factors neither suspected nor with enough data, in one line (null when none). */
  rest: string | null;
  /** Triggers tagged on attacks only, in one line (null when none). */
  tagsOnly: string | null;
  caveat: string;
}

/** The trigger section of the doctor report, from the diary up to `now`. */
export function triggerSection(diary: Diary, now: string): TriggerSection {
  const r = triggerReport(diary, now);
  const order = (v: string) => VERDICTS.indexOf(v as (typeof VERDICTS)[number]);
  const checkIns = r.factors.filter((f) => f.source === 'check_in');
  const shown = checkIns
    .filter(
      (f) =>
        f.verdict !== 'not_enough_data' || f.suspected.profile || f.suspected.attacksTagged > 0,
    )
    .sort((a, b) => order(a.verdict) - order(b.verdict));
  const rest = checkIns.filter((f) => !shown.includes(f)).map((f) => f.label.toLowerCase());
  const tags = r.factors.filter((f) => f.source === 'attack_tag');
  return {
    note: r.period
      ? `Whole diary ${r.period.from} – ${r.period.to}: ${r.atRiskDays} days at risk, ${r.onsets} onsets. ${r.method.adjustment}.`
      : 'No diary days yet.',
    rows: shown.map((f) => ({
      factor: f.label,
      verdict: VERDICT_LABELS[f.verdict],
      notable: f.verdict === 'likely_trigger' || f.verdict === 'early_warning_or_trigger',
      suspected: suspicionWords(f.suspected).replace(/^suspected: /, ''),
      finding:
        f.verdict === 'not_enough_data'
          ? f.needed
            ? `needs ${neededWords(f.needed)}`
            : 'not recorded enough yet'
          : (f.summary ?? f.explanation),
    })),
    rest: rest.length > 0 ? `Not suspected, not enough data yet: ${rest.join(', ')}.` : null,
    tagsOnly:
      tags.length > 0
        ? `Tagged on attacks only, untestable without check-in days: ${tags.map((t) => `${t.factor.replace(/_/g, ' ')} (${t.suspected.attacksTagged})`).join(', ')}.`
        : null,
    caveat: r.caveat,
  };
}
