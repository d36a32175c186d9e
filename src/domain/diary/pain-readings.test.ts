import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { type Attack, attackSchema } from './diary.schema.ts';
import { withPainReading } from './pain-readings.ts';

const attack = (extra: Partial<Attack> = {}): Attack =>
  attackSchema.parse({ id: 'a1', start: '2026-03-01T08:00:00Z', ...extra });

describe('withPainReading', () => {
  it('keeps the readings in time order and raises the peak to the highest', () => {
    let a = attack();
    a = withPainReading(a, { at: '2026-03-01T09:00:00Z', pain: 5 });
    a = withPainReading(a, { at: '2026-03-01T08:30:00Z', pain: 7 });
    a = withPainReading(a, { at: '2026-03-01T09:30:00Z', pain: 3 });
    expect(a.readings).toEqual([
      { at: '2026-03-01T08:30:00Z', pain: 7 },
      { at: '2026-03-01T09:00:00Z', pain: 5 },
      { at: '2026-03-01T09:30:00Z', pain: 3 },
    ]);
    expect(a.peakPain).toBe(7);
  });

  it('replaces a reading at the same instant, so a retry never adds a second point', () => {
    const once = withPainReading(attack(), { at: '2026-03-01T09:00:00Z', pain: 6 });
    const twice = withPainReading(once, { at: '2026-03-01T09:00:00Z', pain: 6 });
    expect(twice).toEqual(once);
    const corrected = withPainReading(twice, { at: '2026-03-01T09:00:00Z', pain: 4 });
    expect(corrected.readings).toEqual([{ at: '2026-03-01T09:00:00Z', pain: 4 }]);
    expect(corrected.peakPain).toBe(6); // the peak a reading set never falls
  });

  it('keeps a recorded peak above every reading', () => {
    const a = withPainReading(attack({ peakPain: 9 }), { at: '2026-03-01T09:00:00Z', pain: 4 });
    expect(a.peakPain).toBe(9);
    expect(attackSchema.safeParse(a).success).toBe(true);
  });

  it('refuses a reading outside the attack and leaves the attack as it was', () => {
    const ended = attack({ end: '2026-03-01T10:00:00Z' });
    for (const at of ['2026-03-01T07:59:59Z', '2026-03-01T10:00:01Z']) {
      expect(() => withPainReading(ended, { at, pain: 5 })).toThrow(
        new AppError('invalid', 'at: must lie between the attack start and end', 'at'),
      );
    }
    expect(withPainReading(ended, { at: '2026-03-01T10:00:00Z', pain: 5 }).readings).toHaveLength(
      1,
    );
    expect(ended.readings).toEqual([]);
  });
});
