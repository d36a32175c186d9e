/**
 * The rows of the trigger models on small hand-made diaries (`docs/trigger-analysis.md` §3):
 * which days are at risk, what each factor's lag points at, and that unknown is never "no".
 */
import { describe, expect, it } from 'vitest';
import { attack, dayList, makeDiary } from '../clinical/testing/fixtures.ts';
import { cycleStatus, exposureOf, usualLevels } from './exposures.ts';
import { FACTORS, type FactorSpec } from './factors.ts';
import { riskSet } from './risk-days.ts';

const spec = (name: string): FactorSpec => {
  const s = FACTORS.find((f) => f.factor === name);
  if (!s) throw new Error(name);
  return s;
};

describe('days at risk', () => {
  // Check-ins 1–10 Jan; an attack on 3 Jan 20:00 → 4 Jan 02:00 (touches 3 and 4), another on
  // 8 Jan at 09:00 for 3 h; 6 Jan has no check-in; today is 11 Jan.
  const diary = makeDiary({
    checkIns: dayList('2026-01-01', 10).filter((d) => d !== '2026-01-06'),
    attacks: [attack('a1', '2026-01-03', '20:00', 360), attack('a2', '2026-01-08', '09:00', 180)],
  });
  const rows = riskSet(diary, '2026-01-11T10:00:00Z').rows;
  const dates = rows.map((r) => r.date);

  it('leaves out attack days, the day after an attack and days before the first attack', () => {
    // 1–3 Jan: before the first attack ends; 4 Jan: attack still going; 5 Jan: the day before
    // was an attack day; 6 Jan: no check-in and no attack (unknown, not "no attack"); 7 Jan:
    // the day before is unrecorded; 8 Jan: onset after a free, recorded 7 Jan; 9 Jan: day
    // before was an attack day; 10 Jan: at risk; 11 Jan: today, incomplete.
    expect(dates).toEqual(['2026-01-08', '2026-01-10']);
  });

  it('marks onsets with their local hour and counts the attack-free days since the last one', () => {
    expect(rows[0]).toEqual({ date: '2026-01-08', onset: true, onsetHour: 9, gapDays: 3 });
    expect(rows[1]).toMatchObject({ date: '2026-01-10', onset: false, gapDays: 1 });
  });

  it('the naive comparison uses every recorded day after a recorded day, with attack days as outcome', () => {
    const naive = riskSet(diary, '2026-01-11T10:00:00Z', 'allRecordedDays').rows;
    expect(naive.map((r) => [r.date, r.onset])).toEqual([
      ['2026-01-02', false],
      ['2026-01-03', true],
      ['2026-01-04', true],
      ['2026-01-05', false],
      ['2026-01-08', true],
      ['2026-01-09', false],
      ['2026-01-10', false],
    ]);
  });
});

describe('exposures', () => {
  const entries = dayList('2026-02-01', 12).map((date, i) => ({
    date,
    sleepHours: i % 2 === 0 ? 5 : 8,
    ...(i === 4 ? {} : { alcoholUnits: i % 3 === 0 ? 2 : 0 }),
    stress: Math.min(10, i),
  }));
  const diary = makeDiary({
    dayEntries: entries,
    attacks: [attack('a1', '2026-02-01', '10:00', 60), attack('a2', '2026-02-06', '05:00', 60)],
  });
  const risk = riskSet(diary, '2026-02-13T12:00:00Z');
  const ctx = { checkIns: risk.checkIns, usual: usualLevels(diary, FACTORS), cycle: new Map() };
  const row = (date: string) => {
    const r = risk.rows.find((x) => x.date === date);
    if (!r) throw new Error(`${date} is not at risk`);
    return r;
  };

  it('takes evening factors from the day before and compares scales with the usual level', () => {
    expect(exposureOf(spec('alcoholUnits'), row('2026-02-05'), ctx)).toBe(true); // 4 Feb: 2 units
    expect(exposureOf(spec('alcoholUnits'), row('2026-02-03'), ctx)).toBe(false); // 2 Feb: 0
    // Stress 0…10 (10 twice), median 5.5: 4 Feb (stress 3) is not above it, 10 Feb (stress 9) is.
    expect(exposureOf(spec('stress'), row('2026-02-05'), ctx)).toBe(false);
    expect(exposureOf(spec('stress'), row('2026-02-11'), ctx)).toBe(true);
  });

  it('leaves a factor unknown when its check-in field is missing (never "absent")', () => {
    // 5 Feb has a check-in without alcoholUnits: the row of 6 Feb is unknown for alcohol.
    expect(exposureOf(spec('alcoholUnits'), row('2026-02-06'), ctx)).toBeUndefined();
  });

  it('reads sleep from the night before, unknown when the attack began before 07:00', () => {
    expect(exposureOf(spec('sleepHours'), row('2026-02-03'), ctx)).toBe(true); // 3 Feb: 5 h
    expect(exposureOf(spec('sleepHours'), row('2026-02-04'), ctx)).toBe(false); // 4 Feb: 8 h
    expect(row('2026-02-06').onset).toBe(true);
    expect(exposureOf(spec('sleepHours'), row('2026-02-06'), ctx)).toBeUndefined();
  });
});

describe('menstrual window (the clinical engine’s cycle rule)', () => {
  const bleeding = (first: string) => dayList(first, 4);
  const diary = makeDiary({
    dayEntries: [
      ...bleeding('2026-03-10'),
      ...bleeding('2026-04-07'),
      ...bleeding('2026-06-20'),
    ].map((date) => ({ date, menstruation: true })),
  });
  const status = cycleStatus(diary);

  it('is days −2 … +3 around each first bleeding day', () => {
    for (const d of ['2026-03-08', '2026-03-12', '2026-04-05', '2026-04-09']) {
      expect(status.get(d)).toBe(true);
    }
    expect(status.get('2026-03-13')).toBe(false);
    expect(status.get('2026-04-04')).toBe(false);
  });

  it('is unknown before the first cycle, after the last, and across a missed cycle', () => {
    expect(status.has('2026-03-07')).toBe(false);
    expect(status.has('2026-05-15')).toBe(false); // 7 Apr → 20 Jun is 74 days: a cycle missing
    expect(status.has('2026-06-25')).toBe(false);
    expect(status.get('2026-06-18')).toBe(true);
  });
});
