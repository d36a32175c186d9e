/**
 * The committed code table of Stillpoint's FHIR export (docs/interop.md §1.3): every code system
 * and every `(system, code, display)` the exporter may emit. Builders take codes from here by name,
 * so an exported code is in the table by construction, and a test walks real bundles to prove
 * it. Entries marked `verify` are not yet confirmed by an authoritative source (tx.fhir.org
 * `$lookup`, the SNOMED CT browser, search.loinc.org, the WHO ATC index); check them before a
 * release. Stillpoint's own code systems are listed in `local-codes.ts`.
 */

/**
 * Canonical base of Stillpoint's own FHIR artefacts (code systems, questionnaires, extensions).
 * It is an identifier, not a promise that the URL resolves. **verify**: confirm the base with
 * the project owner before a release (changing it later changes every local code).
 */
export const STILLPOINT_FHIR_BASE = 'https://stillpoint.app/fhir';

export const SYSTEM = {
  loinc: 'http://loinc.org',
  snomed: 'http://snomed.info/sct',
  atc: 'http://www.whocc.no/atc',
  ucum: 'http://unitsofmeasure.org',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  medicationStatementCategory:
    'http://terminology.hl7.org/CodeSystem/medication-statement-category',
  symptomTemporary: 'http://hl7.org/fhir/uv/symptoms/CodeSystem/SymptomTemporary',
} as const;

/** FHIR structure URLs (profiles and extensions) the exporter writes. */
export const STRUCTURE = {
  symptomObservation: 'http://hl7.org/fhir/uv/symptoms/StructureDefinition/SymptomObservation',
  tzCode: 'http://hl7.org/fhir/StructureDefinition/tz-code',
  workflowSupportingInfo: 'http://hl7.org/fhir/StructureDefinition/workflow-supportingInfo',
  ordinalValue: 'http://hl7.org/fhir/StructureDefinition/ordinalValue',
  /** **verify**: URL and value type of the Symptoms IG extension were not checked. */
  surroundingEventMedication:
    'http://hl7.org/fhir/uv/symptoms/StructureDefinition/SurroundingEventMedication',
  reliefAt2h: `${STILLPOINT_FHIR_BASE}/StructureDefinition/relief-at-2h`,
  medicationClass: `${STILLPOINT_FHIR_BASE}/StructureDefinition/medication-class`,
  runInDays: `${STILLPOINT_FHIR_BASE}/StructureDefinition/run-in-days`,
} as const;

/** One code: what a FHIR `Coding` carries, plus where it is used and its review status. */
export interface CodeEntry {
  system: string;
  code: string;
  display: string;
  /** Where the exporter uses it. */
  use: string;
  /** Why the code still needs checking against an authoritative source (absent: confirmed). */
  verify?: string;
}

/** A `Coding` as the exporter writes it. */
export type Code = Pick<CodeEntry, 'system' | 'code' | 'display'>;

const entry = (system: string, code: string, display: string, use: string, verify?: string) =>
  verify === undefined ? { system, code, display, use } : { system, code, display, use, verify };

const loinc = (code: string, display: string, use: string, verify?: string) =>
  entry(SYSTEM.loinc, code, display, use, verify);
const sct = (code: string, display: string, use: string, verify?: string) =>
  entry(SYSTEM.snomed, code, display, use, verify);
const atc = (code: string, display: string, verify?: string) =>
  entry(SYSTEM.atc, code, display, 'Medication.code', verify);
const ucum = (code: string, display: string) => entry(SYSTEM.ucum, code, display, 'Quantity');

const ATC_VERIFY = 'ATC code from the WHO index as remembered; not checked against it';

