/**
 * `compiled(schema)` (zod's generated fast path) must answer exactly as the ordinary zod runtime
 * does: same success, same parsed value (defaults, key order, trimmed text) and, on refusal, the
 * same issues with the same paths and messages. Checked on every diary schema, with records
 * from the demo diary, each with one field changed to a value near or past a rule's edge.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { demoDiary } from '../demo/demo-diary.ts';
import { plainMessages } from '../messages.ts';
import { compiled } from '../validation.ts';
import {
  ababPlanSchema,
  attackSchema,
  daySchema,
  diarySchema,
  intakeSchema,
  medicationSchema,
  personSchema,
  questionnaireSchema,
  sessionSchema,
  therapySchema,
} from './diary.schema.ts';

const demo = demoDiary({ until: '2026-06-30' });
const plan = {
  seed: 12345,
  start: '2026-03-01',
  pairs: 6,
  periodDays: 14,
  washoutDays: 3,
  blindable: false,
  createdAt: '2026-02-27T09:00:00Z',
};
const withPlan = demo.therapies.map((t) => ({ ...t, plan }));

const CASES: [string, z.ZodType, object[]][] = [
  ['person', personSchema, [demo.person, { timeZone: 'UTC' }]],
  ['attack', attackSchema, demo.attacks],
  ['medication', medicationSchema, demo.medications],
  ['intake', intakeSchema, demo.intakes],
  ['day', daySchema, demo.days],
  ['therapy', therapySchema, [...demo.therapies, ...withPlan]],
  ['abab plan', ababPlanSchema, [plan]],
  ['session', sessionSchema, demo.sessions],
  ['questionnaire', questionnaireSchema, demo.questionnaires],
];

/** Values at and past the edges of the diary's rules, plus wrong types. */
const edgy = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    '',
    ' ',
    '  padded  ',
    'x'.repeat(121),
    'x'.repeat(5001),
    -1,
    0,
    0.5,
    1,
    5,
    10,
    11,
    24,
    24.5,
    92,
    93,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    false,
    [],
    {},
    ['stress'],
    ['stress', 'stress'],
    ['temple', 'nowhere'],
    '2026-02-29',
    '2028-02-29',
    '2026-13-01',
    '2026-01-05T06:30:00Z',
    '2026-01-05T24:00:00Z',
    '2026-01-05T06:30:00.123Z',
    '2026-01-05T06:30:00+01:00',
    '2030-01-01T00:00:00Z',
    '1999-01-01T00:00:00Z',
    'Europe/Berlin',
    'Mars/Olympus',
    'left',
    'hit6',
    'midas',
    [2, 3, 3, 4, 2, 3],
    [1, 1, 1, 1, 1, 1, 1],
    [{ at: '2026-01-05T07:00:00Z', pain: 4 }],
    [{ at: '1999-01-01T00:00:00Z', pain: 11 }],
    [{ type: 'visual', durationMinutes: 20 }],
    [{ type: 'visual', extra: 1 }],
  ),
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 200 }),
);

/** A record with one field set, removed or added (an unknown key). */
function mutated(records: object[]) {
  return fc.constantFrom(...records).chain((record) =>
    fc
      .tuple(fc.constantFrom(...Object.keys(record), 'unknownField', 'plan'), edgy, fc.boolean())
      .map(([key, value, remove]) => {
        const copy: Record<string, unknown> = { ...record };
        if (remove) delete copy[key];
        else copy[key] = value;
        return copy;
      }),
  );
}

/** What a parse tells its caller, in a form `toEqual` compares strictly (key order included). */
function outcome(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value, { error: plainMessages });
  return result.success
    ? { ok: true, json: JSON.stringify(result.data), data: result.data }
    : { ok: false, issues: result.error.issues };
}

describe('compiled schemas answer as the zod runtime does', () => {
  it.each(CASES)('%s', (_name, schema, records) => {
    const fast = compiled(schema);
    expect(fast).not.toBe(schema); // the compiler modelled it: the fast path is in use
    for (const record of records) expect(outcome(fast, record)).toEqual(outcome(schema, record));
    fc.assert(
      fc.property(fc.oneof(mutated(records), fc.anything()), (value) => {
        expect(outcome(fast, value)).toEqual(outcome(schema, value));
      }),
      { numRuns: 400 },
    );
  });

  it('the whole diary, with one record changed', () => {
    const fast = compiled(diarySchema);
    expect(fast).not.toBe(diarySchema);
    const collections = ['attacks', 'intakes', 'days', 'therapies', 'sessions'] as const;
    fc.assert(
      fc.property(
        fc
          .constantFrom(...collections)
          .chain((c) =>
            fc.tuple(fc.constant(c), fc.nat(demo[c].length - 1), mutated(demo[c] as object[])),
          ),
        ([collection, index, record]) => {
          const diary = { ...demo, [collection]: demo[collection].with(index, record as never) };
          expect(outcome(fast, diary)).toEqual(outcome(diarySchema, diary));
        },
      ),
      { numRuns: 60 },
    );
    expect(outcome(fast, demo)).toEqual(outcome(diarySchema, demo));
  });

  it('is built once per schema', () => {
    expect(compiled(attackSchema)).toBe(compiled(attackSchema));
  });
});
