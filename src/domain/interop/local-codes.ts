/**
 * Stillpoint's own FHIR code systems (docs/interop.md §1.3: "local CodeSystem for craniosacral
 * therapy, screen time, skipped meal, …"). Each system lists every code it defines; most are the
 * closed vocabularies of the diary format, so the table cannot drift from what the diary holds.
 * Open vocabularies (trigger and relief tags) list the tags Stillpoint suggests; other tags are
 * exported as text only, never as an invented code.
 */
import { DIAGNOSIS_NAMES } from '../clinical/classify/suggestion.ts';
import {
  AURA_TYPES,
  AUTONOMIC,
  HAND_POSITIONS,
  MEDICATION_CLASSES,
  PERSON_FACTORS,
  QUALITIES,
  RED_FLAGS,
  REGIONS,
  SIDES,
  THERAPY_KINDS,
} from '../diary/vocabulary.ts';
import { type Code, type CodeEntry, STILLPOINT_FHIR_BASE } from './codes.ts';

/** `behind_eye` → `Behind eye`: the display of a vocabulary code. */
export function humanize(value: string): string {
  const words = value.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Trigger tags with a local code (besides `stress` and `dehydration`, which use SNOMED CT). */
export const KNOWN_TRIGGERS = [
  'sleep_disruption',
  'screen_time',
  'skipped_meal',
  'weather',
  'alcohol',
  'menstruation',
  'caffeine',
  'bright_light',
  'noise',
  'smell',
  'exercise',
  'travel',
] as const;

/** Relief-measure tags with a local code. */
export const KNOWN_RELIEF = [
  'dark_room',
  'sleep',
  'rest',
  'cold_pack',
  'heat',
  'hydration',
  'breathing',
  'meditation',
  'massage',
  'fresh_air',
  'caffeine',
] as const;

const own = (codes: readonly string[]): [string, string][] => codes.map((c) => [c, humanize(c)]);

/** Every local code system: name → codes with displays. */
const SYSTEMS = {
  'therapy-type': own(THERAPY_KINDS),
  'hand-position': own(HAND_POSITIONS),
  'aura-type': own(AURA_TYPES),
  'autonomic-symptom': own(AUTONOMIC),
  'pain-quality': own(QUALITIES),
  'head-region': own(REGIONS),
  'headache-side': own(SIDES),
  'red-flag': own(RED_FLAGS),
  'medication-class': own(MEDICATION_CLASSES),
  'person-factor': own(PERSON_FACTORS),
  trigger: own(KNOWN_TRIGGERS),
  'relief-measure': own(KNOWN_RELIEF),
  'attack-detail': [
    ['side', 'Side of the head'],
    ['region', 'Region of the head'],
    ['worse-with-activity', 'Worse with routine physical activity'],
    ['restless', 'Restless or agitated'],
    ['disability', 'Disability during the attack (0 none – 3 bed rest)'],
    ['aura-to-headache', 'Minutes from aura to headache'],
    ['red-flag', 'Red-flag screen answer'],
    ['aura-duration', 'Aura duration'],
    ['aura-spread', 'Aura spread time'],
    ['aura-positive', 'Aura with positive features'],
    ['aura-unilateral', 'Unilateral aura'],
  ],
  'daily-check-in': [
    ['check-in', 'Daily diary check-in'],
    ['sleep-quality', 'Sleep quality (1–5)'],
    ['stress', 'Stress (0–10)'],
    ['water', 'Water intake'],
    ['screen-time', 'Screen time'],
    ['caffeine', 'Caffeine intake'],
    ['alcohol', 'Alcohol intake'],
    ['meals-skipped', 'Meals skipped'],
    ['menstruation', 'Menstruation'],
    ['neck-tension', 'Neck tension (0–10)'],
    ['jaw-tension', 'Jaw tension (0–10)'],
    ['early-warning', 'Early-warning sign (prodrome)'],
    ['control', 'Sense of control (0–10)'],
  ],
  'person-observation': [
    ['factors', 'Factors the person reports'],
    ['prior-migraine-attacks', 'Migraine attacks before the diary'],
  ],
  'questionnaire-score': [
    ['hit6-total', 'HIT-6 total score'],
    ['midas-score', 'MIDAS score'],
  ],
  'hit6-answer': [
    ['1', 'Never'],
    ['2', 'Rarely'],
    ['3', 'Sometimes'],
    ['4', 'Very often'],
    ['5', 'Always'],
  ],
  'ichd-3': Object.entries(DIAGNOSIS_NAMES),
} as const satisfies Record<string, readonly (readonly [string, string])[]>;

export type LocalSystem = keyof typeof SYSTEMS;

/** Canonical URL of a local code system. */
export const localSystemUrl = (name: LocalSystem) => `${STILLPOINT_FHIR_BASE}/CodeSystem/${name}`;

const lookup = new Map<string, string>();
for (const [name, codes] of Object.entries(SYSTEMS)) {
  for (const [value, display] of codes) lookup.set(`${name}|${value}`, display);
}

/** True when `value` is a code of the local system `name`. */
export const hasLocal = (name: LocalSystem, value: string) => lookup.has(`${name}|${value}`);

/**
 * The `Coding` of a local code. Throws for a code the table does not define: the exporter must
 * never emit a code that is not in the committed table (check `hasLocal` for open vocabularies).
 */
export function local(name: LocalSystem, value: string): Code {
  const display = lookup.get(`${name}|${value}`);
  if (display === undefined) throw new Error(`no local code ${name}#${value} in the code table`);
  return { system: localSystemUrl(name), code: value, display };
}

/** Every local code as table entries. */
export function localCodeEntries(): CodeEntry[] {
  return Object.entries(SYSTEMS).flatMap(([name, codes]) =>
    codes.map(([value, display]) => ({
      system: localSystemUrl(name as LocalSystem),
      code: value,
      display,
      use: `Stillpoint code system ${name}`,
    })),
  );
}
