/** Calendar arithmetic and time-zone day splitting (docs/interop.md §6). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import {
  addDays,
  addMonths,
  ageOn,
  dateRange,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  monthRange,
  toDayNumber,
} from './dates.ts';
import { localDateOf, localDayMinutes, minutesPerLocalDay } from './zoned.ts';

describe('calendar days', () => {
  it('converts days to day numbers and back (property, years 1600–2600)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -135_000, max: 230_000 }), (n) => {
        expect(toDayNumber(fromDayNumber(n))).toBe(n);
      }),
    );
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(20_454)).toBe('2026-01-01');
  });

  it('does date arithmetic across months, leap years and centuries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-01-05', '2026-02-01')).toBe(27);
    expect(dateRange('2026-01-30', '2026-02-02')).toEqual([
      '2026-01-30',
      '2026-01-31',
      '2026-02-01',
      '2026-02-02',
    ]);
    expect(daysInMonth('2024-02')).toBe(29);
    expect(addMonths('2026-11', 3)).toBe('2027-02');
    expect(monthRange('2025-11-15', '2026-02-01')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });

  it('computes whole years of age, 29 February birthdays included', () => {
    expect(ageOn('2013-06-01', '2026-05-31')).toBe(12);
    expect(ageOn('2013-06-01', '2026-06-01')).toBe(13);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('refuses days that do not exist', () => {
    expect(() => toDayNumber('2026-02-30')).toThrow(AppError);
    expect(() => toDayNumber('2026-1-5')).toThrow(AppError);
  });
});

describe('local days in a time zone (Europe/Berlin, docs/interop.md §6)', () => {
  it('has 23 h and 25 h days at the DST changes', () => {
    expect(localDayMinutes('2025-03-30', 'Europe/Berlin')).toBe(23 * 60);
    expect(localDayMinutes('2025-10-26', 'Europe/Berlin')).toBe(25 * 60);
    expect(localDayMinutes('2025-06-01', 'Europe/Berlin')).toBe(24 * 60);
  });

  it('splits 2025-03-29T22:30Z → 2025-03-30T05:15Z into 30 and 375 minutes', () => {
    expect(
      minutesPerLocalDay('2025-03-29T22:30:00Z', '2025-03-30T05:15:00Z', 'Europe/Berlin'),
    ).toEqual([
      { date: '2025-03-29', minutes: 30 },
      { date: '2025-03-30', minutes: 375 },
    ]);
  });

  it('gives local days; zero-length and midnight-ending intervals stay on one day', () => {
    expect(localDateOf('2026-01-05T23:30:00Z', 'Europe/Berlin')).toBe('2026-01-06');
    expect(localDateOf('2026-01-05T23:30:00Z', 'America/New_York')).toBe('2026-01-05');
    expect(minutesPerLocalDay('2026-01-05T10:00:00Z', '2026-01-05T10:00:00Z', 'UTC')).toEqual([
      { date: '2026-01-05', minutes: 0 },
    ]);
    expect(minutesPerLocalDay('2026-01-05T22:00:00Z', '2026-01-06T00:00:00Z', 'UTC')).toEqual([
      { date: '2026-01-05', minutes: 120 },
    ]);
  });

  it('refuses an interval that ends before it starts, and unknown zones', () => {
    expect(() => minutesPerLocalDay('2026-01-05T10:00:00Z', '2026-01-05T09:00:00Z', 'UTC')).toThrow(
      AppError,
    );
    expect(() => localDateOf('2026-01-05T10:00:00Z', 'Mars/Olympus')).toThrow(AppError);
  });
});
