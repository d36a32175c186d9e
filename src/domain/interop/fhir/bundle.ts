/**
 * A whole diary as one FHIR R4 `Bundle` of type `collection` (a file; docs/interop.md §1.2):
 * Patient, diagnosis suggestions, medications and intakes, attacks with their symptoms and pain
 * curve, therapy courses and sessions, daily check-ins and questionnaires. Full URLs are
 * `urn:uuid:` with deterministic UUIDs, so exporting the same diary twice gives the same bundle.
 */
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { personToday } from '../../calendar/local-day.ts';
import { classifyDiary } from '../../clinical/index.ts';
import { resolveClinicalOptions } from '../../clinical/options.ts';
import { questionnaireResults } from '../../clinical/questionnaires/results.ts';
import type { Diary } from '../../diary/diary.schema.ts';
import { type AttackMedication, attackResources } from './attack.ts';
import { conditionResource, isMigraineCode } from './condition.ts';
import { fhirContext } from './context.ts';
import type { Built } from './datatypes.ts';
import { dayResource } from './day.ts';
import { intakeResource, medicationResource } from './medication.ts';
import { personResources } from './patient.ts';
import { questionnaireDefinition, questionnaireResources } from './questionnaire.ts';
import { practitionerResources, sessionResources, therapyResource } from './therapy.ts';

export interface FhirExportOptions {
  /** The export instant (UTC, `Z`): bundle timestamp, ongoing attacks, active courses. */
  now: string;
}

/**
 * Every resource of a (validated) diary, in a stable order. Records referencing something the
 * diary does not hold are impossible: a validated diary resolves every reference.
 */
export function diaryResources(diary: Diary, options: FhirExportOptions): Built[] {
  const ctx = fhirContext(diary);
  const out: Built[] = personResources(ctx);
  const classification = classifyDiary(diary, { now: options.now });
  for (const d of classification.diagnoses) {
    out.push(conditionResource(ctx, d, classification.disclaimer));
  }
  const migraine = classification.diagnoses.find((d) => isMigraineCode(d.code));
  const medications = new Map(diary.medications.map((m) => [m.id, m]));
  for (const m of diary.medications) out.push(medicationResource(ctx, m));
  const byAttack = new Map<string, AttackMedication[]>();
  for (const intake of diary.intakes) {
    const medication = medications.get(intake.medicationId);
    if (!medication) continue;
    const statement = intakeResource(ctx, intake, medication);
    out.push(statement);
    if (intake.attackId !== null) {
      const list = byAttack.get(intake.attackId) ?? [];
      list.push({ statementId: statement.id, name: medication.name });
      byAttack.set(intake.attackId, list);
    }
  }
  for (const a of diary.attacks) out.push(...attackResources(ctx, a, byAttack.get(a.id) ?? []));
  const today = personToday(diary.person, options.now);
  const therapies = new Map(diary.therapies.map((t) => [t.id, t]));
  for (const t of diary.therapies) out.push(therapyResource(ctx, t, today));
  out.push(...practitionerResources(ctx));
  const reason = migraine ? ctx.id('condition', migraine.code) : undefined;
  for (const s of diary.sessions) {
    const therapy = therapies.get(s.therapyId);
    if (therapy) out.push(...sessionResources(ctx, s, therapy, reason));
  }
  for (const day of diary.days) out.push(dayResource(ctx, day));
  const instruments = new Set(diary.questionnaires.map((q) => q.instrument));
  for (const instrument of ['hit6', 'midas'] as const) {
    if (instruments.has(instrument)) out.push(questionnaireDefinition(ctx, instrument));
  }
  const results = new Map(
    questionnaireResults(diary.questionnaires, resolveClinicalOptions()).map((r) => [r.id, r]),
  );
  for (const q of diary.questionnaires) {
    const result = results.get(q.id);
    if (result) out.push(...questionnaireResources(ctx, q, result));
  }
  return out;
}

/** The diary as a FHIR R4 collection Bundle (`application/fhir+json`). */
export function diaryToFhirBundle(diary: Diary, options: FhirExportOptions): Bundle {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: options.now,
    entry: diaryResources(diary, options).map((resource: Resource & { id: string }) => ({
      fullUrl: `urn:uuid:${resource.id}`,
      resource,
    })),
  };
}
