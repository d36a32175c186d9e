/**
 * The report in plain words (`docs/trigger-analysis.md` §6). Estimates are odds ratios, read as
 * "an attack started about N times as often" (close to the ratio of chances at daily onset
 * shares of 5–20 %). Wording describes what went together in the diary, never a cause: "your
 * attacks started more often after …", not "… causes your migraines".
 */
import type { DataNeeded } from './classify.ts';
import type { Timing } from './factors.ts';
import type { Verdict } from './labels.ts';

/** A ratio for people: 1 decimal below 10 (two significant digits below 0.1), whole above. */
export function formatRatio(r: number): string {
  if (!Number.isFinite(r)) return r > 0 ? 'very many' : '0';
  if (r >= 9.95) return String(Math.round(r));
  if (r < 0.095) return r.toPrecision(1);
  return (Math.round(r * 10) / 10).toFixed(1);
}

/** "about twice as often", "about 1.6 times as often", "about half as often", … */
export function howOften(or: number): string {
  if (or >= 1.15) {
    if (or >= 1.85 && or < 2.15) return 'about twice as often';
    return `about ${formatRatio(or)} times as often`;
  }
  if (or > 0.87) return 'about as often as after other days';
  if (or >= 0.45 && or < 0.55) return 'about half as often';
  const less = Math.round((1 - or) * 20) * 5;
  return `about ${less} % less often`;
}

/** "On days after less than 6 h of sleep" / "On days in your menstrual window (…)". */
export function onDays(timing: Timing, exposure: string): string {
  return timing === 'cycleWindow' ? `On days in ${exposure}` : `On days after ${exposure}`;
}

/**
 * The estimate sentence: "On days after less than 6 h of sleep, an attack started about twice
 * as often (could be 1.2 to 3.4 times)." The interval shown is the one the verdict uses.
 */
export function estimateSentence(
  timing: Timing,
  exposure: string,
  or: number,
  interval: readonly [number, number],
): string {
  const [lo, hi] = interval;
  return `${onDays(timing, exposure)}, an attack started ${howOften(or)} (could be ${formatRatio(lo)} to ${formatRatio(hi)} times).`;
}

/** "about 14 more weeks of check-ins (about 6 more attacks)". */
export function neededWords(n: DataNeeded): string {
  const weeks =
    n.weeks > 104
      ? 'more than two years of check-ins at your current pace'
      : `about ${n.weeks} more week${n.weeks === 1 ? '' : 's'} of check-ins`;
  return `${weeks} (about ${n.attacks} more attack${n.attacks === 1 ? '' : 's'})`;
}

/** What a verdict means for this factor, in one or two sentences. */
export function explanation(
  verdict: Verdict,
  ctx: { tests: number; needed: DataNeeded | null; recorded: boolean; higher: boolean },
): string {
  const across = `more than chance explains across the ${ctx.tests} factor${ctx.tests === 1 ? '' : 's'} checked`;
  switch (verdict) {
    case 'likely_trigger':
      return `Likely trigger: your attacks started more often after such days, ${across}. A planned self-test (avoid it for some weeks, then not) can show whether avoiding it helps.`;
    case 'likely_protective':
      return `Likely protective: your attacks started less often after such days, ${across}.`;
    case 'no_strong_link':
      return 'No strong link: your diary rules out that it doubles or halves the chance of an attack.';
    case 'early_warning_or_trigger':
      return `Early warning sign or trigger, can't tell: attacks started ${ctx.higher ? 'more' : 'less'} often after such days, but it is also an early sign of a coming attack, so the diary cannot tell which comes first.`;
    default:
      if (!ctx.recorded) return 'Not enough data yet: not recorded in your daily check-ins so far.';
      if (!ctx.needed) {
        return 'Not enough data yet: it needs attack days and days without an attack both with and without it.';
      }
      return `Not enough data yet: ${neededWords(ctx.needed)} would be needed to tell whether it doubles the chance of an attack.`;
  }
}

/** For a trigger tagged on attacks but not in the daily check-in. */
export function untestableTag(tag: string, attacks: number, premonitory: boolean): string {
  const times = `${attacks} attack${attacks === 1 ? '' : 's'}`;
  const sign = premonitory
    ? ` It is also an early sign of a coming attack, so even then the diary may not tell cause from sign.`
    : '';
  return `You tagged “${tag}” on ${times}. It is only recorded when an attack happens, so there are no days without an attack to compare with. Add it to your daily check-in to test it: about 3 months of check-ins usually give a first answer.${sign}`;
}
