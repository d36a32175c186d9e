/**
 * Entry points: output shapes of the engine commands (docs/product.md §5.1–5.2), options and edge
 * cases.
 */
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import {
  classifyDiary,
  DEFAULT_CLINICAL_OPTIONS,
  diaryDays,
  diaryMetrics,
  type MetricsOptions,
} from './index.ts';
import { at, attack, dayList, MIGRAINE, makeDiary } from './testing/fixtures.ts';

const NOW = '2026-02-01T12:00:00Z';
const diary = makeDiary({
  birthDate: '1988-04-02',
  priorMigraineAttacks: 20,
  checkIns: dayList('2026-01-01', 31),
  attacks: [attack('a1', '2026-01-05', '07:30', 690, MIGRAINE)],
  medications: [{ id: 'm1', name: 'Sumatriptan', class: 'triptan' }],
  intakes: [{ id: 'i1', medicationId: 'm1', at: at('2026-01-05', '08:00'), attackId: 'a1' }],
});

describe('engine command output', () => {
  it('classify: { attacks: [{ id, type, aura, reasons }], diagnoses: [...] }', () => {
    const r = classifyDiary(diary);
    expect(r.attacks[0]).toMatchObject({ id: 'a1', type: 'migraine', aura: 'none' });
    expect(r.attacks[0]?.reasons.length).toBeGreaterThan(3);
    expect(r.diagnoses).toEqual([
      expect.objectContaining({ code: '1.1', name: 'Migraine without aura', status: 'met' }),
    ]);
    expect(r.disclaimer).toContain('not a diagnosis');
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('metrics: { blocks: [...], chronicMigraine, medicationOveruse, redFlags }', () => {
    const m = diaryMetrics(diary, { now: NOW });
    expect(Object.keys(m)).toEqual(
      expect.arrayContaining(['blocks', 'chronicMigraine', 'medicationOveruse', 'redFlags']),
    );
    expect(m.blocks[0]).toMatchObject({
      start: '2026-01-01',
      end: '2026-01-28',
      recordedDays: 28,
      valid: true,
      headacheDays: 1,
      migraineDays: 1,
      moderateSevereDays: 1,
      acuteMedicationDays: 1,
      meanPeakPain: 6,
      medianDurationHours: 11.5,
      daysLost: 0,
    });
    expect(m.blocks[1]).toMatchObject({ start: '2026-01-29', recordedDays: 3, valid: false });
    expect(m.months[0]).toMatchObject({ start: '2026-01-01', end: '2026-01-31', days: 31 });
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });

  it('counts an ongoing attack on every local day up to now', () => {
    const ongoing = makeDiary({
      attacks: [{ id: 'a', start: at('2026-01-05', '22:00'), end: null, ...MIGRAINE }],
    });
    const m = diaryMetrics(ongoing, { now: at('2026-01-07', '09:00') });
    expect(m.blocks[0]).toMatchObject({
      headacheDays: 3,
      recordedDays: 3,
      medianDurationHours: null,
    });
    expect(m.blocks[0]?.inProgress).toBe(true);
    const unknown = classifyDiary(ongoing).attacks[0];
    expect(unknown?.reasons.some((s) => s.startsWith('1.1 B not assessable'))).toBe(true);
  });

  it("uses the attack's own time zone for its days", () => {
    const travel = makeDiary({
      attacks: [
        {
          ...attack('a', '2026-01-05', '20:00', 120, MIGRAINE, 'America/New_York'),
          timeZone: 'America/New_York',
        },
      ],
    });
    expect(diaryDays(travel).map((d) => d.date)).toEqual(['2026-01-05']);
    const home = makeDiary({
      attacks: [attack('a', '2026-01-05', '20:00', 120, MIGRAINE, 'America/New_York')],
    });
    expect(diaryDays(home).map((d) => d.date)).toEqual(['2026-01-06']);
  });

  it('handles an empty diary', () => {
    const empty = makeDiary();
    expect(classifyDiary(empty)).toMatchObject({ attacks: [], diagnoses: [] });
    const m = diaryMetrics(empty, { now: NOW });
    expect(m).toMatchObject({ blocks: [], months: [], medicationOveruse: [], redFlags: [] });
    expect(m.chronicMigraine).toMatchObject({ status: 'not_met', pattern: 'no_data' });
  });

  it('refuses malformed options and a missing now', () => {
    expect(() => diaryMetrics(diary, {} as MetricsOptions)).toThrow(AppError);
    expect(() => diaryMetrics(diary, { now: '2026-02-01' })).toThrow(/now/);
    expect(() => classifyDiary(diary, { blockStart: '01/02/2026' })).toThrow(AppError);
  });

  it('exposes documented defaults', () => {
    expect(DEFAULT_CLINICAL_OPTIONS).toMatchObject({
      migraineDayRule: 'vanDerArend',
      attackMergeRule: 'gap24h',
      chronicMonthsMode: 'strict',
      headacheMinMinutes: 30,
      dayMinOverlapMinutes: 0,
      validCompleteness: 0.8,
      mohApproachMargin: 2,
      olderOnsetAge: 50,
    });
    expect(Object.isFrozen(DEFAULT_CLINICAL_OPTIONS)).toBe(true);
  });
});
