/**
 * Property tests of the day logic: an attack's days are contiguous; splitting an attack at local
 * midnight never changes day counts; DST days in Europe/Berlin last 23 h / 25 h.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dateRange, daysBetween, toDayNumber } from '../../calendar/dates.ts';
import {
  localDateOfMs,
  localDayMinutes,
  minutesPerLocalDayMs,
  msToInstant,
  startOfLocalDayMs,
} from '../../calendar/zoned.ts';
import { classifyDiary, diaryMetrics } from '../index.ts';
import { type AttackInput, type Features, makeDiary, plusMinutes } from '../testing/fixtures.ts';

const ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];
const FROM = Date.UTC(2020, 0, 1);
const TO = Date.UTC(2030, 0, 1);
const NOW = '2030-06-01T00:00:00Z';

const startArb = fc.integer({ min: FROM / 60000, max: TO / 60000 }).map((m) => m * 60000);

const featuresArb: fc.Arbitrary<Features> = fc.record({
  side: fc.constantFrom('left', 'right', 'both', null),
  quality: fc.subarray(['pulsating', 'pressing', 'dull'] as const),
  peakPain: fc.integer({ min: 0, max: 10 }),
  worseWithActivity: fc.boolean(),
  nausea: fc.boolean(),
  photophobia: fc.boolean(),
  phonophobia: fc.boolean(),
  disability: fc.integer({ min: 0, max: 3 }),
});

describe('day logic properties', () => {
  it("an attack's days are contiguous, start on its start day, sum to its duration", () => {
    fc.assert(
      fc.property(
        startArb,
        fc.integer({ min: 0, max: 10_000 }),
        fc.constantFrom(...ZONES),
        (s, minutes, tz) => {
          const days = minutesPerLocalDayMs(s, s + minutes * 60000, tz);
          expect(days[0]?.date).toBe(localDateOfMs(s, tz));
          days.slice(1).forEach((d, i) => {
            expect(daysBetween(days[i]?.date ?? '', d.date)).toBe(1);
          });
          const total = days.reduce((sum, d) => sum + d.minutes, 0);
          expect(total).toBeCloseTo(minutes, 6);
          for (const d of days) expect(d.minutes).toBeLessThanOrEqual(localDayMinutes(d.date, tz));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('recorded days of a diary with one attack form one contiguous run', () => {
    fc.assert(
      fc.property(startArb, fc.integer({ min: 0, max: 5_000 }), featuresArb, (s, minutes, f) => {
        const start = msToInstant(s);
        const diary = makeDiary({
          attacks: [{ id: 'a', start, end: plusMinutes(start, minutes), ...f }],
        });
        const months = diaryMetrics(diary, { now: NOW }).months;
        const recorded = months.reduce((n, m) => n + m.recordedDays, 0);
        const days = minutesPerLocalDayMs(s, s + minutes * 60000, 'Europe/Berlin');
        expect(recorded).toBe(days.length);
        const first = days[0]?.date ?? '';
        expect(dateRange(first, days[days.length - 1]?.date ?? first)).toHaveLength(days.length);
      }),
      { numRuns: 100 },
    );
  });

  it('splitting an attack at local midnight never changes day counts or its classification', () => {
    const arb = fc.record({
      s: startArb,
      extra: fc.integer({ min: 1, max: 3_000 }),
      tz: fc.constantFrom(...ZONES),
      f: featuresArb,
      treated: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, ({ s, extra, tz, f, treated }) => {
        const midnight = startOfLocalDayMs(addDays(localDateOfMs(s, tz), 1), tz);
        const start = msToInstant(s);
        const cut = msToInstant(midnight);
        const end = msToInstant(midnight + extra * 60000);
        const whole: AttackInput[] = [{ id: 'a', start, end, ...f }];
        const split: AttackInput[] = [
          { id: 'a', start, end: cut, ...f },
          { id: 'b', start: cut, end, ...f },
        ];
        const build = (attacks: AttackInput[]) =>
          makeDiary({
            timeZone: tz,
            attacks,
            medications: [{ id: 'm', name: 'Sumatriptan', class: 'triptan' }],
            intakes: treated ? [{ id: 'i', medicationId: 'm', at: start, attackId: 'a' }] : [],
          });
        const summary = (attacks: AttackInput[]) => {
          const diary = build(attacks);
          const m = diaryMetrics(diary, { now: NOW });
          const types = classifyDiary(diary, { now: NOW }).attacks.map((a) => a.type);
          return { blocks: m.blocks, months: m.months, type: types[0] };
        };
        expect(summary(split)).toEqual(summary(whole));
      }),
      { numRuns: 150 },
    );
  });

  it('Europe/Berlin days last 24 h, 23 h on the last Sunday of March, 25 h in October', () => {
    const dayArb = fc
      .integer({ min: toDayNumber('2020-01-01'), max: toDayNumber('2030-12-31') })
      .map((n) => addDays('1970-01-01', n));
    fc.assert(
      fc.property(dayArb, (date) => {
        const sunday = (toDayNumber(date) + 4) % 7 === 0;
        const lastWeek = Number(date.slice(8)) >= 25;
        const month = date.slice(5, 7);
        let expected = 1440;
        if (sunday && lastWeek && month === '03') expected = 1380;
        if (sunday && lastWeek && month === '10') expected = 1500;
        expect(localDayMinutes(date, 'Europe/Berlin')).toBe(expected);
        const from = startOfLocalDayMs(date, 'Europe/Berlin');
        const days = minutesPerLocalDayMs(from, from + 1440 * 60000, 'Europe/Berlin');
        expect(days.length).toBe(expected === 1380 ? 2 : 1);
        expect(days[0]?.minutes).toBe(Math.min(expected, 1440));
      }),
      { numRuns: 400 },
    );
  });
});
