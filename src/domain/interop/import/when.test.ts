/** Explicit date and time patterns of other apps' exports (docs/interop.md §5). */
import { describe, expect, it } from 'vitest';
import { parseClock, parseDateTime, parseIsoDate, parseOrdinalDate } from './when.ts';

describe('dates and times of imported files', () => {
  it('reads Bearable dates with ordinal suffixes and refuses impossible days', () => {
    expect(parseOrdinalDate('22nd Jan 2022')).toBe('2022-01-22');
    expect(parseOrdinalDate('1st February 2024')).toBe('2024-02-01');
    expect(parseOrdinalDate('29th Feb 2024')).toBe('2024-02-29');
    expect(parseOrdinalDate('29th Feb 2023')).toBeUndefined();
    expect(parseOrdinalDate('Jan 22 2022')).toBeUndefined();
    expect(parseIsoDate('2022-02-30')).toBeUndefined();
  });

  it('reads clocks, 12-hour times and words; blank is local noon', () => {
    expect(parseClock('09:30')).toEqual({ hour: 9, minute: 30, exact: true });
    expect(parseClock('10:15 PM')).toEqual({ hour: 22, minute: 15, exact: true });
    expect(parseClock('12 am')).toEqual({ hour: 0, minute: 0, exact: true });
    expect(parseClock('morning')).toEqual({ hour: 9, minute: 0, exact: false });
    expect(parseClock('')).toEqual({ hour: 12, minute: 0, exact: false });
    expect(parseClock('9')).toBeUndefined();
    expect(parseClock('25:00')).toBeUndefined();
  });

  it('places local date-times in the zone (DST gap moves forward) and keeps absolute ones', () => {
    expect(parseDateTime('2025-03-29 23:30', 'Europe/Berlin')).toEqual({
      utc: '2025-03-29T22:30:00Z',
      local: true,
    });
    expect(parseDateTime('2025-03-30 02:30', 'Europe/Berlin')).toEqual({
      utc: '2025-03-30T01:30:00Z',
      local: true,
    });
    expect(parseDateTime('2025-03-30T07:15:20', 'Europe/Berlin')?.utc).toBe('2025-03-30T05:15:20Z');
    expect(parseDateTime('2025-03-30T07:15:00+02:00', 'UTC')).toEqual({
      utc: '2025-03-30T05:15:00Z',
      local: false,
    });
    expect(parseDateTime('2025-03-30 07:15Z', 'Europe/Berlin')?.utc).toBe('2025-03-30T07:15:00Z');
    expect(parseDateTime('30.03.2025 07:15', 'UTC')).toBeUndefined();
    expect(parseDateTime('2025-02-29 07:15', 'UTC')).toBeUndefined();
  });
});
