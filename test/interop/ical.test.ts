/**
 * Planned sessions as iCalendar (docs/interop.md §3): generated with ical-generator, parsed back
 * and expanded with ical.js, compared with the expected UTC instants, including across the
 * 2025-03-30 DST change in Europe/Berlin (17:00 local: 16:00Z before, 15:00Z after). RRULE UNTIL
 * is written in UTC with `Z`, as RFC 5545 requires when DTSTART has a TZID.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { demoDiary } from '../../src/domain/demo/demo-diary.ts';
import { type Diary, diarySchema } from '../../src/domain/diary/diary.schema.ts';
import { rrule, sessionPlans, sessionRhythm } from '../../src/domain/interop/ical/session-plan.ts';
import { expandPlan } from '../../src/domain/therapy/therapy-plan.ts';
import { sessionsCalendar } from '../../src/server/export/ics.ts';

/** Every occurrence (UTC ISO) of every event of an iCalendar text, up to `max` per event. */
function occurrences(text: string, max = 50): Record<string, string[]> {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const out: Record<string, string[]> = {};
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    const it = event.iterator();
    const list: string[] = [];
    for (let next = it.next(); next && list.length < max; next = it.next()) {
      list.push(next.toJSDate().toISOString().replace('.000Z', 'Z'));
    }
    out[event.uid] = list;
  }
  return out;
}

const cstDiary = (end: string | null): Diary =>
  diarySchema.parse({
    format: 'stillpoint.diary',
    version: 1,
    person: { timeZone: 'Europe/Berlin' },
    therapies: [
      { id: 't-cst', name: 'Craniosacral therapy', kind: 'craniosacral', start: '2025-03-01', end },
    ],
    sessions: [
      { id: 's1', therapyId: 't-cst', at: '2025-02-27T16:00:00Z', durationMinutes: 50 },
      { id: 's2', therapyId: 't-cst', at: '2025-03-06T16:00:00Z', durationMinutes: 50 },
      {
        id: 's3',
        therapyId: 't-cst',
        at: '2025-03-13T16:00:00Z',
        durationMinutes: 50,
        practitioner: 'A. Practitioner',
      },
    ],
  });

describe('session plans from the course rhythm', () => {
  it('snaps the typical gap to whole weeks', () => {
    expect(sessionRhythm(['2025-01-01', '2025-01-08', '2025-01-16', '2025-01-22'])).toBe(7);
    expect(sessionRhythm(['2025-01-01', '2025-01-14', '2025-01-29'])).toBe(14);
    expect(sessionRhythm(['2025-01-01', '2025-01-04', '2025-01-07'])).toBe(3);
    expect(sessionRhythm(['2025-01-01'])).toBeUndefined();
  });

  it('plans weekly sessions until the course ends, with UNTIL in UTC', () => {
    const [plan] = sessionPlans(cstDiary('2025-04-12'), '2025-03-14T09:00:00Z');
    expect(plan).toMatchObject({
      firstDate: '2025-03-20',
      hour: 17,
      minute: 0,
      intervalDays: 7,
      untilUtc: '2025-04-10T15:00:00Z',
    });
    expect(rrule(plan!)).toBe('FREQ=WEEKLY;INTERVAL=1;BYDAY=TH;UNTIL=20250410T150000Z');
  });

  it('plans nothing for ended courses or courses with a single session', () => {
    expect(sessionPlans(cstDiary('2025-03-13'), '2025-03-14T09:00:00Z')).toEqual([]);
    const one = { ...cstDiary(null), sessions: cstDiary(null).sessions.slice(0, 1) };
    expect(sessionPlans(one, '2025-03-14T09:00:00Z')).toEqual([]);
  });
});

describe('iCalendar round trip through ical.js', () => {
  it('keeps 17:00 Berlin across the DST change: 16:00Z before, 15:00Z after, last one included', () => {
    const text = sessionsCalendar(
      sessionPlans(cstDiary('2025-04-12'), '2025-03-14T09:00:00Z'),
      Date.parse('2025-03-14T09:00:00Z'),
    );
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20250320T170000');
    expect(text).toContain('RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TH;UNTIL=20250410T150000Z');
    expect(text).toContain('DTSTAMP:20250314T090000Z');
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin');
    expect(text).toContain('LOCATION:A. Practitioner');
    expect(occurrences(text)).toEqual({
      't-cst-rhythm@stillpoint': [
        '2025-03-20T16:00:00Z',
        '2025-03-27T16:00:00Z',
        '2025-04-03T15:00:00Z',
        '2025-04-10T15:00:00Z',
      ],
    });
  });

  it('ends open courses after six sessions (COUNT), and at the export’s last day when given', () => {
    const open = sessionPlans(cstDiary(null), '2025-03-14T09:00:00Z');
    const all = occurrences(sessionsCalendar(open, 0))['t-cst-rhythm@stillpoint'] ?? [];
    expect(all).toHaveLength(6);
    expect(all.at(-1)).toBe('2025-04-24T15:00:00Z');
    const capped = sessionPlans(cstDiary(null), '2025-03-14T09:00:00Z', '2025-04-01');
    expect(occurrences(sessionsCalendar(capped, 0))['t-cst-rhythm@stillpoint']).toEqual([
      '2025-03-20T16:00:00Z',
      '2025-03-27T16:00:00Z',
    ]);
  });

  it('plans the demo diary by phase: stabilising → every 21 days from the next-session date', () => {
    const demo = demoDiary({ until: '2025-10-15', seed: 3 });
    const plans = sessionPlans(demo, '2025-10-16T08:00:00Z');
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({
      source: 'cadence',
      intervalDays: 21,
      firstDate: '2025-10-30',
    });
    expect(plans[0]?.description).toMatch(/Stabilising/);
    const [list] = Object.values(occurrences(sessionsCalendar(plans, 0)));
    expect(list).toHaveLength(6);
    expect(list?.[0]).toBe('2025-10-30T15:00:00Z'); // 16:00 CET, after the October change
    const days = (list ?? []).map((iso) => Date.parse(iso.slice(0, 10)) / 86_400_000);
    expect(days.slice(1).map((d, i) => d - (days[i] ?? 0))).toEqual([21, 21, 21, 21, 21]);
  });

  it('plans weekly sessions in the therapy periods of an ABAB plan and none in the others', () => {
    const base = cstDiary(null);
    const stored = {
      seed: 11,
      start: '2025-03-17',
      pairs: 5,
      periodDays: 14,
      washoutDays: 0,
      blindable: false,
      createdAt: '2025-03-14T09:00:00Z',
    };
    const planned = { ...base, therapies: [{ ...base.therapies[0]!, plan: stored }] };
    const plans = sessionPlans(planned, '2025-03-14T09:00:00Z');
    expect(plans).toHaveLength(5);
    expect(plans.every((p) => p.source === 'abab' && p.intervalDays === 7)).toBe(true);
    const all = occurrences(sessionsCalendar(plans, 0));
    const expanded = expandPlan(planned.therapies[0]!, stored);
    for (const period of expanded.periods) {
      const inside = Object.values(all)
        .flat()
        .filter((iso) => {
          const day = iso.slice(0, 10);
          return day >= period.start && day <= period.end;
        });
      expect(inside, `${period.condition} ${period.start}`).toHaveLength(
        period.condition === 'B' ? 2 : 0,
      );
    }
  });
});
