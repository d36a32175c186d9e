/**
 * Medications and intakes as FHIR (docs/interop.md §1.2): one `Medication` per diary medication
 * (ATC code when Stillpoint recognises the name, always with the diary's text) and one
 * `MedicationStatement` per intake — patient-reported, so not a MedicationAdministration.
 * Acute intakes are `asNeeded`; the dose becomes a UCUM quantity when it reads like "50 mg".
 */
import type { Dosage, Medication, MedicationStatement } from '@medplum/fhirtypes';
import type { Medication as DiaryMedication, Intake } from '../../diary/diary.schema.ts';
import { ACUTE_CLASSES } from '../../diary/vocabulary.ts';
import { type CodeName, code, DRUG_ATC, STRUCTURE } from '../codes.ts';
import { local } from '../local-codes.ts';
import { diaryIdentifier, type FhirContext } from './context.ts';
import { type Built, coding, concept, localDateTime, quantity, tzElement } from './datatypes.ts';

const DOSE_UNITS: Readonly<Record<string, CodeName>> = {
  mg: 'milligrams',
  g: 'grams',
  mcg: 'micrograms',
  µg: 'micrograms',
  ug: 'micrograms',
  ml: 'millilitres',
};

/**
 * Reads a free-text dose such as "50 mg", "400mg" or "2.5 ml" as a number and UCUM unit.
 * Anything else ("1 tablet", "half") stays text only (returns undefined).
 */
export function parseDose(dose: string): { value: number; unit: CodeName } | undefined {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*(mg|g|mcg|µg|ug|ml)\s*$/i.exec(dose);
  const unit = m ? DOSE_UNITS[(m[2] ?? '').toLowerCase()] : undefined;
  if (!m || unit === undefined) return undefined;
  return { value: Number((m[1] ?? '').replace(',', '.')), unit };
}

/** ATC code name of a medication name, matching its first word or the whole name. */
export function atcOf(name: string): CodeName | undefined {
  const lower = name.trim().toLowerCase();
  return DRUG_ATC[lower] ?? DRUG_ATC[lower.split(/[\s,(/]+/)[0] ?? ''];
}

/** The `Medication` resource of a diary medication. */
export function medicationResource(ctx: FhirContext, m: DiaryMedication): Medication & Built {
  const atc = atcOf(m.name);
  return {
    resourceType: 'Medication',
    id: ctx.id('medication', m.id),
    identifier: [diaryIdentifier('medication', m.id)],
    code: concept(atc ? [code(atc)] : [], m.name),
    extension: [
      { url: STRUCTURE.medicationClass, valueCoding: coding(local('medication-class', m.class)) },
    ],
  };
}

/** The `MedicationStatement` of one intake. */
export function intakeResource(
  ctx: FhirContext,
  intake: Intake,
  medication: DiaryMedication,
): MedicationStatement & Built {
  const tz = ctx.timeZone;
  const dosage: Dosage = { asNeededBoolean: ACUTE_CLASSES.has(medication.class) };
  if (intake.dose) {
    dosage.text = intake.dose;
    const dose = parseDose(intake.dose);
    if (dose) dosage.doseAndRate = [{ doseQuantity: quantity(dose.value, dose.unit) }];
  }
  const statement: MedicationStatement & Built & { _effectiveDateTime?: unknown } = {
    resourceType: 'MedicationStatement',
    id: ctx.id('intake', intake.id),
    identifier: [diaryIdentifier('intake', intake.id)],
    status: 'completed',
    category: concept([code('patientSpecified')]),
    medicationReference: ctx.refTo('medication', medication.id, medication.name),
    subject: ctx.patient,
    informationSource: ctx.patient,
    effectiveDateTime: localDateTime(intake.at, tz),
    _effectiveDateTime: tzElement(tz),
    dosage: [dosage],
  };
  if (intake.attackId !== null) statement.reasonReference = [ctx.refTo('attack', intake.attackId)];
  if (intake.relief !== undefined) {
    statement.extension = [{ url: STRUCTURE.reliefAt2h, valueCode: intake.relief }];
  }
  if (intake.notes) statement.note = [{ text: intake.notes }];
  return statement;
}
