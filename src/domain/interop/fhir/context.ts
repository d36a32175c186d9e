/**
 * What every FHIR resource builder needs: the diary, the patient reference, the zone of each
 * record, and stable resource ids derived from the diary's own record ids.
 */
import type { Identifier } from '@medplum/fhirtypes';
import type { Diary } from '../../diary/diary.schema.ts';
import { STILLPOINT_FHIR_BASE } from '../codes.ts';
import { stableUuid } from '../uuid.ts';
import { type Ref, ref } from './datatypes.ts';

/** Kinds of record a resource id is derived from. */
export type RecordKind =
  | 'patient'
  | 'person-factors'
  | 'prior-attacks'
  | 'attack'
  | 'symptom'
  | 'pain'
  | 'medication'
  | 'intake'
  | 'therapy'
  | 'session'
  | 'session-pain'
  | 'practitioner'
  | 'day'
  | 'questionnaire'
  | 'questionnaire-response'
  | 'score'
  | 'condition';

export interface FhirContext {
  diary: Diary;
  /** Reference to the Patient (subject and performer of every patient report). */
  patient: Ref;
  /** The person's IANA zone (default zone of every record). */
  timeZone: string;
  /** The resource id (a UUID) of a record; `key` is the diary id or another unique key. */
  id(kind: RecordKind, key: string): string;
  /** A bundle-internal reference to the resource of a record. */
  refTo(kind: RecordKind, key: string, display?: string): Ref;
}

/** An identifier carrying the diary's own record id (traceable back to the diary). */
export const diaryIdentifier = (kind: RecordKind, value: string): Identifier => ({
  system: `${STILLPOINT_FHIR_BASE}/identifier/${kind}`,
  value,
});

/** The export context of a diary. Ids are UUIDs derived from `stillpoint:<kind>:<key>`. */
export function fhirContext(diary: Diary): FhirContext {
  const id = (kind: RecordKind, key: string) => stableUuid(`stillpoint:${kind}:${key}`);
  return {
    diary,
    patient: ref(id('patient', 'person')),
    timeZone: diary.person.timeZone,
    id,
    refTo: (kind, key, display) => ref(id(kind, key), display),
  };
}
