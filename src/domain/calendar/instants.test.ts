import { describe, expect, it } from 'vitest';
import { addDays } from './dates.ts';
import { localTimeToUtc, startOfLocalDayUtc } from './instants.ts';
import { localDateOf } from './zoned.ts';

describe('local days in a time zone', () => {
  it('finds the first instant of a day, also on DST days', () => {
    expect(startOfLocalDayUtc('2025-03-30', 'Europe/Berlin')).toBe('2025-03-29T23:00:00Z');
    expect(startOfLocalDayUtc('2025-03-31', 'Europe/Berlin')).toBe('2025-03-30T22:00:00Z');
    expect(startOfLocalDayUtc('2025-10-26', 'Europe/Berlin')).toBe('2025-10-25T22:00:00Z');
  });
  it('moves a skipped wall time forward', () => {
    expect(localTimeToUtc('2025-03-30', 2, 30, 'Europe/Berlin')).toBe('2025-03-30T01:30:00Z');
  });
  it('assigns instants to local days and adds days across month ends', () => {
    expect(localDateOf('2025-03-29T23:30:00Z', 'Europe/Berlin')).toBe('2025-03-30');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });
});
