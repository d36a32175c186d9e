/**
 * The daily check-in factors the trigger report tests, each with its exposure rule and lag
 * fixed here, before any diary is looked at (`docs/trigger-analysis.md` §3):
 * - `dayBefore`: the check-in of the calendar day before the onset day (all of it lies before
 *   the attack);
 * - `nightBefore`: the night that ended on the onset day (sleep is recorded on the day one wakes
 *   up); unknown when the attack began before `NIGHT_ENDS_HOUR`, because an attack in the night
 *   cuts the night short and would make short sleep look like a trigger;
 * - `cycleWindow`: the onset day lies in the perimenstrual window (days −2 … +3), the window of
 *   the clinical engine's menstrual-migraine rule (`docs/clinical-rules.md` §2.8).
 *
 * Exposures are yes/no, so every estimate reads as "on such days an attack started about N
 * times as often". Scales whose meaning differs between people (stress, tension, screen time,
 * water, caffeine) are compared with the person's own usual level: the median of all their
 * recorded values, which uses no attack information.
 *
 * `symptomLike` factors are also early (premonitory) signs of an attack: what rises before an
 * attack may be its first phase rather than its cause, so they are never called triggers
 * (`docs/trigger-analysis.md` §2).
 */
import type { Day } from '../diary/diary.schema.ts';
import type { PERSON_FACTORS } from '../diary/vocabulary.ts';

/** Check-in fields with a trigger rule (`control`, the sense of control, is an outcome). */
export type CheckInFactor =
  | 'sleepHours'
  | 'sleepQuality'
  | 'stress'
  | 'waterLiters'
  | 'screenHours'
  | 'caffeineMg'
  | 'alcoholUnits'
  | 'mealsSkipped'
  | 'menstruation'
  | 'neckTension'
  | 'jawTension'
  | 'earlyWarning';

export type Timing = 'dayBefore' | 'nightBefore' | 'cycleWindow';
export type FactorKind = 'exposure' | 'symptomLike';
type PersonFactor = (typeof PERSON_FACTORS)[number];

/**
 * How a recorded value becomes "exposed": a fixed test, or above / below the person's usual
 * (median) level. `words` describes an exposed day; `usual` is the median when relative.
 */
export type ExposureRule =
  | { type: 'fixed'; exposed: (value: number | boolean) => boolean; words: string }
  | { type: 'aboveUsual' | 'belowUsual'; words: (usual: string) => string; unit: string };

export interface FactorSpec {
  factor: CheckInFactor;
  /** Short name for people ("Sleep", "Stress"). */
  label: string;
  kind: FactorKind;
  timing: Timing;
  rule: ExposureRule;
  /** Profile factors (`person.factors`) that mean the person suspects this factor. */
  profile: readonly PersonFactor[];
  /** Attack trigger tags that name this factor (matched on the tag's words, see attack-tags). */
  tags: RegExp;
}

/** Attacks that begin before this local hour may have cut the night short (`nightBefore`). */
export const NIGHT_ENDS_HOUR = 7;

const fixed = (words: string, exposed: (value: number | boolean) => boolean): ExposureRule => ({
  type: 'fixed',
  exposed,
  words,
});
const relative = (
  type: 'aboveUsual' | 'belowUsual',
  unit: string,
  words: (usual: string) => string,
): ExposureRule => ({ type, unit, words });

