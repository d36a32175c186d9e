/** Menstrual migraine (appendix A1.1, docs/clinical-rules.md §2.8). */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../calendar/dates.ts';
import { classifyDiary } from '../index.ts';
import { type AttackInput, attack, dayList, MIGRAINE, makeDiary } from '../testing/fixtures.ts';

const DAY1 = ['2026-01-10', '2026-02-07', '2026-03-07'];

function diary(attackDays: string[]) {
  const bleeding = new Set(DAY1.flatMap((d) => [0, 1, 2, 3, 4].map((i) => addDays(d, i))));
  const checkIns = dayList('2026-01-01', 90);
  const attacks: AttackInput[] = attackDays.map((d) => attack(`a${d}`, d, '08:00', 480, MIGRAINE));
  const d = makeDiary({ priorMigraineAttacks: 10, attacks, checkIns });
  return { ...d, days: d.days.map((x) => ({ ...x, menstruation: bleeding.has(x.date) })) };
}

describe('menstrual migraine (A1.1)', () => {
  it('A1.1.1 pure: in the window (day −2 … +3) in 2 of 3 cycles, at no other time', () => {
    const r = classifyDiary(diary(['2026-01-08', '2026-02-09'])).menstrualMigraine;
    expect(r).toMatchObject({ status: 'pure', code: 'A1.1.1', attacksOutside: 0 });
    expect(r.cycles.map((c) => [c.windowStart, c.windowEnd, c.attacks])).toEqual([
      ['2026-01-08', '2026-01-12', 1],
      ['2026-02-05', '2026-02-09', 1],
      ['2026-03-05', '2026-03-09', 0],
    ]);
  });

  it('A1.1.2 menstrually related: the same, plus attacks at other times', () => {
    const r = classifyDiary(diary(['2026-01-10', '2026-02-07', '2026-02-20'])).menstrualMigraine;
    expect(r).toMatchObject({ status: 'related', code: 'A1.1.2', attacksOutside: 1 });
  });

  it('not met with attacks in only 1 of 3 windows; insufficient data with < 3 cycles', () => {
    expect(classifyDiary(diary(['2026-01-10', '2026-01-20'])).menstrualMigraine.status).toBe(
      'not_met',
    );
    const short = diary(['2026-01-10']);
    const twoCycles = { ...short, days: short.days.filter((d) => d.date < '2026-03-01') };
    expect(classifyDiary(twoCycles).menstrualMigraine.status).toBe('insufficient_data');
  });
});
