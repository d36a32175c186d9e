/**
 * The `stillpoint classify` result: per attack `{ id, type, aura, reasons }` (plus advisories),
 * then diagnosis suggestions `{ code, name, status }` (plus reasons) over the whole diary.
 */
import { type Analysis, typedEpisodes } from '../analysis.ts';
import { type AttackType, episodeAdvisories, episodeReasons } from './attack-type.ts';
import type { Advisory, AuraKind } from './aura.ts';
import { auraHistoryAdvisories } from './aura-history.ts';
import { migraineDiagnoses } from './diagnose-migraine.ts';
import { clusterDiagnoses, tensionDiagnoses } from './diagnose-other.ts';
import { type MenstrualMigraineResult, menstrualMigraine } from './menstrual.ts';
import { byCode, type DiagnosisSuggestion, suggest } from './suggestion.ts';

export interface AttackClassification {
  id: string;
  type: AttackType;
  aura: AuraKind;
  reasons: string[];
  /** Advice for this attack (aura needing a TIA evaluation or a clinician, aura status). */
  advisories: Advisory[];
}

export interface ClassificationResult {
  attacks: AttackClassification[];
  diagnoses: DiagnosisSuggestion[];
  /** Menstrual migraine (appendix A1.1), kept apart from the ICHD-3 main-body codes. */
  menstrualMigraine: MenstrualMigraineResult;
  disclaimer: string;
}

export const CLASSIFICATION_DISCLAIMER =
  'This is not a diagnosis: these are patterns consistent with ICHD-3 criteria (paraphrased; ' +
  'see ichd-3.org). Discuss them with a clinician.';

/** Per-attack classifications in diary order; attacks of one episode share its result. */
export function attackClassifications(a: Analysis): AttackClassification[] {
  const history = auraHistoryAdvisories(a.episodes, a.opts);
  const byAttack = new Map<string, AttackClassification>();
  typedEpisodes(a).forEach(({ c, t }) => {
    const result = {
      type: t.type,
      aura: t.aura,
      reasons: episodeReasons(c, t),
      advisories: [...episodeAdvisories(c), ...(history.get(c.episode.id) ?? [])],
    };
    for (const id of c.episode.attackIds) byAttack.set(id, { id, ...result });
  });
  return a.diary.attacks.flatMap((attack) => {
    const found = byAttack.get(attack.id);
    return found ? [found] : [];
  });
}

/** 8.2.x suggestions: a warning is `met`; an early warning with 8.2 A met is `provisional`. */
function overuseDiagnoses(a: Analysis): DiagnosisSuggestion[] {
  const out = new Map<string, DiagnosisSuggestion>();
  for (const f of a.overuse) {
    const status =
      f.level === 'warning'
        ? 'met'
        : f.level === 'early_warning' && f.headacheCriterionMet
          ? 'provisional'
          : undefined;
    if (!status) continue;
    const existing = out.get(f.code);
    if (existing) existing.reasons.push(f.message);
    else out.set(f.code, suggest(f.code, status, [f.message]));
  }
  return [...out.values()];
}

/**
 * Diagnosis suggestions in ICHD-3 code order. 1.3 excludes coding 2.x; 1.3 and 8.2 are both
 * given when both apply.
 */
export function diagnoses(a: Analysis): DiagnosisSuggestion[] {
  const items = typedEpisodes(a);
  const prior = a.diary.person.priorMigraineAttacks ?? 0;
  const migraine = migraineDiagnoses(items, prior, a.opts);
  const out = [...migraine];
  if (a.chronic.status !== 'not_met') {
    out.push(suggest('1.3', a.chronic.status === 'met' ? 'met' : 'provisional', a.chronic.reasons));
  }
  if (a.chronic.status !== 'met') {
    const span =
      a.table.firstRecorded && a.table.lastRecorded
        ? {
            first: a.table.firstRecorded,
            last: a.table.lastRecorded,
            recordedDays: [...a.table.days.values()].filter((d) => d.recorded).length,
          }
        : undefined;
    const probableMigraine = migraine.some((d) => d.code.startsWith('1.5'));
    out.push(...tensionDiagnoses(items, a.chronicTension, probableMigraine, span, a.opts));
  }
  out.push(...clusterDiagnoses(items, a.opts), ...overuseDiagnoses(a));
  return out.sort(byCode);
}

/** The whole classification result of an analysed diary. */
export function classificationResult(a: Analysis): ClassificationResult {
  return {
    attacks: attackClassifications(a),
    diagnoses: diagnoses(a),
    menstrualMigraine: menstrualMigraine(a.diary, typedEpisodes(a), a.table.lastRecorded),
    disclaimer: CLASSIFICATION_DISCLAIMER,
  };
}
