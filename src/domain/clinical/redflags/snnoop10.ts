/**
 * SNNOOP10 red-flag screen (Do et al., Neurology 2019; docs/clinical-rules.md §6). Each answer code
 * stored on `attack.redFlags` maps to one screen item with an app action. The actions are
 * Stillpoint's design, not from the paper: item 1 escalates to emergency with neck stiffness or
 * confusion (`systemic_severe`), item 13 with anticoagulation (`anticoagulated`).
 */
import type { RedFlag } from '../../diary/vocabulary.ts';

export type RedFlagAction = 'emergency' | 'urgent' | 'prompt_review' | 'routine_review';

export interface RedFlagItem {
  /** Row of the SNNOOP10 table (1–15). */
  item: number;
  code: RedFlag;
  /** The short screen question shown to the person. */
  question: string;
  /** What a clinician would want to exclude. */
  concern: string;
  action: RedFlagAction;
}

/** Urgency order, most urgent first. */
export const ACTION_ORDER: readonly RedFlagAction[] = [
  'emergency',
  'urgent',
  'prompt_review',
  'routine_review',
];

export const ACTION_ADVICE: Readonly<Record<RedFlagAction, string>> = {
  emergency: 'Call emergency services or go to an emergency department now.',
  urgent: 'See a doctor today (same-day appointment or urgent care).',
  prompt_review: 'Arrange a prompt review with your doctor, within days.',
  routine_review: 'Discuss it with your doctor at your next appointment.',
};

const item = (
  n: number,
  code: RedFlag,
  action: RedFlagAction,
  question: string,
  concern: string,
): RedFlagItem => ({ item: n, code, question, concern, action });

/** Every screen question, in SNNOOP10 order (answers are stored as these codes). */
export const SNNOOP10_SCREEN: readonly RedFlagItem[] = [
  item(
    1,
    'systemic',
    'urgent',
    'Fever, chills or feeling generally unwell with this headache?',
    'infection such as meningitis, or vasculitis',
  ),
  item(
    1,
    'systemic_severe',
    'emergency',
    'With fever, also a stiff neck or confusion?',
    'meningitis or encephalitis',
  ),
  item(
    2,
    'neoplasm_history',
    'prompt_review',
    'Have you ever had cancer?',
    'spread of a cancer to the brain',
  ),
  item(
    3,
    'neurologic_deficit',
    'emergency',
    'New weakness, numbness, loss of vision, trouble speaking, or drowsiness?',
    'stroke, bleeding or a mass in the brain',
  ),
  item(
    4,
    'thunderclap',
    'emergency',
    'Did it reach its worst within about a minute ("worst headache of my life")?',
    'bleeding around the brain (subarachnoid haemorrhage) or RCVS',
  ),
  item(
    5,
    'older_onset',
    'prompt_review',
    'Did headaches like this first start at age 50 or older?',
    'giant cell arteritis or a mass',
  ),
  item(
    6,
    'pattern_change',
    'prompt_review',
    'Is this a new headache, or a clear change from your usual headaches?',
    'a secondary cause',
  ),
  item(
    7,
    'positional',
    'prompt_review',
    'Is it much worse when upright, or when lying down?',
    'low or high pressure of the brain fluid',
  ),
  item(
    8,
    'precipitated',
    'prompt_review',
    'Was it brought on by coughing, sneezing, straining or exercise?',
    'a posterior fossa problem or Chiari malformation',
  ),
  item(
    9,
    'papilledema',
    'urgent',
    'Has a doctor or optician seen swelling at the back of your eyes?',
    'raised pressure inside the head',
  ),
  item(
    10,
    'progressive',
    'prompt_review',
    'Has it been getting steadily worse, or is it unlike anything before?',
    'a mass or idiopathic intracranial hypertension',
  ),
  item(
    11,
    'pregnancy',
    'urgent',
    'Are you pregnant, or did you give birth in the last 6 weeks?',
    'pre-eclampsia, venous sinus thrombosis or RCVS',
  ),
  item(
    12,
    'painful_eye_autonomic',
    'urgent',
    'Is one eye red and painful, with blurred vision or haloes?',
    'acute glaucoma or a trigeminal autonomic cephalalgia',
  ),
  item(
    13,
    'post_traumatic',
    'urgent',
    'Did it start after a head injury?',
    'bleeding under the skull (sub- or epidural haematoma)',
  ),
  item(
    13,
    'anticoagulated',
    'emergency',
    'After a head injury: do you take blood thinners?',
    'bleeding under the skull while anticoagulated',
  ),
  item(
    14,
    'immune',
    'urgent',
    'Do you have a weakened immune system (for example HIV or chemotherapy)?',
    'an opportunistic infection',
  ),
  item(
    15,
    'painkiller_overuse',
    'routine_review',
    'Are you taking painkillers on many days, or did it start with a new medicine?',
    'medication-overuse or drug-induced headache',
  ),
];

const BY_CODE: ReadonlyMap<RedFlag, RedFlagItem> = new Map(SNNOOP10_SCREEN.map((i) => [i.code, i]));

/** The screen item of an answer code. */
export function redFlagItem(code: RedFlag): RedFlagItem {
  const found = BY_CODE.get(code);
  if (!found) throw new Error(`unknown red-flag code ${code}`);
  return found;
}

/** The more urgent of two actions. */
export function moreUrgent(a: RedFlagAction, b: RedFlagAction): RedFlagAction {
  return ACTION_ORDER.indexOf(a) <= ACTION_ORDER.indexOf(b) ? a : b;
}
