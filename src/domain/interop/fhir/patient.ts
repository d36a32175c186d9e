/**
 * The person as FHIR: a `Patient` carrying only what the diary holds (birth date and IANA zone
 * in the core `tz-code` extension; no name, the export stays pseudonymous), plus Observations for
 * the intake factors and the migraine attacks before the diary.
 */
import type { Observation, Patient } from '@medplum/fhirtypes';
import { code, STRUCTURE } from '../codes.ts';
import { local } from '../local-codes.ts';
import type { FhirContext } from './context.ts';
import { type Built, concept } from './datatypes.ts';

/** The Patient, then the person's own Observations. */
export function personResources(ctx: FhirContext): Built[] {
  const person = ctx.diary.person;
  const patient: Patient & Built = {
    resourceType: 'Patient',
    id: ctx.id('patient', 'person'),
    extension: [{ url: STRUCTURE.tzCode, valueCode: person.timeZone }],
  };
  if (person.birthDate) patient.birthDate = person.birthDate;
  const out: Built[] = [patient];
  const observation = (
    key: 'person-factors' | 'prior-attacks',
    codeName: string,
  ): Observation & Built => ({
    resourceType: 'Observation',
    id: ctx.id(key, 'person'),
    status: 'final',
    category: [concept([code('socialHistory')])],
    code: concept([local('person-observation', codeName)]),
    subject: ctx.patient,
    performer: [ctx.patient],
  });
  if (person.factors.length > 0) {
    const factors = observation('person-factors', 'factors');
    factors.component = person.factors.map((f) => ({
      code: concept([local('person-observation', 'factors')]),
      valueCodeableConcept: concept([local('person-factor', f)]),
    }));
    out.push(factors);
  }
  if (person.priorMigraineAttacks !== undefined) {
    const prior = observation('prior-attacks', 'prior-migraine-attacks');
    prior.valueInteger = person.priorMigraineAttacks;
    out.push(prior);
  }
  return out;
}
