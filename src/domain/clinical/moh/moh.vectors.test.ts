/**
 * Test vectors TV-MOH-1 … TV-MOH-8 of docs/clinical-rules.md §9.3 (medication-overuse warnings).
 */
import { describe, expect, it } from 'vitest';
import { addDays, lastDayOfMonth } from '../../calendar/dates.ts';
import { classifyDiary, diaryMetrics, type MohFinding } from '../index.ts';
import {
  type AttackInput,
  at,
  attack,
  daysOfMonth,
  type IntakeInput,
  makeDiary,
  months,
  TENSION,
} from '../testing/fixtures.ts';

const MEDICATIONS = [
  { id: 'suma', name: 'Sumatriptan', class: 'triptan' as const },
  { id: 'ibu', name: 'Ibuprofen', class: 'nonopioid_analgesic' as const },
  { id: 'para', name: 'Paracetamol', class: 'nonopioid_analgesic' as const },
  { id: 'apc', name: 'ASA + paracetamol + caffeine', class: 'combination_analgesic' as const },
  { id: 'ap', name: 'ASA + paracetamol', class: 'combination_analgesic' as const },
  { id: 'exc', name: 'Excedrin', class: 'combination_analgesic' as const },
];

/**
 * `count` months from `first`, each with `headache` headache days (days 1…) and intakes of each
 * medication on its own run of days (different days, continuing after the previous one).
 */
function mohDiary(first: string, count: number, headache: number, uses: [string, number][]) {
  const attacks: AttackInput[] = [];
  const intakes: IntakeInput[] = [];
  const ms = months(first, count);
  for (const m of ms) {
    const days = daysOfMonth(m, 28);
    for (const d of days.slice(0, headache))
      attacks.push(attack(`a${d}`, d, '08:00', 180, TENSION));
    let next = 0;
    for (const [med, n] of uses) {
      for (const d of days.slice(next, next + n)) {
        const linked = next < headache;
        intakes.push({
          id: `${med}${d}`,
          medicationId: med,
          at: at(d, linked ? '08:30' : '10:00'),
          attackId: linked ? `a${d}` : null,
        });
        next += 1;
      }
    }
  }
  const diary = makeDiary({
    priorMigraineAttacks: 20,
    attacks,
    checkIns: ms.flatMap((m) => daysOfMonth(m, Number(lastDayOfMonth(m).slice(8)))),
    medications: MEDICATIONS,
    intakes,
  });
  const now = `${addDays(lastDayOfMonth(ms[ms.length - 1] ?? first), 1)}T12:00:00Z`;
  return { diary, now, findings: diaryMetrics(diary, { now }).medicationOveruse };
}

const levels = (f: MohFinding[]) => f.map((x) => `${x.code}:${x.level}`);
const warnings = (f: MohFinding[]) => f.filter((x) => x.level === 'warning').map((x) => x.code);

