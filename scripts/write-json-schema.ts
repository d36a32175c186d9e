// Regenerates schema/stillpoint.diary.schema.json from the zod schemas: npm run schema
import { writeFileSync } from 'node:fs';
import { diaryJsonSchema } from '../src/shared/diary-json-schema.ts';

writeFileSync(
  'schema/stillpoint.diary.schema.json',
  `${JSON.stringify(diaryJsonSchema(), null, 2)}\n`,
);
console.log('wrote schema/stillpoint.diary.schema.json');