/** Every tested check-in factor, in report order. */
export const FACTORS: readonly FactorSpec[] = [
  {
    factor: 'sleepHours',
    label: 'Sleep hours',
    kind: 'exposure',
    timing: 'nightBefore',
    rule: fixed('less than 6 h of sleep', (v) => typeof v === 'number' && v < 6),
    profile: ['sleep_disruption'],
    tags: /\b(sleep|slept|insomnia|night|oversleep|overslept)\b/,
  },
  {
    factor: 'sleepQuality',
    label: 'Sleep quality',
    kind: 'exposure',
    timing: 'nightBefore',
    rule: fixed('a poor night (sleep quality 1–2 of 5)', (v) => typeof v === 'number' && v <= 2),
    profile: ['sleep_disruption'],
    tags: /\b(sleep|slept|insomnia|night)\b/,
  },
  {
    factor: 'stress',
    label: 'Stress',
    kind: 'exposure',
    timing: 'dayBefore',
    rule: relative(
      'aboveUsual',
      'of 10',
      (u) => `a day with more stress than usual (above ${u} of 10)`,
    ),
    profile: ['stress_anxiety'],
    tags: /\b(stress|stressed|stressful|anxiety|anxious|worry|pressure at work)\b/,
  },
  {
    factor: 'waterLiters',
    label: 'Water',
    kind: 'exposure',
    timing: 'dayBefore',
    rule: relative('belowUsual', 'l', (u) => `a day with less water than usual (under ${u} l)`),
    profile: [],
    tags: /\b(dehydration|dehydrated|water|thirst|thirsty|not enough fluids?)\b/,
  },
  {
    factor: 'screenHours',
    label: 'Screen time',
    kind: 'exposure',
    timing: 'dayBefore',
    rule: relative(
      'aboveUsual',
      'h',
      (u) => `a day with more screen time than usual (over ${u} h)`,
    ),
    profile: [],
    tags: /\b(screen|screens|screen time|computer|monitor|phone|tv)\b/,
  },
  {
    factor: 'caffeineMg',
    label: 'Caffeine',
    kind: 'exposure',
    timing: 'dayBefore',
    rule: relative('aboveUsual', 'mg', (u) => `a day with more caffeine than usual (over ${u} mg)`),
    profile: [],
    tags: /\b(caffeine|coffee|espresso|energy drink|cola)\b/,
  },
  {
    factor: 'alcoholUnits',
    label: 'Alcohol',
    kind: 'exposure',
    timing: 'dayBefore',
    rule: fixed('a day with alcohol', (v) => typeof v === 'number' && v > 0),
    profile: [],
    tags: /\b(alcohol|wine|red wine|beer|spirits|gin|whisky|whiskey|vodka|champagne|prosecco|hangover)\b/,
  },
  {
    factor: 'mealsSkipped',
    label: 'Skipped meals',
    kind: 'exposure',
    timing: 'dayBefore',
    rule: fixed('a day with a skipped meal', (v) => typeof v === 'number' && v > 0),
    profile: [],
    tags: /\b(skipped meals?|missed meals?|meal|fasting|hunger|hungry|not eating)\b/,
  },
  {
    factor: 'menstruation',
    label: 'Menstrual window',
    kind: 'exposure',
    timing: 'cycleWindow',
    rule: fixed('your menstrual window (2 days before to the 3rd day of bleeding)', () => true),
    profile: ['hormonal'],
    tags: /\b(menstruation|menstrual|period|periods|menses|cycle|hormonal|hormones|pms|ovulation)\b/,
  },
  {
    factor: 'neckTension',
    label: 'Neck tension',
    kind: 'symptomLike',
    timing: 'dayBefore',
    rule: relative(
      'aboveUsual',
      'of 10',
      (u) => `a day with more neck tension than usual (above ${u} of 10)`,
    ),
    profile: ['neck_tension'],
    tags: /\b(neck|neck tension|stiff neck|neck pain|shoulders?)\b/,
  },
  {
    factor: 'jawTension',
    label: 'Jaw tension',
    kind: 'symptomLike',
    timing: 'dayBefore',
    rule: relative(
      'aboveUsual',
      'of 10',
      (u) => `a day with more jaw tension than usual (above ${u} of 10)`,
    ),
    profile: ['tmj'],
    tags: /\b(jaw|tmj|teeth grinding|grinding|bruxism|clenching)\b/,
  },
  {
    factor: 'earlyWarning',
    label: 'Early-warning sign',
    kind: 'symptomLike',
    timing: 'dayBefore',
    rule: fixed('a day with an early-warning sign', (v) => v === true),
    profile: [],
    tags: /\b(early warning|warning sign|prodrome|premonitory)\b/,
  },
];

/** The recorded value of a check-in field on a day, or undefined when it was not recorded. */
export function recordedValue(
  day: Day | undefined,
  factor: CheckInFactor,
): number | boolean | undefined {
  return day?.[factor];
}