/** External codes by name (LOINC, SNOMED CT, ATC, UCUM, HL7 terminology). */
export const CODES = {
  symptom: loinc('75325-1', 'Symptom', 'attack and associated-symptom Observation.code'),
  severity: loinc('64750-3', 'Severity of symptoms', 'attack component'),
  triggers: loinc('100752-5', 'Exacerbating factors - Reported', 'attack component'),
  relief: loinc('100753-3', 'Alleviating factors - Reported', 'attack component'),
  quality: loinc('56823-8', 'Problem quality or description', 'attack component'),
  pain: loinc(
    '72514-3',
    'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
    'pain Observation.code',
  ),
  sleepDuration: loinc('93832-4', 'Sleep duration', 'daily check-in component'),

  headache: sct('25064002', 'Headache', 'attack value'),
  nausea: sct('422587007', 'Nausea', 'associated symptom'),
  vomiting: sct('422400008', 'Vomiting', 'associated symptom'),
  photophobia: sct(
    '409668002',
    'Photophobia',
    'associated symptom',
    'docs/interop.md: not yet confirmed (not 90128006 "Photosensitivity")',
  ),
  phonophobia: sct(
    '313387002',
    'Phonophobia',
    'associated symptom',
    'docs/interop.md: not confirmed',
  ),
  visualDisturbance: sct('63102001', 'Visual disturbance', 'visual aura'),
  stress: sct('73595000', 'Stress', 'trigger'),
  dehydration: sct('34095006', 'Dehydration', 'trigger'),
  mild: sct('255604002', 'Mild', 'severity'),
  moderate: sct('6736007', 'Moderate', 'severity'),
  severe: sct('24484000', 'Severe', 'severity'),
  migraine: sct('37796009', 'Migraine', 'Condition'),
  migraineWithAura: sct('4473006', 'Migraine with aura', 'Condition'),
  migraineWithoutAura: sct('56097005', 'Migraine without aura', 'Condition'),
  migraineTypicalAura: sct('230462002', 'Migraine with typical aura', 'Condition'),
  auraWithoutHeadache: sct('230465000', 'Migraine aura without headache', 'Condition'),
  episodicTth: sct('230470007', 'Episodic tension-type headache', 'Condition'),
  chronicTth: sct('230471006', 'Chronic tension-type headache', 'Condition'),
  clusterHeadache: sct('193031009', 'Cluster headache', 'Condition'),
  massage: sct(
    '387854002',
    'Therapeutic massage',
    'Procedure.code (massage)',
    'docs/interop.md: fully specified name not confirmed',
  ),
  acupuncture: sct('44868003', 'Acupuncture', 'Procedure.code (acupuncture)'),

  sumatriptan: atc('N02CC01', 'sumatriptan'),
  naratriptan: atc('N02CC02', 'naratriptan', ATC_VERIFY),
  zolmitriptan: atc('N02CC03', 'zolmitriptan', ATC_VERIFY),
  rizatriptan: atc('N02CC04', 'rizatriptan', ATC_VERIFY),
  almotriptan: atc('N02CC05', 'almotriptan', ATC_VERIFY),
  eletriptan: atc('N02CC06', 'eletriptan', ATC_VERIFY),
  frovatriptan: atc('N02CC07', 'frovatriptan', ATC_VERIFY),
  triptans: atc('N02CC', 'Selective serotonin (5HT1) agonists'),
  paracetamol: atc('N02BE01', 'paracetamol', ATC_VERIFY),
  aspirin: atc('N02BA01', 'acetylsalicylic acid', ATC_VERIFY),
  ibuprofen: atc('M01AE01', 'ibuprofen', ATC_VERIFY),
  naproxen: atc('M01AE02', 'naproxen', ATC_VERIFY),
  diclofenac: atc('M01AB05', 'diclofenac', ATC_VERIFY),
  metoclopramide: atc('A03FA01', 'metoclopramide', ATC_VERIFY),
  domperidone: atc('A03FA03', 'domperidone', ATC_VERIFY),

  hours: ucum('h', 'hour'),
  minutes: ucum('min', 'minute'),
  milligrams: ucum('mg', 'milligram'),
  grams: ucum('g', 'gram'),
  micrograms: ucum('ug', 'microgram'),
  millilitres: ucum('mL', 'milliliter'),
  litres: ucum('L', 'liter'),
  alcoholUnits: ucum('{alcohol_unit}', 'alcohol unit'),

  survey: entry(SYSTEM.observationCategory, 'survey', 'Survey', 'Observation.category'),
  socialHistory: entry(
    SYSTEM.observationCategory,
    'social-history',
    'Social History',
    'Observation.category',
  ),
  symptomCategory: entry(SYSTEM.symptomTemporary, 'symptom', 'Symptom', 'Observation.category'),
  problemListItem: entry(
    SYSTEM.conditionCategory,
    'problem-list-item',
    'Problem List Item',
    'Condition.category',
  ),
  active: entry(SYSTEM.conditionClinical, 'active', 'Active', 'Condition.clinicalStatus'),
  unconfirmed: entry(
    SYSTEM.conditionVerification,
    'unconfirmed',
    'Unconfirmed',
    'Condition.verificationStatus: Stillpoint suggests patterns, it never diagnoses',
  ),
  patientSpecified: entry(
    SYSTEM.medicationStatementCategory,
    'patientspecified',
    'Patient Specified',
    'MedicationStatement.category',
  ),
} as const satisfies Record<string, CodeEntry>;

export type CodeName = keyof typeof CODES;

/** The `Coding` of a named external code (without the table's bookkeeping fields). */
export function code(name: CodeName): Code {
  const { system, code: value, display } = CODES[name];
  return { system, code: value, display };
}

/**
 * ATC codes of acute and preventive drugs Stillpoint recognises by name (lower-case generic or
 * common brand name → code name). Used for `Medication.code` and to guess a class on import.
 */
export const DRUG_ATC: Readonly<Record<string, CodeName>> = {
  sumatriptan: 'sumatriptan',
  imigran: 'sumatriptan',
  imitrex: 'sumatriptan',
  naratriptan: 'naratriptan',
  zolmitriptan: 'zolmitriptan',
  rizatriptan: 'rizatriptan',
  maxalt: 'rizatriptan',
  almotriptan: 'almotriptan',
  eletriptan: 'eletriptan',
  relpax: 'eletriptan',
  frovatriptan: 'frovatriptan',
  paracetamol: 'paracetamol',
  acetaminophen: 'paracetamol',
  tylenol: 'paracetamol',
  aspirin: 'aspirin',
  'acetylsalicylic acid': 'aspirin',
  ibuprofen: 'ibuprofen',
  advil: 'ibuprofen',
  naproxen: 'naproxen',
  diclofenac: 'diclofenac',
  metoclopramide: 'metoclopramide',
  domperidone: 'domperidone',
};
