/**
 * Diagnosis suggestions of the clinical engine as FHIR `Condition`s (docs/interop.md §1.2: one
 * long-lived Condition per diagnosis). Stillpoint never diagnoses, so every Condition is
 * `unconfirmed`, names the ICHD-3 code in Stillpoint's `ichd-3` code system (plus SNOMED CT
 * where the table maps it) and says "not a diagnosis" in its text and note.
 */
import type { Condition } from '@medplum/fhirtypes';
import type { DiagnosisSuggestion } from '../../clinical/classify/suggestion.ts';
import { type CodeName, code } from '../codes.ts';
import { local } from '../local-codes.ts';
import type { FhirContext } from './context.ts';
import { type Built, concept } from './datatypes.ts';

/** SNOMED CT concept of an ICHD-3 code, where the code table has a faithful one. */
const SNOMED_OF: Readonly<Record<string, CodeName>> = {
  '1.1': 'migraineWithoutAura',
  '1.2.1': 'migraineTypicalAura',
  '1.2.1.1': 'migraineTypicalAura',
  '1.2.1.2': 'auraWithoutHeadache',
  '1.2.2': 'migraineWithAura',
  '1.2.3': 'migraineWithAura',
  '1.2.4': 'migraineWithAura',
  '1.3': 'migraine',
  '2.1': 'episodicTth',
  '2.2': 'episodicTth',
  '2.3': 'chronicTth',
  '3.1': 'clusterHeadache',
};

/** ICHD-3 codes of the migraine family (sessions of a therapy address these). */
export const isMigraineCode = (ichd: string) => /^1\./.test(ichd);

/** The Condition of one diagnosis suggestion. */
export function conditionResource(
  ctx: FhirContext,
  d: DiagnosisSuggestion,
  disclaimer: string,
): Condition & Built {
  const snomed = SNOMED_OF[d.code];
  const codes = [...(snomed ? [code(snomed)] : []), local('ichd-3', d.code)];
  return {
    resourceType: 'Condition',
    id: ctx.id('condition', d.code),
    clinicalStatus: concept([code('active')]),
    verificationStatus: concept([code('unconfirmed')]),
    category: [concept([code('problemListItem')])],
    code: concept(
      codes,
      `Pattern consistent with ICHD-3 ${d.code} ${d.name} (${d.status}); not a diagnosis`,
    ),
    subject: ctx.patient,
    note: [{ text: [disclaimer, ...d.reasons].join('\n') }],
  };
}
