/**
 * MIDAS and HIT-6 as FHIR (docs/interop.md §1.4). No LOINC code exists for either, so Stillpoint
 * publishes its own canonical Questionnaires (`…/Questionnaire/midas|1.0.0`, `…/hit-6|1.0.0`)
 * without a `code`. HIT-6 wording is licensed: its Questionnaire carries answer codes and the
 * weights (`ordinalValue` on each answer coding), never the item text. MIDAS item text is the
 * text the app already shows (**verify** its terms of use before release). Each score is stored
 * twice: as the `total` item of the QuestionnaireResponse and as an Observation `derivedFrom` it,
 * so charts never parse responses.
 */
import type {
  Observation,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from '@medplum/fhirtypes';
import { HIT6_POINTS } from '../../clinical/questionnaires/hit6.ts';
import { MIDAS_ITEMS } from '../../clinical/questionnaires/midas.ts';
import type { QuestionnaireResult } from '../../clinical/questionnaires/results.ts';
import type { Questionnaire as DiaryQuestionnaire } from '../../diary/diary.schema.ts';
import { code, STILLPOINT_FHIR_BASE, STRUCTURE } from '../codes.ts';
import { local } from '../local-codes.ts';
import { diaryIdentifier, type FhirContext } from './context.ts';
import { type Built, coding, concept } from './datatypes.ts';

export const QUESTIONNAIRE_VERSION = '1.0.0';

const URLS = {
  hit6: `${STILLPOINT_FHIR_BASE}/Questionnaire/hit-6`,
  midas: `${STILLPOINT_FHIR_BASE}/Questionnaire/midas`,
} as const;

const MIDAS_LINKS = ['q1', 'q2', 'q3', 'q4', 'q5', 'a', 'b'];

const totalItem = (text: string): QuestionnaireItem => ({
  linkId: 'total',
  text,
  type: 'integer',
  readOnly: true,
});

function hit6Items(): QuestionnaireItem[] {
  const options = HIT6_POINTS.map((points, i) => ({
    valueCoding: {
      ...coding(local('hit6-answer', String(i + 1))),
      extension: [{ url: STRUCTURE.ordinalValue, valueDecimal: points }],
    },
  }));
  const items: QuestionnaireItem[] = Array.from({ length: 6 }, (_, i) => ({
    linkId: `item${i + 1}`,
    prefix: String(i + 1),
    text: `HIT-6 item ${i + 1} (licensed wording not included)`,
    type: 'choice',
    required: true,
    answerOption: options,
  }));
  return [...items, totalItem('HIT-6 total (36–78)')];
}

function midasItems(): QuestionnaireItem[] {
  const items: QuestionnaireItem[] = MIDAS_ITEMS.map((text, i) => ({
    linkId: MIDAS_LINKS[i] ?? `q${i + 1}`,
    text,
    type: 'integer',
    required: true,
  }));
  return [...items, totalItem('MIDAS score (questions 1–5)')];
}

/** The canonical Questionnaire of an instrument. */
export function questionnaireDefinition(ctx: FhirContext, instrument: 'hit6' | 'midas'): Built {
  const q: Questionnaire & Built = {
    resourceType: 'Questionnaire',
    id: ctx.id('questionnaire', instrument),
    url: URLS[instrument],
    version: QUESTIONNAIRE_VERSION,
    name: instrument === 'hit6' ? 'HIT6' : 'MIDAS',
    title: instrument === 'hit6' ? 'HIT-6 (answer codes only)' : 'MIDAS',
    status: 'active',
    subjectType: ['Patient'],
    item: instrument === 'hit6' ? hit6Items() : midasItems(),
  };
  return q;
}

function answerItems(q: DiaryQuestionnaire, total: number): QuestionnaireResponseItem[] {
  const items: QuestionnaireResponseItem[] = q.answers.map((answer, i) =>
    q.instrument === 'hit6'
      ? {
          linkId: `item${i + 1}`,
          answer: [{ valueCoding: coding(local('hit6-answer', String(answer))) }],
        }
      : { linkId: MIDAS_LINKS[i] ?? `q${i + 1}`, answer: [{ valueInteger: answer }] },
  );
  return [...items, { linkId: 'total', answer: [{ valueInteger: total }] }];
}

/** The response and its score Observation for one diary questionnaire. */
export function questionnaireResources(
  ctx: FhirContext,
  q: DiaryQuestionnaire,
  result: QuestionnaireResult,
): Built[] {
  const responseId = ctx.id('questionnaire-response', q.id);
  const response: QuestionnaireResponse & Built = {
    resourceType: 'QuestionnaireResponse',
    id: responseId,
    identifier: diaryIdentifier('questionnaire-response', q.id),
    questionnaire: `${URLS[q.instrument]}|${QUESTIONNAIRE_VERSION}`,
    status: 'completed',
    subject: ctx.patient,
    author: ctx.patient,
    source: ctx.patient,
    authored: q.date,
    item: answerItems(q, result.score),
  };
  const score: Observation & Built = {
    resourceType: 'Observation',
    id: ctx.id('score', q.id),
    status: 'final',
    category: [concept([code('survey')])],
    code: concept([
      local('questionnaire-score', q.instrument === 'hit6' ? 'hit6-total' : 'midas-score'),
    ]),
    subject: ctx.patient,
    performer: [ctx.patient],
    effectiveDateTime: q.date,
    valueInteger: result.score,
    interpretation: [
      {
        text:
          q.instrument === 'hit6'
            ? `${result.band.replace(/_/g, ' ')} impact`
            : `grade ${result.band}`,
      },
    ],
    derivedFrom: [{ reference: `urn:uuid:${responseId}` }],
  };
  return [response, score];
}
