import { describe, expect, it } from 'vitest';
import { personToday } from '../../domain/calendar/local-day.ts';
import { localDateOf } from '../../domain/calendar/zoned.ts';
import { addDays, addMonths, formatDuration, isoSeconds, localDay, monthWeeks } from './dates.ts';
import { deviceTimeZone, notePersonZone, personTimeZone } from './person-zone.ts';

describe('web dates', () => {
  it('lays out a month Monday first with blanks outside it', () => {
    const weeks = monthWeeks('2026-11'); // 1 November 2026 is a Sunday
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-11-01']);
    expect(weeks.at(-1)?.[0]).toBe('2026-11-30');
    expect(weeks.flat().filter(Boolean)).toHaveLength(30);
    expect(monthWeeks('2027-02').flat().filter(Boolean)).toHaveLength(28);
    expect(monthWeeks('2021-02')).toHaveLength(4); // starts on a Monday, 28 days
  });

  it('adds days and months across boundaries', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
  });

  it('finds the local day of an instant exactly as the server does', () => {
    expect(localDay('2026-11-26T23:30:00Z', 'Europe/Berlin')).toBe('2026-11-27');
    expect(localDay('2026-11-26T23:30:00Z', 'America/New_York')).toBe('2026-11-26');
    for (const at of ['2025-03-29T23:30:00Z', '2025-10-26T00:59:59Z', '2026-01-01T10:00:00Z']) {
      for (const zone of ['Europe/Berlin', 'Pacific/Chatham', 'Pacific/Pago_Pago']) {
        expect(localDay(at, zone)).toBe(localDateOf(at, zone));
      }
    }
  });

  it("counts today in the person's zone once it is known, not the device's", () => {
    expect(personTimeZone()).toBe(deviceTimeZone());
    const zone =
      deviceTimeZone() === 'Pacific/Kiritimati' ? 'Pacific/Pago_Pago' : 'Pacific/Kiritimati';
    notePersonZone(zone);
    expect(personTimeZone()).toBe(zone);
    const before = Date.now();
    const today = localDay();
    const server = [
      personToday({ timeZone: zone }, before),
      personToday({ timeZone: zone }, Date.now()),
    ];
    expect(server).toContain(today);
    expect(localDay(new Date(before))).toBe(server[0]);
  });

  it('writes instants with second precision and durations in words', () => {
    expect(isoSeconds(Date.UTC(2026, 0, 5, 6, 30, 0, 999))).toBe('2026-01-05T06:30:00Z');
    expect(formatDuration('2026-01-05T06:30:00Z', '2026-01-05T07:15:00Z')).toBe('45 min');
    expect(formatDuration('2026-01-05T06:30:00Z', '2026-01-05T09:50:00Z')).toBe('3 h 20 min');
    expect(formatDuration('2026-01-05T06:30:00Z', '2026-01-07T10:30:00Z')).toBe('2 d 4 h');
  });
});
