/**
 * ICHD-3 1.2 Migraine with aura, 2018 final rule (docs/clinical-rules.md §2.2): criterion B (≥ 1
 * fully reversible aura symptom) and C (**≥ 3 of 6** characteristics), the aura subtype, and the
 * aura advisories of docs/clinical-rules.md §2.2 and §6 (prolonged, very short, purely negative or
 * atypical aura → TIA evaluation; motor, brainstem or retinal aura → clinician required).
 */
import type { Aura } from '../../diary/diary.schema.ts';
import type { Episode } from '../days/episodes.ts';
import { type CriteriaResult, countOf, criterion } from './criteria.ts';

export type AuraKind = 'none' | 'typical' | 'brainstem' | 'hemiplegic' | 'retinal' | 'atypical';

/** Advice attached to a result: a stable code and the sentence shown to the person. */
export interface Advisory {
  code: string;
  message: string;
}

export interface AuraAssessment {
  kind: Exclude<AuraKind, 'none'>;
  /** 1.2 B and C for this episode. */
  result: CriteriaResult;
  /** Number of the six characteristics of C that are present. */
  characteristics: number;
  advisories: Advisory[];
}

/** Longest accepted duration of one aura symptom: 60 min, motor symptoms up to 72 h [V]. */
const maxAuraMinutes = (s: Aura): number => (s.type === 'motor' ? 72 * 60 : 60);
const MIN_AURA_MINUTES = 5;
const HEADACHE_WITHIN_MINUTES = 60;

const TIA_ADVICE =
  'Ask a doctor about it promptly to rule out a TIA (mini-stroke) or another cause; if symptoms ' +
  'are new, one-sided weakness, or do not go away, call emergency services.';

function subtypeOf(aura: readonly Aura[], characteristics: number): AuraAssessment['kind'] {
  const types = new Set(aura.map((s) => s.type));
  if (types.has('motor')) return 'hemiplegic';
  if (types.has('brainstem')) return 'brainstem';
  if (types.has('retinal')) return 'retinal';
  return characteristics >= 3 ? 'typical' : 'atypical';
}

function clinicianAdvisory(kind: AuraAssessment['kind']): Advisory[] {
  const messages: Partial<Record<AuraAssessment['kind'], string>> = {
    hemiplegic:
      'Weakness during an aura must be assessed by a clinician (possible hemiplegic migraine, ' +
      'ICHD-3 1.2.3). If the weakness is new or does not fully resolve, call emergency ' +
      'services now.',
    brainstem:
      'Brainstem aura symptoms need a clinician to confirm the diagnosis (possible migraine with ' +
      'brainstem aura, ICHD-3 1.2.2).',
    retinal:
      'Visual loss in one eye needs a clinician to confirm the diagnosis and rule out other ' +
      'causes (possible retinal migraine, ICHD-3 1.2.4).',
  };
  const message = messages[kind];
  return message ? [{ code: 'clinician_required', message }] : [];
}

function durationAdvisories(aura: readonly Aura[]): Advisory[] {
  const out: Advisory[] = [];
  const long = aura.filter((s) => (s.durationMinutes ?? 0) > maxAuraMinutes(s));
  if (long.length > 0) {
    const minutes = Math.max(...long.map((s) => s.durationMinutes ?? 0));
    out.push({
      code: 'prolonged_aura',
      message: `An aura lasting ${minutes} minutes is longer than a migraine aura. ${TIA_ADVICE}`,
    });
  }
  if (aura.some((s) => s.durationMinutes !== undefined && s.durationMinutes < MIN_AURA_MINUTES)) {
    out.push({
      code: 'short_aura',
      message: `An aura shorter than ${MIN_AURA_MINUTES} minutes is not typical. ${TIA_ADVICE}`,
    });
  }
  if (aura.every((s) => s.positive === false)) {
    out.push({
      code: 'negative_aura',
      message: `A purely negative aura (only loss of vision or feeling). ${TIA_ADVICE}`,
    });
  }
  return out;
}

/**
 * Assesses the aura of an episode; `undefined` when it has none. Speech symptoms count as
 * unilateral (aphasia always does). Symptoms logged in one attack are taken to occur in
 * succession; a symptom without a recorded duration fails the 5–60 min characteristic.
 */
export function assessAura(ep: Episode): AuraAssessment | undefined {
  const a = ep.attack;
  if (a.aura.length === 0) return undefined;
  const durationsOk = a.aura.every(
    (s) =>
      s.durationMinutes !== undefined &&
      s.durationMinutes >= MIN_AURA_MINUTES &&
      s.durationMinutes <= maxAuraMinutes(s),
  );
  const items: [boolean, string][] = [
    [a.aura.some((s) => (s.spreadMinutes ?? 0) >= 5), 'spreads gradually over ≥ 5 min'],
    [a.aura.length >= 2, '≥ 2 symptoms in succession'],
    [durationsOk, 'each symptom lasts 5–60 min'],
    [a.aura.some((s) => s.unilateral === true || s.type === 'speech'), 'unilateral'],
    [a.aura.some((s) => s.positive === true), 'positive'],
    [
      a.auraToHeadacheMinutes !== null && a.auraToHeadacheMinutes <= HEADACHE_WITHIN_MINUTES,
      'headache with the aura or within 60 min',
    ],
  ];
  const c = countOf(items, 3, 'C');
  const characteristics = items.filter(([ok]) => ok).length;
  const types = [...new Set(a.aura.map((s) => s.type))].join(', ');
  const b = criterion('B', true, `aura symptoms: ${types}`);
  const kind = subtypeOf(a.aura, characteristics);
  const advisories = [...clinicianAdvisory(kind), ...durationAdvisories(a.aura)];
  if (c.verdict !== 'met') {
    advisories.push({
      code: 'atypical_aura',
      message:
        `This aura has ${characteristics} of the 6 features of a migraine aura (3 needed). ` +
        TIA_ADVICE,
    });
  }
  return { kind, result: { code: '1.2', criteria: [b, c] }, characteristics, advisories };
}
