import { describe, expect, it } from 'vitest';
import { diarySchema } from '../diary/diary.schema.ts';
import { DEMO_THERAPY_DAY, demoDiary } from './demo-diary.ts';

describe('demo diary', () => {
  const diary = demoDiary({ until: '2026-06-30' });

  it('is a valid diary and deterministic for a seed', () => {
    expect(diarySchema.safeParse(diary).success).toBe(true);
    expect(demoDiary({ until: '2026-06-30' })).toEqual(diary);
    expect(demoDiary({ until: '2026-06-30', seed: 2 })).not.toEqual(diary);
  });

  it('tells the story: a bad month before therapy, fewer attacks after', () => {
    const therapyStart = diary.therapies[0]!.start;
    const before = diary.attacks.filter((a) => a.start.slice(0, 10) < therapyStart).length;
    const after = diary.attacks.filter((a) => a.start.slice(0, 10) >= therapyStart).length;
    const perWeekBefore = before / (DEMO_THERAPY_DAY / 7);
    const perWeekAfter = after / ((182 - DEMO_THERAPY_DAY) / 7);
    expect(perWeekAfter).toBeLessThan(perWeekBefore);
  });

  it('has full attack features, triptan and ibuprofen intakes and check-in gaps', () => {
    expect(diary.attacks.some((a) => a.aura.length > 0)).toBe(true);
    expect(diary.attacks.every((a) => a.end !== null && a.peakPain !== undefined)).toBe(true);
    const classes = new Set(
      diary.intakes.map((i) => diary.medications.find((m) => m.id === i.medicationId)?.class),
    );
    expect(classes).toEqual(new Set(['triptan', 'nonopioid_analgesic']));
    expect(diary.days.length).toBeLessThan(182);
    expect(diary.days.length).toBeGreaterThan(140);
  });

  it('schedules CST weekly for six weeks, then every two weeks', () => {
    const gaps = diary.sessions
      .slice(1)
      .map((s, i) => (Date.parse(s.at) - Date.parse(diary.sessions[i]!.at)) / 86_400_000);
    expect(gaps.slice(0, 5).map(Math.round)).toEqual([7, 7, 7, 7, 7]);
    expect(gaps.slice(5).every((g) => Math.round(g) === 14)).toBe(true);
    expect(diary.sessions[0]!.handPositions).toContain('skull_base');
  });
});
