/**
 * Closed vocabularies of the diary format (`docs/product.md` §4). Field values outside these lists
 * are refused at every edge, so analyses can rely on them.
 */

export const SIDES = ['left', 'right', 'both', 'alternating'] as const;
export const REGIONS = [
  'forehead',
  'temple',
  'behind_eye',
  'top',
  'back_of_head',
  'neck',
  'jaw',
  'face',
] as const;
export const QUALITIES = ['pulsating', 'pressing', 'stabbing', 'dull', 'burning'] as const;
export const AUTONOMIC = [
  'lacrimation',
  'conjunctival_injection',
  'nasal_congestion',
  'rhinorrhoea',
  'eyelid_oedema',
  'forehead_sweating',
  'miosis_ptosis',
] as const;
export const AURA_TYPES = ['visual', 'sensory', 'speech', 'motor', 'brainstem', 'retinal'] as const;

/**
 * SNNOOP10 red-flag answers stored on an attack (docs/clinical-rules.md §6). One code per screen
 * item; `systemic_severe` is the fever-with-neck-stiffness-or-confusion escalation of item 1.
 */
export const RED_FLAGS = [
  'systemic',
  'systemic_severe',
  'neoplasm_history',
  'neurologic_deficit',
  'thunderclap',
  'older_onset',
  'pattern_change',
  'positional',
  'precipitated',
  'papilledema',
  'progressive',
  'pregnancy',
  'painful_eye_autonomic',
  'post_traumatic',
  'anticoagulated',
  'immune',
  'painkiller_overuse',
] as const;

export const PERSON_FACTORS = [
  'tmj',
  'neck_tension',
  'posture',
  'stress_anxiety',
  'head_neck_trauma',
  'nervous_system_sensitivity',
  'connective_tissue',
  'sleep_disruption',
  'hormonal',
  'chronic_tension',
] as const;

export const MEDICATION_CLASSES = [
  'triptan',
  'ergot',
  'opioid',
  'combination_analgesic',
  'nonopioid_analgesic',
  'gepant',
  'ditan',
  'antiemetic',
  'preventive',
  'other',
  'non_acute',
  'unknown',
] as const;

/**
 * Classes taken to treat a headache (acute or symptomatic medication). `preventive`,
 * `non_acute` (medicines taken for something else: antidepressants, stimulants, supplements) and
 * `unknown` (a medication whose class nobody has set yet) are never counted as acute, so never
 * toward medication overuse (docs/clinical-rules.md §2.7).
 */
export const ACUTE_CLASSES: ReadonlySet<string> = new Set(
  MEDICATION_CLASSES.filter((c) => c !== 'preventive' && c !== 'non_acute' && c !== 'unknown'),
);

/** Relief 2 h after an intake: none, partial (less pain), complete (pain-free). */
export const RELIEF = ['none', 'partial', 'complete'] as const;

export const THERAPY_KINDS = [
  'craniosacral',
  'massage',
  'acupuncture',
  'physiotherapy',
  'medication',
  'supplement',
  'diet',
  'relaxation',
  'device',
  'other',
] as const;

/** Where a practitioner's hands rested during a hands-on session (body chart). */
export const HAND_POSITIONS = [
  'skull_base',
  'sides_of_head',
  'forehead',
  'top_of_head',
  'jaw',
  'neck',
  'shoulders',
  'upper_back',
  'lower_back',
  'spine',
  'sacrum',
  'diaphragm',
  'pelvis',
  'feet',
] as const;

export const INSTRUMENTS = ['hit6', 'midas'] as const;

export type Side = (typeof SIDES)[number];
export type MedicationClass = (typeof MEDICATION_CLASSES)[number];
export type RedFlag = (typeof RED_FLAGS)[number];
export type Instrument = (typeof INSTRUMENTS)[number];
