import { z } from 'zod';
import { diaryShape } from '../domain/diary/diary.schema.ts';

/**
 * The JSON Schema (draft 2020-12) of a `stillpoint.diary` v1 document, generated from the zod
 * schemas that validate it. Cross-record rules (unique ids, resolvable references) and a few
 * cross-field rules cannot be expressed in JSON Schema; they are listed in the description.
 */
export function diaryJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(diaryShape, { target: 'draft-2020-12', io: 'input' });
  return {
    ...schema,
    $id: 'https://stillpoint.invalid/schema/stillpoint.diary.v2.json',
    title: 'stillpoint.diary v2',
    description:
      'A whole Stillpoint migraine diary. Beyond this schema: ids are unique per collection and day dates are unique; intakes.medicationId, intakes.attackId and sessions.therapyId refer to records in the same document; end is not before start; peakPain is at least every pain reading; HIT-6 has six answers 1–5; MIDAS has seven answers with Q1+Q2 and Q3+Q4 at most 92 and B at most 10.',
  };
}
