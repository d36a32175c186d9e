import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diaryJsonSchema } from '../../src/shared/diary-json-schema.ts';

describe('shipped JSON Schema', () => {
  it('matches the zod schemas (run `npm run schema` after changing them)', () => {
    const shipped = JSON.parse(readFileSync('schema/stillpoint.diary.schema.json', 'utf8'));
    expect(shipped).toEqual(diaryJsonSchema());
  });

  it('describes every collection and refuses unknown fields', () => {
    const schema = diaryJsonSchema() as any;
    expect(Object.keys(schema.properties)).toEqual([
      'format',
      'version',
      'person',
      'days',
      'attacks',
      'medications',
      'intakes',
      'therapies',
      'sessions',
      'questionnaires',
    ]);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.attacks.items.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['format', 'version', 'person']);
  });
});
