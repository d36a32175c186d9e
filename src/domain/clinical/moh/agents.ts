/**
 * Reads the active ingredients out of a medication name, for the two rules of
 * docs/clinical-rules.md §2.7 that depend on the drug rather than on its class:
 * - ASA + paracetamol without an adjuvant is **not** a combination analgesic: both belong to the
 *   non-opioid class, so 8.2.3 rules apply;
 * - the 8.2.3 sub-forms (8.2.3.1 paracetamol, 8.2.3.2 NSAID, 8.2.3.2.1 ASA, 8.2.3.3 other).
 *
 * Only a small, explicit vocabulary of generic names is recognised. A name with any other word
 * (a brand such as "Excedrin") is left to the class the person chose.
 */
import type { Medication } from '../../diary/diary.schema.ts';
import type { MedicationClass } from '../../diary/vocabulary.ts';

/** Non-opioid analgesic ingredients that have an 8.2.3 sub-form. */
export type AnalgesicAgent = 'paracetamol' | 'asa' | 'nsaid' | 'other_nonopioid';

type Ingredient = AnalgesicAgent | 'adjuvant' | 'opioid';

const INGREDIENTS: Readonly<Record<string, Ingredient>> = {
  paracetamol: 'paracetamol',
  acetaminophen: 'paracetamol',
  apap: 'paracetamol',
  aspirin: 'asa',
  asa: 'asa',
  acetylsalicylic: 'asa',
  ibuprofen: 'nsaid',
  naproxen: 'nsaid',
  diclofenac: 'nsaid',
  ketoprofen: 'nsaid',
  dexketoprofen: 'nsaid',
  indometacin: 'nsaid',
  indomethacin: 'nsaid',
  celecoxib: 'nsaid',
  etoricoxib: 'nsaid',
  mefenamic: 'nsaid',
  tolfenamic: 'nsaid',
  flurbiprofen: 'nsaid',
  ketorolac: 'nsaid',
  meloxicam: 'nsaid',
  piroxicam: 'nsaid',
  metamizole: 'other_nonopioid',
  dipyrone: 'other_nonopioid',
  propyphenazone: 'other_nonopioid',
  phenazone: 'other_nonopioid',
  caffeine: 'adjuvant',
  butalbital: 'adjuvant',
  codeine: 'opioid',
  tramadol: 'opioid',
  dihydrocodeine: 'opioid',
  oxycodone: 'opioid',
  morphine: 'opioid',
};

/** Words that may appear in a generic name without naming an ingredient. */
const FILLER = new Set([
  'acid',
  'and',
  'plus',
  'with',
  'mg',
  'g',
  'ml',
  'tablet',
  'tablets',
  'tab',
  'tabs',
  'capsule',
  'capsules',
  'caps',
  'effervescent',
  'film',
  'coated',
  'forte',
]);

/** Ingredients recognised in a name, or `null` when the name has an unrecognised word. */
function ingredientsOf(name: string): Set<Ingredient> | null {
  const words = name.toLowerCase().match(/[a-z]+/g) ?? [];
  const found = new Set<Ingredient>();
  for (const word of words) {
    const ingredient = INGREDIENTS[word];
    if (ingredient) found.add(ingredient);
    else if (!FILLER.has(word)) return null;
  }
  return found.size > 0 ? found : null;
}

/**
 * The class used for overuse counting. A medication logged as `combination_analgesic` whose name
 * lists only non-opioid analgesics (for example "ASA + paracetamol") counts as
 * `nonopioid_analgesic`; every other medication keeps its logged class.
 */
export function effectiveClass(medication: Medication): MedicationClass {
  if (medication.class !== 'combination_analgesic') return medication.class;
  const found = ingredientsOf(medication.name);
  if (!found || found.has('adjuvant') || found.has('opioid')) return medication.class;
  return 'nonopioid_analgesic';
}

/**
 * The non-opioid analgesic ingredients of a medication counted as `nonopioid_analgesic`
 * (for the 8.2.3 sub-forms). Unrecognised names yield no agent, so no sub-form is coded.
 */
export function analgesicAgents(medication: Medication): AnalgesicAgent[] {
  if (effectiveClass(medication) !== 'nonopioid_analgesic') return [];
  const found = ingredientsOf(medication.name);
  if (!found) return [];
  return [...found].filter((i): i is AnalgesicAgent => i !== 'adjuvant' && i !== 'opioid');
}
