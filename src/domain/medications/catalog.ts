/**
 * Common medication names → what they are: the diary class that drives medication-overuse
 * counting (docs/clinical-rules.md §2.7), a finer group, and the WHO ATC code of the substance.
 *
 * Why a table: no maintained ATC or RxNorm list is published as an npm package, and the WHO
 * ATC/DDD index may not be redistributed whole; this table holds the ATC codes (WHO Collaborating
 * Centre for Drug Statistics Methodology, ATC/DDD index) of the substances migraine diaries
 * actually contain, plus common brand names. Names are matched case-insensitively on the whole
 * name, then on its first word ("Rizatriptan (mg)", "Sumatriptan 50mg"). Anything not listed is
 * `unknown`: it never counts toward overuse until the person sets its class.
 */
import type { MedicationClass } from '../diary/vocabulary.ts';

export type MedicationGroup =
  | 'triptan'
  | 'ergot'
  | 'nsaid'
  | 'paracetamol'
  | 'other_analgesic'
  | 'combination_analgesic'
  | 'opioid'
  | 'gepant'
  | 'ditan'
  | 'cgrp_antibody'
  | 'preventive'
  | 'antiemetic'
  | 'antidepressant'
  | 'antihistamine'
  | 'stimulant'
  | 'antipsychotic'
  | 'supplement';

export interface CatalogEntry {
  /** The generic name (INN). */
  substance: string;
  atc: string;
  group: MedicationGroup;
  class: MedicationClass;
}

const CLASS_OF: Record<MedicationGroup, MedicationClass> = {
  triptan: 'triptan',
  ergot: 'ergot',
  nsaid: 'nonopioid_analgesic',
  paracetamol: 'nonopioid_analgesic',
  other_analgesic: 'nonopioid_analgesic',
  combination_analgesic: 'combination_analgesic',
  opioid: 'opioid',
  gepant: 'gepant',
  ditan: 'ditan',
  cgrp_antibody: 'preventive',
  preventive: 'preventive',
  antiemetic: 'antiemetic',
  antidepressant: 'non_acute',
  antihistamine: 'non_acute',
  stimulant: 'non_acute',
  antipsychotic: 'non_acute',
  supplement: 'non_acute',
};

