/** Test vectors TV-CM-1 … TV-CM-6 of docs/clinical-rules.md §9.2 (chronic migraine). */
import { describe, expect, it } from 'vitest';
import { addDays, lastDayOfMonth } from '../../calendar/dates.ts';
import { classifyDiary, diaryMetrics } from '../index.ts';
import {
  type AttackInput,
  attack,
  daysOfMonth,
  type IntakeInput,
  intakeFor,
  MIGRAINE,
  makeDiary,
  months,
  TENSION,
} from '../testing/fixtures.ts';

interface Plan {
  migraine: number;
  triptanRelieved?: number;
  other: number;
}

/** A diary with, in each month, `migraine` migraine days, relieved-by-triptan days and others. */
function chronicDiary(first: string, count: number, plan: Plan) {
  const attacks: AttackInput[] = [];
  const intakes: IntakeInput[] = [];
  const checkIns: string[] = [];
  const ms = months(first, count);
  for (const m of ms) {
    const total = plan.migraine + (plan.triptanRelieved ?? 0) + plan.other;
    daysOfMonth(m, total).forEach((d, i) => {
      if (i < plan.migraine) attacks.push(attack(`m${d}`, d, '08:00', 6 * 60, MIGRAINE));
      else if (i < plan.migraine + (plan.triptanRelieved ?? 0)) {
        const a = attack(`s${d}`, d, '08:00', 3 * 60, TENSION);
        attacks.push(a);
        intakes.push(intakeFor(`i${d}`, a, 'suma', 'complete'));
      } else attacks.push(attack(`t${d}`, d, '15:00', 120, TENSION));
    });
    checkIns.push(...daysOfMonth(m, Number(lastDayOfMonth(m).slice(8))));
  }
  const last = ms[ms.length - 1] ?? first;
  const diary = makeDiary({
    priorMigraineAttacks: 20,
    attacks,
    checkIns,
    medications: [{ id: 'suma', name: 'Sumatriptan', class: 'triptan' }],
    intakes,
  });
  const now = `${addDays(lastDayOfMonth(last), 1)}T12:00:00Z`;
  return { diary, now };
}

describe('chronic migraine vectors (docs/clinical-rules.md §9.2)', () => {
  it('TV-CM-1: 4 months × 18 headache days, 10 meeting 1.1 C+D → 1.3 yes', () => {
    const { diary, now } = chronicDiary('2026-01', 4, { migraine: 10, other: 8 });
    const m = diaryMetrics(diary, { now });
    expect(m.chronicMigraine.status).toBe('met');
    expect(m.chronicMigraine.months.map((x) => [x.headacheDays, x.migraineFeatureDays])).toEqual([
      [18, 10],
      [18, 10],
      [18, 10],
      [18, 10],
    ]);
    const codes = classifyDiary(diary, { now }).diagnoses.map((d) => `${d.code}:${d.status}`);
    expect(codes).toContain('1.3:met');
    expect(codes.some((c) => c.startsWith('2.'))).toBe(false);
  });

  it('TV-CM-2: 3 qualifying months → strict provisional, leiden yes', () => {
    const { diary, now } = chronicDiary('2026-01', 3, { migraine: 10, other: 8 });
    expect(diaryMetrics(diary, { now }).chronicMigraine.status).toBe('provisional');
    const leiden = diaryMetrics(diary, { now, chronicMonthsMode: 'leiden' });
    expect(leiden.chronicMigraine.status).toBe('met');
    expect(leiden.chronicMigraine.requiredMonths).toBe(3);
  });

  it('TV-CM-3: 4 months × 16 headache days, 7 migraine days → no (C fails; consider 2.3)', () => {
    const { diary, now } = chronicDiary('2026-01', 4, { migraine: 7, other: 9 });
    const cm = diaryMetrics(diary, { now }).chronicMigraine;
    expect(cm.status).toBe('not_met');
    expect(cm.months.every((x) => x.meetsA && !x.meetsC)).toBe(true);
    expect(cm.reasons.join(' ')).toContain('consider chronic tension-type headache (2.3)');
  });

  it('TV-CM-4: 4 months × 14 headache days, 12 migraine days → no (A fails)', () => {
    const { diary, now } = chronicDiary('2026-01', 4, { migraine: 12, other: 2 });
    const cm = diaryMetrics(diary, { now }).chronicMigraine;
    expect(cm.status).toBe('not_met');
    expect(cm.months.every((x) => !x.meetsA && x.meetsC)).toBe(true);
    expect(cm.pattern).toBe('high_frequency_episodic');
  });

  it('TV-CM-5: 15 headache days in a 31-day month meet A by the calendar count', () => {
    const { diary, now } = chronicDiary('2026-01', 1, { migraine: 10, other: 5 });
    const m = diaryMetrics(diary, { now });
    const jan = m.chronicMigraine.months[0];
    expect(jan).toMatchObject({ month: '2026-01', headacheDays: 15, meetsA: true });
    expect(m.months[0]?.days).toBe(31);
    expect((15 / 31) * 28).toBeLessThan(15);
  });

  it('TV-CM-6: 17 headache days: 5 migraine + 4 relieved by sumatriptan → 9 ≥ 8 → yes', () => {
    const plan = { migraine: 5, triptanRelieved: 4, other: 8 };
    const { diary, now } = chronicDiary('2026-01', 4, plan);
    const cm = diaryMetrics(diary, { now }).chronicMigraine;
    expect(cm.months.map((x) => x.migraineFeatureDays)).toEqual([9, 9, 9, 9]);
    expect(cm.status).toBe('met');
  });
});
