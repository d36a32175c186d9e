/**
 * Words for the diary format's codes. Anything without an entry is shown with its code turned
 * into words (`behind_eye` → "Behind eye"), so open vocabularies (triggers, techniques) work too.
 */
const WORDS: Record<string, string> = {
  behind_eye: 'Behind the eye',
  back_of_head: 'Back of head',
  top: 'Top of head',
  both: 'Both sides',
  alternating: 'Side changes',
  nonopioid_analgesic: 'Painkiller (ibuprofen, paracetamol, aspirin)',
  combination_analgesic: 'Combination painkiller',
  skull_base: 'Base of skull',
  sides_of_head: 'Sides of head',
  top_of_head: 'Top of head',
  craniosacral: 'Craniosacral therapy (CST)',
  relaxation: 'Relaxation (breathing, meditation)',
  device: 'Device (e.g. blue-light glasses)',
  conjunctival_injection: 'Red eye',
  lacrimation: 'Watery eye',
  rhinorrhoea: 'Runny nose',
  eyelid_oedema: 'Swollen eyelid',
  miosis_ptosis: 'Small pupil or drooping eyelid',
  forehead_sweating: 'Sweaty forehead',
  tmj: 'Jaw joint (TMJ)',
  stress_anxiety: 'Stress or anxiety',
  head_neck_trauma: 'Head or neck injury',
  hormonal: 'Hormones',
  hit6: 'HIT-6',
  midas: 'MIDAS',
  insufficient_data: 'Not enough data yet',
  no_clear_change: 'No clear change',
  improved: 'Improved',
  worsened: 'Worsened',
};

/** A readable label for a code. */
export function label(code: string): string {
  const known = WORDS[code];
  if (known) return known;
  const words = code.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Medication classes in the plural, for counts ("triptans on 3 days"). */
export const CLASS_PLURAL: Record<string, string> = {
  triptan: 'triptans',
  ergot: 'ergots',
  opioid: 'opioids',
  combination_analgesic: 'combination painkillers',
  nonopioid_analgesic: 'simple painkillers',
  gepant: 'gepants',
  ditan: 'ditans',
  antiemetic: 'anti-sickness medicines',
  preventive: 'preventives',
  other: 'other medicines',
  non_acute: 'medicines not taken for headache',
  unknown: 'medicines of unknown class',
};

export const DISABILITY = ['No effect', 'Could carry on, less well', 'Had to stop', 'Bed rest'];
export const SLEEP_QUALITY = ['', 'Very poor', 'Poor', 'OK', 'Good', 'Very good'];

/** Suggestions for the open vocabularies (people can add their own words). */
export const TRIGGER_SUGGESTIONS = [
  'stress',
  'sleep_disruption',
  'screen_time',
  'skipped_meal',
  'dehydration',
  'weather',
  'alcohol',
  'menstruation',
  'bright_light',
  'strong_smell',
];
export const RELIEF_SUGGESTIONS = ['dark_room', 'sleep', 'cold_pack', 'hydration', 'breathing'];
export const TECHNIQUE_SUGGESTIONS = [
  'occipital_release',
  'sacral_release',
  'still_point',
  'frontal_lift',
  'parietal_lift',
  'diaphragm_release',
  'myofascial_release',
];
export const SENSATION_SUGGESTIONS = [
  'deep_relaxation',
  'warmth',
  'tingling',
  'pulsing',
  'heaviness',
  'lightness',
  'emotional_release',
  'sleepiness',
];