describe('medication-overuse vectors (docs/clinical-rules.md §9.3)', () => {
  it('TV-MOH-1: triptan 10 d/month × 4 months, headache 16 d → 8.2.2', () => {
    const { diary, now, findings } = mohDiary('2026-01', 4, 16, [['suma', 10]]);
    expect(warnings(findings)).toEqual(['8.2.2']);
    expect(findings[0]?.message).toContain('MOH warning (8.2.2)');
    const dx = classifyDiary(diary, { now }).diagnoses;
    expect(dx.find((d) => d.code === '8.2.2')?.status).toBe('met');
  });

  it('TV-MOH-2: triptan 9 + ibuprofen 6 on different days → no single class; 8.2.6', () => {
    const { findings } = mohDiary('2026-01', 4, 16, [
      ['suma', 9],
      ['ibu', 6],
    ]);
    expect(warnings(findings)).toEqual(['8.2.6']);
  });

  it('TV-MOH-3: paracetamol 8 + ibuprofen 8 → class total 16 ≥ 15 → 8.2.3, not 8.2.6', () => {
    const { findings } = mohDiary('2026-01', 4, 16, [
      ['para', 8],
      ['ibu', 8],
    ]);
    expect(warnings(findings)).toEqual(['8.2.3']);
    expect(findings.some((x) => x.code === '8.2.6')).toBe(false);
  });

  it('TV-MOH-4: ibuprofen 14 d × 6, headache 20 → no; approaching threshold', () => {
    const { findings } = mohDiary('2026-01', 6, 20, [['ibu', 14]]);
    expect(levels(findings)).toEqual(['8.2.3:approaching']);
    expect(findings[0]?.message).toContain('Approaching threshold');
  });

  describe('TV-MOH-5: combination analgesics', () => {
    it('TV-MOH-5: ASA + paracetamol + caffeine 10 d × 4, headache 15 → 8.2.5', () => {
      const { findings } = mohDiary('2026-01', 4, 15, [['apc', 10]]);
      expect(warnings(findings)).toEqual(['8.2.5']);
    });

    it('TV-MOH-5 variant: ASA + paracetamol without caffeine 10 d → no (needs 15)', () => {
      const { findings } = mohDiary('2026-01', 4, 15, [['ap', 10]]);
      expect(findings).toEqual([]);
    });
  });

  it('TV-MOH-6: triptan 12 d × 2 months → no (duration); early warning', () => {
    const { diary, now, findings } = mohDiary('2026-01', 2, 16, [['suma', 12]]);
    expect(levels(findings)).toEqual(['8.2.2:early_warning']);
    const dx = classifyDiary(diary, { now }).diagnoses;
    expect(dx.find((d) => d.code === '8.2.2')?.status).toBe('provisional');
  });

  it('TV-MOH-7: triptan 12 d × 4, headache 8 d → no (A fails); frequent use', () => {
    const { findings } = mohDiary('2026-01', 4, 8, [['suma', 12]]);
    expect(levels(findings)).toEqual(['8.2.2:frequent_use']);
    expect(findings[0]?.message).toContain('Frequent acute medication use');
  });

  it('TV-MOH-8: real-log pattern, ≤ 8 logged days every month → no MOH (A never met)', () => {
    const attacks: AttackInput[] = [];
    const intakes: IntakeInput[] = [];
    const plan: Record<string, [number, number]> = { '2018-12': [6, 2], '2019-02': [8, 0] };
    for (const m of months('2018-11', 20)) {
      const [suma, exc] = plan[m] ?? [4, 1];
      daysOfMonth(m, suma + exc, 3).forEach((d, i) => {
        const a = attack(`a${d}`, d, '18:00', 240, { ...TENSION, peakPain: 7 });
        attacks.push(a);
        const med = i < suma ? 'suma' : 'exc';
        intakes.push({ id: `i${d}`, medicationId: med, at: at(d, '18:15'), attackId: a.id });
      });
    }
    const diary = makeDiary({ attacks, intakes, medications: MEDICATIONS });
    const now = '2020-07-01T12:00:00Z';
    const m = diaryMetrics(diary, { now });
    expect(m.medicationOveruse.filter((f) => f.level !== 'approaching')).toEqual([]);
    expect(Math.max(...m.months.map((x) => x.headacheDays))).toBeLessThanOrEqual(8);
    const dx = classifyDiary(diary, { now }).diagnoses;
    expect(dx.some((d) => d.code.startsWith('8.2'))).toBe(false);
  });
});

describe('8.2.6 counting (design option)', () => {
  it('counts a day with two classes once (union) unless mohMixedCounting is sum', () => {
    const attacks = months('2026-01', 4).flatMap((m) =>
      daysOfMonth(m, 16).map((d) => attack(`a${d}`, d, '08:00', 180, TENSION)),
    );
    const intakes: IntakeInput[] = attacks.flatMap((a, i) =>
      i % 16 < 6
        ? [
            { id: `s${a.id}`, medicationId: 'suma', at: a.start, attackId: a.id },
            { id: `i${a.id}`, medicationId: 'ibu', at: a.start, attackId: a.id },
          ]
        : [],
    );
    const diary = makeDiary({
      attacks,
      intakes,
      medications: MEDICATIONS,
      priorMigraineAttacks: 9,
    });
    const now = '2026-05-01T12:00:00Z';
    const union = diaryMetrics(diary, { now }).medicationOveruse;
    expect(union.some((f) => f.code === '8.2.6' && f.level === 'warning')).toBe(false);
    const sum = diaryMetrics(diary, { now, mohMixedCounting: 'sum' }).medicationOveruse;
    expect(sum.some((f) => f.code === '8.2.6' && f.level === 'warning')).toBe(true);
  });
});
