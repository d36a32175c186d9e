/** Test vectors TV-D-1 … TV-D-5 of docs/clinical-rules.md §9.6 (diary mechanics). */
import { describe, expect, it } from 'vitest';
import { diaryMetrics, type MetricsOptions } from '../index.ts';
import {
  attack,
  dayList,
  type Features,
  intakeFor,
  MIGRAINE,
  makeDiary,
} from '../testing/fixtures.ts';

const NOW = '2026-03-01T12:00:00Z';

describe('diary mechanics vectors (docs/clinical-rules.md §9.6)', () => {
  it('TV-D-1: headache 23:00 Mon → 03:00 Tue → 2 headache days, 1 attack', () => {
    const diary = makeDiary({ attacks: [attack('a1', '2026-01-05', '23:00', 240, MIGRAINE)] });
    const block = diaryMetrics(diary, { now: NOW }).blocks[0];
    expect(block).toMatchObject({ headacheDays: 2, recordedDays: 2, attacks: 1 });
  });

  describe('TV-D-2: migraine Mon, nothing Tue, migraine Wed', () => {
    const week = makeDiary({
      attacks: [
        attack('mon', '2026-01-05', '18:00', 240, MIGRAINE),
        attack('wed', '2026-01-07', '08:00', 360, MIGRAINE),
      ],
    });
    const count = (diary: typeof week, options: Partial<MetricsOptions>) =>
      diaryMetrics(diary, { now: NOW, ...options }).blocks[0];

    it('TV-D-2: 2 migraine days; lockedDay 1 attack, gap24h 2 (gap ≥ 24 h), none 2', () => {
      expect(count(week, {})?.migraineDays).toBe(2);
      expect(count(week, { attackMergeRule: 'lockedDay' })?.migraineAttacks).toBe(1);
      expect(count(week, { attackMergeRule: 'gap24h' })?.migraineAttacks).toBe(2);
      expect(count(week, { attackMergeRule: 'none' })?.migraineAttacks).toBe(2);
    });

    it('TV-D-2: gap24h gives 1 attack when the free day is a 23-hour DST day', () => {
      const dst = makeDiary({
        attacks: [
          attack('sat', '2025-03-29', '20:00', 230, MIGRAINE),
          attack('mon', '2025-03-31', '00:10', 300, MIGRAINE),
        ],
      });
      const block = count(dst, { attackMergeRule: 'gap24h' });
      expect(block).toMatchObject({ migraineDays: 2, migraineAttacks: 1 });
      expect(count(dst, { attackMergeRule: 'none' })?.migraineAttacks).toBe(2);
    });
  });

  it('TV-D-3: 45-min migraine-like headache → migraine day at ≥ 30 min, not at ≥ 4 h', () => {
    const f: Features = {
      side: 'left',
      quality: ['pulsating'],
      peakPain: 5,
      photophobia: true,
      phonophobia: true,
    };
    const diary = makeDiary({ attacks: [attack('a1', '2026-01-05', '10:00', 45, f)] });
    const block = diaryMetrics(diary, { now: NOW }).blocks[0];
    expect(block?.migraineDaysByRule).toEqual({
      vanDerArend: 1,
      ihsEffectiveTriptan: 1,
      legacy4h: 0,
    });
    const legacy = diaryMetrics(diary, { now: NOW, migraineDayRule: 'legacy4h' }).blocks[0];
    expect(legacy?.migraineDays).toBe(0);
  });

  it('TV-D-4: mild 20-min headache, sumatriptan → van der Arend yes, IHS no', () => {
    const a = attack('a1', '2026-01-05', '10:00', 20, { peakPain: 2, side: 'both' });
    const diary = makeDiary({
      attacks: [a],
      medications: [{ id: 'suma', name: 'Sumatriptan', class: 'triptan' }],
      intakes: [intakeFor('i1', a, 'suma', 'complete')],
    });
    const block = diaryMetrics(diary, { now: NOW }).blocks[0];
    expect(block).toMatchObject({ headacheDays: 1, migraineDays: 1, acuteMedicationDays: 1 });
    expect(block?.migraineDaysByRule.ihsEffectiveTriptan).toBe(0);
    const ihs = diaryMetrics(diary, { now: NOW, migraineDayRule: 'ihsEffectiveTriptan' });
    expect(ihs.blocks[0]?.migraineDays).toBe(0);
  });

  it('TV-D-5: a 28-day block with 21 · 23 valid days → 75 % invalid · 82 % valid', () => {
    const block = (n: number) =>
      diaryMetrics(makeDiary({ checkIns: dayList('2026-01-05', n) }), {
        now: NOW,
        blockStart: '2026-01-05',
      }).blocks[0];
    expect(block(21)).toMatchObject({ recordedDays: 21, completeness: 0.75, valid: false });
    expect(block(23)).toMatchObject({ recordedDays: 23, completeness: 0.821, valid: true });
  });
});
