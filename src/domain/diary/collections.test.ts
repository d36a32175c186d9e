import { describe, expect, it } from 'vitest';
import { COLLECTIONS, keyOf, RECORD_FACTS, REFERENCES } from './collections.ts';
import { diaryShape, RECORD_SCHEMAS } from './diary.schema.ts';
import { defaultPerson, withDefaults } from './record-defaults.ts';

/** The fewest fields a valid record of each collection needs. */
const MINIMAL = {
  days: { date: '2026-03-01' },
  attacks: { id: 'a1', start: '2026-03-01T08:00:00Z' },
  medications: { id: 'm1', name: 'Sumatriptan', class: 'triptan' },
  intakes: { id: 'i1', medicationId: 'm1', at: '2026-03-01T09:00:00Z' },
  therapies: { id: 't1', name: 'Craniosacral', kind: 'craniosacral', start: '2026-03-01' },
  sessions: { id: 's1', therapyId: 't1', at: '2026-03-02T10:00:00Z' },
  questionnaires: { id: 'q1', instrument: 'hit6', date: '2026-03-01', answers: [1, 2, 3, 4, 5, 1] },
} as const;

describe('diary collections', () => {
  it('are the collections of the diary document, in its order', () => {
    const documentKeys = Object.keys(diaryShape.shape).filter((k) => k in RECORD_FACTS);
    expect(COLLECTIONS).toEqual(documentKeys);
  });

  it('refer only to earlier collections, so writing in their order never breaks a reference', () => {
    expect(REFERENCES.length).toBe(3);
    for (const { from, to } of REFERENCES) {
      expect(COLLECTIONS.indexOf(to)).toBeGreaterThanOrEqual(0);
      expect(COLLECTIONS.indexOf(to)).toBeLessThan(COLLECTIONS.indexOf(from));
    }
  });

  it('fill in the same defaults validation fills in, for every collection', () => {
    for (const c of COLLECTIONS) {
      const made = withDefaults(c, MINIMAL[c] as never);
      expect(made).toEqual(RECORD_SCHEMAS[c].schema.parse(MINIMAL[c]));
      expect(keyOf(c, made)).toBe(c === 'days' ? '2026-03-01' : MINIMAL[c].id);
    }
    expect(defaultPerson('Europe/Berlin')).toEqual({ timeZone: 'Europe/Berlin', factors: [] });
  });

  it('hand out fresh default lists (one record never shares a list with another)', () => {
    const a = withDefaults('attacks', MINIMAL.attacks);
    const b = withDefaults('attacks', MINIMAL.attacks);
    expect(a.readings).not.toBe(b.readings);
  });
});
