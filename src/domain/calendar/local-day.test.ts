import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { addDays, isoWeekday } from './dates.ts';
import { isoSeconds, localDateOfMs, personToday } from './local-day.ts';
import { startOfLocalDayMs } from './zoned.ts';

/** Zones with DST, half- and quarter-hour offsets, a 30-minute DST shift and ±13/14 h. */
const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'America/St_Johns',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'UTC',
];

describe('the local day of an instant', () => {
  it('is the day whose local midnight-to-midnight span (temporal-polyfill) holds it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1) / 1000, max: Date.UTC(2040, 0, 1) / 1000 }),
        fc.constantFrom(...ZONES),
        (seconds, zone) => {
          const ms = seconds * 1000;
          const day = localDateOfMs(ms, zone);
          expect(startOfLocalDayMs(day, zone)).toBeLessThanOrEqual(ms);
          expect(ms).toBeLessThan(startOfLocalDayMs(addDays(day, 1), zone));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('changes exactly at local midnight, also on a DST day', () => {
    const midnight = startOfLocalDayMs('2025-03-30', 'Europe/Berlin'); // 23-hour day
    expect(localDateOfMs(midnight - 1000, 'Europe/Berlin')).toBe('2025-03-29');
    expect(localDateOfMs(midnight, 'Europe/Berlin')).toBe('2025-03-30');
    expect(isoSeconds(midnight)).toBe('2025-03-29T23:00:00Z');
  });

  it('refuses an unknown zone with a plain message', () => {
    expect(() => localDateOfMs(0, 'Mars/Olympus')).toThrow(
      new AppError('invalid', '"Mars/Olympus" is not a known IANA time zone'),
    );
  });
});

describe("the person's today", () => {
  it("is counted in the person's zone, whatever zone the process runs in", () => {
    // 10:30 UTC is 00:30 the next day in Kiritimati (UTC+14) and 23:30 the day before in Pago
    // Pago (UTC−11): 25 hours apart, the two zones never share a date.
    const now = Date.UTC(2026, 2, 1, 10, 30);
    expect(personToday({ timeZone: 'Pacific/Kiritimati' }, now)).toBe('2026-03-02');
    expect(personToday({ timeZone: 'Pacific/Pago_Pago' }, now)).toBe('2026-02-28');
    expect(personToday({ timeZone: 'Europe/Berlin' }, '2026-03-01T23:30:00Z')).toBe('2026-03-02');
  });

  it('numbers weekdays from Monday', () => {
    expect(['2026-11-01', '2026-11-02', '2026-11-07'].map(isoWeekday)).toEqual([7, 1, 6]);
    expect(isoWeekday('1970-01-01')).toBe(4);
  });
});
