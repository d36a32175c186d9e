import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { columnOf, fromCells, toCells } from './columns.ts';

describe('column kinds read from zod types', () => {
  it('maps each field type to its kind, SQL type and NULL rule', () => {
    const kinds = Object.entries({
      name: z.string(),
      side: z.enum(['left', 'right']).nullable().default(null),
      pain: z.int().min(0).max(10).optional(),
      hours: z.number().optional(),
      nausea: z.boolean().optional(),
      tags: z.array(z.string()).default([]),
      maybeTags: z.array(z.string()).optional(),
      plan: z.strictObject({ seed: z.int() }).optional(),
      mixed: z.union([z.boolean(), z.literal('unknown')]).optional(),
      defaultedOptional: z.string().optional().default('x'),
    }).map(([field, type]) => {
      const c = columnOf(field, type);
      return [c.column, c.kind, c.sqlType, c.notNull, c.nullable];
    });
    expect(kinds).toEqual([
      ['name', 'text', 'text', true, false],
      ['side', 'text', 'text', false, true],
      ['pain', 'integer', 'integer', false, false],
      ['hours', 'real', 'double precision', false, false],
      ['nausea', 'bool', 'integer', false, false],
      ['tags', 'list', 'text', true, false],
      ['maybe_tags', 'json', 'text', false, false],
      ['plan', 'json', 'text', false, false],
      ['mixed', 'json', 'text', false, false],
      ['defaulted_optional', 'text', 'text', true, false],
    ]);
  });

  it('reads back exactly what was written: absent stays absent, null stays null', () => {
    const columns = ['end', 'pain', 'nausea', 'tags', 'plan', 'mixed'].map((f, i) =>
      columnOf(
        f,
        [
          z.string().nullable().default(null),
          z.int().optional(),
          z.boolean().optional(),
          z.array(z.string()).default([]),
          z.object({ seed: z.int() }).optional(),
          z.union([z.boolean(), z.literal('unknown')]).optional(),
        ][i] as z.ZodType,
      ),
    );
    for (const record of [
      { end: null, tags: [] },
      { end: '2026-01-01T00:00:00Z', pain: 0, nausea: false, tags: ['a'], plan: { seed: 1 } },
      { end: null, nausea: true, tags: [], mixed: 'unknown' },
      { end: null, tags: [], mixed: false },
    ]) {
      expect(fromCells(columns, toCells(columns, record))).toEqual(record);
    }
    expect(toCells(columns, { end: null })).toMatchObject({ tags: '[]', pain: null, nausea: null });
  });
});
