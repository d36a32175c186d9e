/**
 * Diagnosis suggestions: an ICHD-3 code with its name and a status. Stillpoint never diagnoses;
 * a suggestion is a "pattern consistent with …" to discuss with a clinician.
 * - `met`: every criterion the diary can check is met;
 * - `probable`: all but one criterion met (1.5.x, and the ICHD-3 "probable" forms of 2.x / 3.1);
 * - `provisional`: the pattern holds so far but needs more time (for example "> 3 months") or a
 *   clinician to confirm it (motor, brainstem or retinal aura).
 */
import type { EpisodeCriteria, EpisodeType } from './attack-type.ts';

export type DiagnosisStatus = 'met' | 'probable' | 'provisional';

export interface DiagnosisSuggestion {
  code: string;
  name: string;
  status: DiagnosisStatus;
  reasons: string[];
}

/** An evaluated episode with its final type. */
export interface TypedEpisode {
  c: EpisodeCriteria;
  t: EpisodeType;
}

export const DIAGNOSIS_NAMES: Readonly<Record<string, string>> = {
  '1.1': 'Migraine without aura',
  '1.2.1': 'Migraine with typical aura',
  '1.2.1.1': 'Typical aura with headache',
  '1.2.1.2': 'Typical aura without headache',
  '1.2.2': 'Migraine with brainstem aura',
  '1.2.3': 'Hemiplegic migraine',
  '1.2.4': 'Retinal migraine',
  '1.3': 'Chronic migraine',
  '1.5.1': 'Probable migraine without aura',
  '1.5.2': 'Probable migraine with aura',
  '2.1': 'Infrequent episodic tension-type headache',
  '2.2': 'Frequent episodic tension-type headache',
  '2.3': 'Chronic tension-type headache',
  '3.1': 'Cluster headache',
  '8.2.1': 'Ergotamine-overuse headache',
  '8.2.2': 'Triptan-overuse headache',
  '8.2.3': 'Non-opioid analgesic-overuse headache',
  '8.2.3.1': 'Paracetamol (acetaminophen)-overuse headache',
  '8.2.3.2': 'NSAID-overuse headache',
  '8.2.3.2.1': 'Acetylsalicylic acid-overuse headache',
  '8.2.3.3': 'Other non-opioid analgesic-overuse headache',
  '8.2.4': 'Opioid-overuse headache',
  '8.2.5': 'Combination-analgesic-overuse headache',
  '8.2.6':
    'Medication-overuse headache attributed to multiple drug classes not individually overused',
  '8.2.8': 'Medication-overuse headache attributed to other medication',
};

/** A suggestion for `code` with its ICHD-3 name. */
export function suggest(
  code: string,
  status: DiagnosisStatus,
  reasons: string[],
): DiagnosisSuggestion {
  return { code, name: DIAGNOSIS_NAMES[code] ?? code, status, reasons };
}

/** Orders suggestions by ICHD-3 code (numeric per segment). */
export function byCode(a: DiagnosisSuggestion, b: DiagnosisSuggestion): number {
  const x = a.code.split('.').map(Number);
  const y = b.code.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
