/**
 * An attack as FHIR (docs/interop.md §1.2): a Symptoms-IG `SymptomObservation` (LOINC 75325-1,
 * value SNOMED 25064002 Headache) with components for severity, quality, triggers, relief and the
 * diary's attack details; one `SymptomObservation` per associated symptom that was present,
 * linked with `workflow-supportingInfo`; one pain Observation (LOINC 72514-3, `valueInteger`)
 * for the peak and one per pain reading (the pain curve), linked with `hasMember`.
 *
 * Explicitly absent symptoms (`nausea: false`, …) become components with `valueBoolean: false`:
 * the Symptoms IG's `SymptomAbsentObservation` needs a "symptom absent" code that is not in the
 * committed table yet. A symptom never asked about (undefined) is simply not exported.
 */
import type {
  CodeableConcept,
  Extension,
  Observation,
  ObservationComponent,
} from '@medplum/fhirtypes';
import { DEFAULT_CLINICAL_OPTIONS } from '../../clinical/options.ts';
import type { Attack, Aura } from '../../diary/diary.schema.ts';
import { type Code, type CodeName, code, STRUCTURE } from '../codes.ts';
import { KNOWN_RELIEF, KNOWN_TRIGGERS, local } from '../local-codes.ts';
import { diaryIdentifier, type FhirContext } from './context.ts';
import {
  type Built,
  concept,
  localDateTime,
  named,
  quantity,
  tzElement,
  zonedPeriod,
} from './datatypes.ts';

/** A medication taken for the attack, already exported as a MedicationStatement. */
export interface AttackMedication {
  statementId: string;
  name: string;
}

const SYMPTOMS: readonly ['nausea' | 'vomiting' | 'photophobia' | 'phonophobia', CodeName][] = [
  ['nausea', 'nausea'],
  ['vomiting', 'vomiting'],
  ['photophobia', 'photophobia'],
  ['phonophobia', 'phonophobia'],
];

const component = (c: Code, value: Partial<ObservationComponent>): ObservationComponent => ({
  code: concept([c]),
  ...value,
});

/** Severity band of a 0–10 peak pain, with the clinical engine's moderate/severe cut-offs. */
function severity(peak: number): CodeName {
  if (peak >= DEFAULT_CLINICAL_OPTIONS.severePainFrom) return 'severe';
  return peak >= DEFAULT_CLINICAL_OPTIONS.moderatePainFrom ? 'moderate' : 'mild';
}

/** A trigger tag as a concept: SNOMED CT where the table has it, a local code, else text. */
function triggerConcept(tag: string): CodeableConcept {
  if (tag === 'stress') return named('stress', tag);
  if (tag === 'dehydration') return named('dehydration', tag);
  return (KNOWN_TRIGGERS as readonly string[]).includes(tag)
    ? concept([local('trigger', tag)], tag)
    : { text: tag };
}

const reliefConcept = (tag: string): CodeableConcept =>
  (KNOWN_RELIEF as readonly string[]).includes(tag)
    ? concept([local('relief-measure', tag)], tag)
    : { text: tag };

function detailComponents(a: Attack, meds: readonly AttackMedication[]): ObservationComponent[] {
  const detail = (name: string) => local('attack-detail', name);
  const out: ObservationComponent[] = [];
  if (a.peakPain !== undefined && a.peakPain > 0) {
    out.push(component(code('severity'), { valueCodeableConcept: named(severity(a.peakPain)) }));
  }
  for (const q of a.quality) {
    out.push(
      component(code('quality'), { valueCodeableConcept: concept([local('pain-quality', q)]) }),
    );
  }
  for (const t of a.triggers)
    out.push(component(code('triggers'), { valueCodeableConcept: triggerConcept(t) }));
  for (const r of a.reliefMeasures) {
    out.push(component(code('relief'), { valueCodeableConcept: reliefConcept(r) }));
  }
  for (const m of meds) {
    out.push({
      ...component(code('relief'), { valueCodeableConcept: { text: m.name } }),
      extension: [
        {
          url: STRUCTURE.surroundingEventMedication,
          valueReference: { reference: `urn:uuid:${m.statementId}` },
        },
      ],
    });
  }
  if (a.side !== null) {
    out.push(
      component(detail('side'), {
        valueCodeableConcept: concept([local('headache-side', a.side)]),
      }),
    );
  }
  for (const r of a.regions) {
    out.push(
      component(detail('region'), { valueCodeableConcept: concept([local('head-region', r)]) }),
    );
  }
  if (a.worseWithActivity !== undefined) {
    out.push(component(detail('worse-with-activity'), { valueBoolean: a.worseWithActivity }));
  }
  if (a.restless !== undefined)
    out.push(component(detail('restless'), { valueBoolean: a.restless }));
  if (a.disability !== undefined)
    out.push(component(detail('disability'), { valueInteger: a.disability }));
  if (a.auraToHeadacheMinutes !== null) {
    out.push(
      component(detail('aura-to-headache'), {
        valueQuantity: quantity(a.auraToHeadacheMinutes, 'minutes'),
      }),
    );
  }
  for (const f of a.redFlags) {
    out.push(
      component(detail('red-flag'), { valueCodeableConcept: concept([local('red-flag', f)]) }),
    );
  }
  for (const [field, name] of SYMPTOMS) {
    if (a[field] === false) out.push(component(code(name), { valueBoolean: false }));
  }
  return out;
}

