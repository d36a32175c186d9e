import { describe, expect, it } from 'vitest';
import { recordId } from '../../src/domain/diary/primitives.ts';
import { newRecordId } from '../../src/shared/ids.ts';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newRecordId', () => {
  it('is a UUID version 7 whose first 48 bits are the time in milliseconds', () => {
    const at = Date.UTC(2026, 10, 27, 9, 30, 15, 123);
    const id = newRecordId(at);
    expect(id).toMatch(V7);
    expect(Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16)).toBe(at);
    expect(recordId.safeParse(id).success).toBe(true);
  });

  it('sorts by time: an id made in a later millisecond sorts after an earlier one', () => {
    const times = [0, 1, 255, 256, 65_535, 1_700_000_000_000, 1_700_000_000_001, 2 ** 48 - 1];
    const ids = times.map((t) => newRecordId(t));
    expect([...ids].sort()).toEqual(ids);
  });

  it('never repeats, even within one millisecond', () => {
    const ids = Array.from({ length: 20_000 }, () => newRecordId(1_800_000_000_000));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 100)) expect(id).toMatch(V7);
  });
});