/** substance, ATC code, group, other names (brands, spellings). */
const TABLE: readonly [string, string, MedicationGroup, string[]][] = [
  ['sumatriptan', 'N02CC01', 'triptan', ['imigran', 'imitrex']],
  ['naratriptan', 'N02CC02', 'triptan', ['naramig', 'amerge']],
  ['zolmitriptan', 'N02CC03', 'triptan', ['zomig', 'ascotop']],
  ['rizatriptan', 'N02CC04', 'triptan', ['maxalt']],
  ['almotriptan', 'N02CC05', 'triptan', ['almogran', 'axert']],
  ['eletriptan', 'N02CC06', 'triptan', ['relpax']],
  ['frovatriptan', 'N02CC07', 'triptan', ['migard', 'frova']],
  ['ergotamine', 'N02CA02', 'ergot', ['cafergot']],
  ['dihydroergotamine', 'N02CA01', 'ergot', ['dhe', 'trudhesa', 'migranal']],
  ['ibuprofen', 'M01AE01', 'nsaid', ['advil', 'nurofen', 'motrin']],
  ['naproxen', 'M01AE02', 'nsaid', ['aleve', 'naprosyn']],
  ['ketoprofen', 'M01AE03', 'nsaid', []],
  ['dexketoprofen', 'M01AE17', 'nsaid', []],
  ['diclofenac', 'M01AB05', 'nsaid', ['voltaren', 'cambia']],
  ['indometacin', 'M01AB01', 'nsaid', ['indomethacin']],
  ['celecoxib', 'M01AH01', 'nsaid', ['celebrex']],
  ['etoricoxib', 'M01AH05', 'nsaid', []],
  ['mefenamic acid', 'M01AG01', 'nsaid', []],
  ['tolfenamic acid', 'M01AG02', 'nsaid', []],
  ['acetylsalicylic acid', 'N02BA01', 'nsaid', ['aspirin', 'asa']],
  ['paracetamol', 'N02BE01', 'paracetamol', ['acetaminophen', 'tylenol', 'panadol', 'apap']],
  ['metamizole', 'N02BB02', 'other_analgesic', ['dipyrone', 'novalgin']],
  [
    'paracetamol, combinations excl. psycholeptics',
    'N02BE51',
    'combination_analgesic',
    ['excedrin', 'thomapyrin'],
  ],
  [
    'codeine and paracetamol',
    'N02AJ06',
    'combination_analgesic',
    ['co-codamol', 'tylenol with codeine'],
  ],
  ['tramadol', 'N02AX02', 'opioid', ['ultram']],
  ['codeine', 'R05DA04', 'opioid', []],
  ['oxycodone', 'N02AA05', 'opioid', []],
  ['morphine', 'N02AA01', 'opioid', []],
  ['rimegepant', 'N02CD06', 'gepant', ['nurtec', 'vydura']],
  ['ubrogepant', 'N02CD04', 'gepant', ['ubrelvy']],
  ['atogepant', 'N02CD07', 'preventive', ['qulipta', 'aquipta']],
  ['zavegepant', 'N02CD08', 'gepant', ['zavzpret']],
  ['lasmiditan', 'N02CC08', 'ditan', ['reyvow']],
  ['erenumab', 'N02CD01', 'cgrp_antibody', ['aimovig']],
  ['galcanezumab', 'N02CD02', 'cgrp_antibody', ['emgality']],
  ['fremanezumab', 'N02CD03', 'cgrp_antibody', ['ajovy']],
  ['eptinezumab', 'N02CD05', 'cgrp_antibody', ['vyepti']],
  ['propranolol', 'C07AA05', 'preventive', ['inderal']],
  ['metoprolol', 'C07AB02', 'preventive', []],
  ['topiramate', 'N03AX11', 'preventive', ['topamax']],
  ['valproic acid', 'N03AG01', 'preventive', ['valproate', 'depakote']],
  ['amitriptyline', 'N06AA09', 'preventive', ['elavil']],
  ['candesartan', 'C09CA06', 'preventive', ['atacand']],
  ['flunarizine', 'N07CA03', 'preventive', ['sibelium']],
  ['onabotulinumtoxina', 'M03AX01', 'preventive', ['botox', 'botulinum toxin']],
  ['metoclopramide', 'A03FA01', 'antiemetic', ['reglan', 'paspertin']],
  ['domperidone', 'A03FA03', 'antiemetic', ['motilium']],
  ['ondansetron', 'A04AA01', 'antiemetic', ['zofran']],
  ['prochlorperazine', 'N05AB04', 'antiemetic', []],
  ['clomipramine', 'N06AA04', 'antidepressant', ['anafranil']],
  ['fluoxetine', 'N06AB03', 'antidepressant', ['fluoxitine', 'prozac']],
  ['sertraline', 'N06AB06', 'antidepressant', ['zoloft']],
  ['venlafaxine', 'N06AX16', 'antidepressant', ['effexor']],
  ['hydroxyzine', 'N05BB01', 'antihistamine', ['atarax']],
  ['lisdexamfetamine', 'N06BA12', 'stimulant', ['vyvanse', 'elvanse']],
  ['methylphenidate', 'N06BA04', 'stimulant', ['ritalin', 'concerta']],
  ['cariprazine', 'N05AX15', 'antipsychotic', ['vraylar', 'reagila']],
  ['colecalciferol', 'A11CC05', 'supplement', ['vitamin d3', 'vitamin d', 'cholecalciferol']],
  ['riboflavin', 'A11HA04', 'supplement', ['vitamin b2']],
  ['magnesium', 'A12CC', 'supplement', []],
  ['ubidecarenone', 'C01EB09', 'supplement', ['coenzyme q10', 'coq10']],
  ['levomefolic acid', 'B03BB', 'supplement', ['l-methylfolate', 'methylfolate']],
  ['glycine', 'B05CX03', 'supplement', []],
  ['melatonin', 'N05CH01', 'supplement', []],
];

const BY_NAME: ReadonlyMap<string, CatalogEntry> = new Map(
  TABLE.flatMap(([substance, atc, group, names]) => {
    const entry: CatalogEntry = { substance, atc, group, class: CLASS_OF[group] };
    return [substance, ...names].map((n) => [n, entry] as const);
  }),
);

/** Every entry (for documentation and tests). */
export const CATALOG: readonly CatalogEntry[] = [...new Set(BY_NAME.values())];

/**
 * What a medication name is: the whole name, without a trailing unit or dose ("Rizatriptan
 * (mg)", "Sumatriptan 50mg"), then its first word; undefined when not in the table.
 */
export function lookUpMedication(name: string): CatalogEntry | undefined {
  const lower = name.trim().toLowerCase();
  const bare = lower
    .replace(/\((mg|mcg|µg|ug|g|ml|iu|units?)\)\s*$/i, '')
    .replace(/[\s,]+\d+(?:[.,]\d+)?\s*(mg|mcg|µg|ug|g|ml|iu)\.?\s*$/i, '')
    .trim();
  return BY_NAME.get(bare) ?? BY_NAME.get(bare.split(/[\s,(/+]+/)[0] ?? '');
}