/** The common shell of the attack and its associated-symptom observations. */
function symptomShell(ctx: FhirContext, a: Attack, tz: string, id: string): Observation & Built {
  return {
    resourceType: 'Observation',
    id,
    meta: { profile: [STRUCTURE.symptomObservation] },
    status: a.end === null ? 'preliminary' : 'final',
    category: [concept([code('symptomCategory')])],
    code: named('symptom'),
    subject: ctx.patient,
    performer: [ctx.patient],
    effectivePeriod: zonedPeriod(a.start, a.end, tz),
  };
}

function auraComponents(aura: Aura): ObservationComponent[] {
  const detail = (name: string) => local('attack-detail', name);
  const out: ObservationComponent[] = [];
  if (aura.durationMinutes !== undefined) {
    out.push(
      component(detail('aura-duration'), {
        valueQuantity: quantity(aura.durationMinutes, 'minutes'),
      }),
    );
  }
  if (aura.spreadMinutes !== undefined) {
    out.push(
      component(detail('aura-spread'), { valueQuantity: quantity(aura.spreadMinutes, 'minutes') }),
    );
  }
  if (aura.positive !== undefined)
    out.push(component(detail('aura-positive'), { valueBoolean: aura.positive }));
  if (aura.unilateral !== undefined) {
    out.push(component(detail('aura-unilateral'), { valueBoolean: aura.unilateral }));
  }
  return out;
}

/** Associated symptoms present during the attack, one SymptomObservation each. */
function associated(ctx: FhirContext, a: Attack, tz: string): Built[] {
  const out: Built[] = [];
  const add = (key: string, value: CodeableConcept, components: ObservationComponent[] = []) => {
    const obs = symptomShell(ctx, a, tz, ctx.id('symptom', `${a.id}:${key}`));
    obs.valueCodeableConcept = value;
    if (components.length > 0) obs.component = components;
    out.push(obs);
  };
  for (const [field, name] of SYMPTOMS) if (a[field] === true) add(field, named(name));
  for (const s of a.autonomic) add(s, concept([local('autonomic-symptom', s)]));
  a.aura.forEach((aura, i) => {
    const codes = aura.type === 'visual' ? [code('visualDisturbance')] : [];
    add(
      `aura-${i}`,
      concept([...codes, local('aura-type', aura.type)], `${aura.type} aura`),
      auraComponents(aura),
    );
  });
  return out;
}

function painObservation(ctx: FhirContext, key: string, pain: number): Observation & Built {
  return {
    resourceType: 'Observation',
    id: ctx.id('pain', key),
    status: 'final',
    category: [concept([code('survey')])],
    code: named('pain'),
    subject: ctx.patient,
    performer: [ctx.patient],
    valueInteger: pain,
  };
}

/** Peak pain over the attack, then each reading at its instant. */
function painCurve(ctx: FhirContext, a: Attack, tz: string): Built[] {
  const out: Built[] = [];
  if (a.peakPain !== undefined) {
    const peak = painObservation(ctx, `${a.id}:peak`, a.peakPain);
    peak.effectivePeriod = zonedPeriod(a.start, a.end, tz);
    peak.method = { text: 'Peak pain of the attack' };
    out.push(peak);
  }
  for (const r of a.readings) {
    const reading = painObservation(ctx, `${a.id}:${r.at}`, r.pain) as Observation &
      Built & { _effectiveDateTime?: unknown };
    reading.effectiveDateTime = localDateTime(r.at, tz);
    reading._effectiveDateTime = tzElement(tz);
    out.push(reading);
  }
  return out;
}

/**
 * Every resource of one attack: the attack Observation first, then its associated symptoms and
 * pain observations. `meds` are the MedicationStatements of intakes taken for this attack.
 */
export function attackResources(
  ctx: FhirContext,
  a: Attack,
  meds: readonly AttackMedication[],
): Built[] {
  const tz = a.timeZone ?? ctx.timeZone;
  const obs = symptomShell(ctx, a, tz, ctx.id('attack', a.id));
  obs.identifier = [diaryIdentifier('attack', a.id)];
  obs.valueCodeableConcept = named('headache');
  const components = detailComponents(a, meds);
  if (components.length > 0) obs.component = components;
  const symptoms = associated(ctx, a, tz);
  const pains = painCurve(ctx, a, tz);
  const links: Extension[] = symptoms.map((s) => ({
    url: STRUCTURE.workflowSupportingInfo,
    valueReference: { reference: `urn:uuid:${s.id}` },
  }));
  if (links.length > 0) obs.extension = links;
  if (pains.length > 0) obs.hasMember = pains.map((p) => ({ reference: `urn:uuid:${p.id}` }));
  if (a.notes) obs.note = [{ text: a.notes }];
  return [obs, ...symptoms, ...pains];
}
