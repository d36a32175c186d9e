/** Test vectors TV-1 … TV-13 of docs/clinical-rules.md §9.1 (classification). */
import { describe, expect, it } from 'vitest';
import { classifyDiary } from '../index.ts';
import {
  type AttackInput,
  attack,
  dayList,
  daysOfMonth,
  type Features,
  MIGRAINE,
  makeDiary,
  months,
  TENSION,
} from '../testing/fixtures.ts';

/** `n` attacks one week apart from 2026-01-05, each `minutes` long. */
function weekly(n: number, minutes: number | ((i: number) => number), f: Features): AttackInput[] {
  return dayList('2026-01-05', n * 7)
    .filter((_, i) => i % 7 === 0)
    .map((d, i) =>
      attack(`a${i}`, d, '08:00', typeof minutes === 'number' ? minutes : minutes(i), f),
    );
}

const statusOf = (r: ReturnType<typeof classifyDiary>) =>
  Object.fromEntries(r.diagnoses.map((d) => [d.code, d.status]));

describe('classification vectors (docs/clinical-rules.md §9.1)', () => {
  it('TV-1: 5 untreated 6–24 h attacks with migraine features → 1.1', () => {
    const hours = [6, 10, 14, 20, 24];
    const r = classifyDiary(
      makeDiary({ attacks: weekly(5, (i) => (hours[i] ?? 6) * 60, MIGRAINE) }),
    );
    expect(statusOf(r)).toEqual({ '1.1': 'met' });
    expect(r.attacks.every((a) => a.type === 'migraine' && a.aura === 'none')).toBe(true);
    expect(r.attacks[0]?.reasons.some((s) => s.startsWith('1.1 C met'))).toBe(true);
  });

  it('TV-2: TV-1 with 4 attacks → 1.5.1 (fails A only)', () => {
    const r = classifyDiary(makeDiary({ attacks: weekly(4, 8 * 60, MIGRAINE) }));
    expect(statusOf(r)).toEqual({ '1.5.1': 'probable' });
    expect(r.diagnoses[0]?.reasons.join(' ')).toContain('A needs 5');
  });

  it('TV-3: bilateral, pressing, severe, worse walking, photo + phono, 8 h → 1.1', () => {
    const f: Features = {
      side: 'both',
      quality: ['pressing'],
      peakPain: 8,
      worseWithActivity: true,
      photophobia: true,
      phonophobia: true,
    };
    const r = classifyDiary(makeDiary({ attacks: weekly(6, 8 * 60, f) }));
    expect(statusOf(r)).toEqual({ '1.1': 'met' });
  });

  it('TV-4: photophobia only → 1.5.1 (1.1 fails D only; TTH fails C)', () => {
    const f: Features = { ...MIGRAINE, nausea: false, worseWithActivity: true, photophobia: true };
    const r = classifyDiary(makeDiary({ attacks: weekly(6, 6 * 60, f) }));
    expect(statusOf(r)).toEqual({ '1.5.1': 'probable' });
    const reasons = r.attacks[0]?.reasons ?? [];
    expect(r.attacks[0]?.type).toBe('probable_migraine');
    expect(reasons.some((s) => s.startsWith('1.1 D not met'))).toBe(true);
    expect(reasons.some((s) => s.startsWith('2.x C not met'))).toBe(true);
  });

  it('TV-5: 2.5 h attacks → 1.1 at age 12, 1.5.1 at age 30 (fails B only; TTH fails C)', () => {
    const attacks = weekly(5, 150, MIGRAINE);
    const child = classifyDiary(makeDiary({ birthDate: '2013-06-01', attacks }));
    expect(statusOf(child)).toEqual({ '1.1': 'met' });
    const adult = classifyDiary(makeDiary({ birthDate: '1995-06-01', attacks }));
    expect(statusOf(adult)).toEqual({ '1.5.1': 'probable' });
    const reasons = adult.attacks[0]?.reasons ?? [];
    expect(reasons.some((s) => s.startsWith('1.1 B not met'))).toBe(true);
    expect(reasons.some((s) => s.startsWith('2.x C not met'))).toBe(true);
  });

  it('TV-6: TTH 2 h on 3 days a month for 6 months → 2.2', () => {
    const attacks = months('2026-01', 6).flatMap((m) =>
      ['05', '15', '25'].map((d) => attack(`t${m}-${d}`, `${m}-${d}`, '14:00', 120, TENSION)),
    );
    // Rates count recorded days only: the diary was kept every day of the six months.
    const r = classifyDiary(makeDiary({ attacks, checkIns: dayList('2026-01-01', 181) }));
    expect(statusOf(r)).toEqual({ '2.2': 'met' });
    expect(r.attacks.every((a) => a.type === 'tension_type')).toBe(true);
  });

  it('TV-7: 12 TTH episodes, 8 days a year → 2.1', () => {
    const attacks = dayList('2025-01-10', 12 * 45)
      .filter((_, i) => i % 45 === 0)
      .map((d, i) => attack(`t${i}`, d, '14:00', 120, TENSION));
    const checkIns = dayList('2025-01-10', 12 * 45);
    expect(statusOf(classifyDiary(makeDiary({ attacks, checkIns })))).toEqual({ '2.1': 'met' });
  });

  it('a TTH rate counts recorded days only: attacks alone are not months of diary', () => {
    const attacks = dayList('2025-01-10', 12 * 45)
      .filter((_, i) => i % 45 === 0)
      .map((d, i) => attack(`t${i}`, d, '14:00', 120, TENSION));
    const r = classifyDiary(makeDiary({ attacks }));
    const reason = r.diagnoses.flatMap((d) => d.reasons).join(' ');
    expect(reason).toContain('months of recorded days (12 of 496 days)');
    expect(statusOf(r)['2.1']).toBeUndefined();
  });

  describe('TV-8: TTH on 20 days a month for 5 months, mild nausea some days', () => {
    const build = (nauseaFeatures: Features) =>
      months('2026-01', 5).flatMap((m) =>
        daysOfMonth(m, 20).map((d, i) =>
          attack(`t${d}`, d, '09:00', 180, i < 8 ? { ...TENSION, ...nauseaFeatures } : TENSION),
        ),
      );

    it('TV-8: mild nausea only → 2.3', () => {
      const r = classifyDiary(
        makeDiary({ priorMigraineAttacks: 0, attacks: build({ nausea: true }) }),
      );
      expect(statusOf(r)).toEqual({ '2.3': 'met' });
      expect(r.attacks.every((a) => a.type === 'tension_type')).toBe(true);
    });

    it('TV-8 variant: mild nausea + photophobia on the same days → not 2.3 (D fails)', () => {
      const attacks = build({ nausea: true, photophobia: true });
      const checkIns = dayList('2026-01-01', 151);
      const r = classifyDiary(makeDiary({ priorMigraineAttacks: 0, attacks, checkIns }));
      expect(statusOf(r)['2.3']).toBeUndefined();
    });
  });

  const visual = (extra: object) => ({ type: 'visual' as const, ...extra });

  it('TV-9: spreading unilateral positive aura 25 min, headache after 30 min → 1.2.1.1', () => {
    const f: Features = {
      peakPain: 5,
      aura: [visual({ durationMinutes: 25, spreadMinutes: 10, unilateral: true, positive: true })],
      auraToHeadacheMinutes: 30,
    };
    const r = classifyDiary(makeDiary({ attacks: weekly(2, 240, f) }));
    expect(statusOf(r)).toEqual({ '1.2.1.1': 'met' });
    expect(r.attacks[0]).toMatchObject({ type: 'migraine', aura: 'typical' });
    expect(r.attacks[0]?.reasons.some((s) => s.startsWith('1.2 C met: 5 of 6'))).toBe(true);
  });

  it('TV-10: visual aura 90 min, no headache → 1.2.1.2 + prolonged-aura advisory', () => {
    const f: Features = {
      aura: [visual({ durationMinutes: 90, spreadMinutes: 10, unilateral: true, positive: true })],
      auraToHeadacheMinutes: null,
    };
    const r = classifyDiary(makeDiary({ attacks: weekly(2, 90, f) }));
    expect(statusOf(r)).toEqual({ '1.2.1.2': 'met' });
    expect(r.attacks[0]).toMatchObject({ type: 'aura_only', aura: 'typical' });
    expect(r.attacks[0]?.advisories.map((a) => a.code)).toContain('prolonged_aura');
  });

  describe('TV-11: negative bilateral visual aura', () => {
    it('TV-11: spreading, 20 min, headache within 60 min → 3/6, met', () => {
      const f: Features = {
        peakPain: 5,
        aura: [
          visual({ durationMinutes: 20, spreadMinutes: 10, unilateral: false, positive: false }),
        ],
        auraToHeadacheMinutes: 15,
      };
      const r = classifyDiary(makeDiary({ attacks: weekly(2, 240, f) }));
      expect(statusOf(r)).toEqual({ '1.2.1.1': 'met' });
      expect(r.attacks[0]?.reasons.some((s) => s.startsWith('1.2 C met: 3 of 6'))).toBe(true);
    });

    it('TV-11 variant: no spread, no headache → 1/6, not 1.2, advise TIA evaluation', () => {
      const f: Features = {
        aura: [visual({ durationMinutes: 20, unilateral: false, positive: false })],
        auraToHeadacheMinutes: null,
      };
      const r = classifyDiary(makeDiary({ attacks: weekly(2, 20, f) }));
      expect(r.diagnoses.some((d) => d.code.startsWith('1.2'))).toBe(false);
      expect(r.attacks[0]).toMatchObject({ type: 'aura_only', aura: 'atypical' });
      expect(r.attacks[0]?.reasons.some((s) => s.startsWith('1.2 C not met: 1 of 6'))).toBe(true);
      const advice = r.attacks[0]?.advisories ?? [];
      expect(advice.map((a) => a.code)).toContain('atypical_aura');
      expect(advice.every((a) => a.message.includes('TIA'))).toBe(true);
    });
  });

  it('TV-12: aura with arm weakness → not 1.2.1; possible 1.2.3, clinician required', () => {
    const f: Features = {
      peakPain: 6,
      aura: [{ type: 'motor', durationMinutes: 40, unilateral: true }],
      auraToHeadacheMinutes: 20,
    };
    const r = classifyDiary(makeDiary({ attacks: [attack('a1', '2026-01-05', '08:00', 300, f)] }));
    expect(statusOf(r)['1.2.3']).toBe('provisional');
    expect(r.diagnoses.some((d) => d.code.startsWith('1.2.1'))).toBe(false);
    expect(r.attacks[0]?.aura).toBe('hemiplegic');
    expect(r.attacks[0]?.advisories.map((a) => a.code)).toContain('clinician_required');
  });

  it('TV-13: right orbital, very severe, 45 min, autonomic, restless, 2/day → 3.1', () => {
    const f: Features = {
      side: 'right',
      regions: ['behind_eye'],
      peakPain: 10,
      autonomic: ['lacrimation', 'rhinorrhoea'],
      restless: true,
    };
    const attacks = ['2026-01-05', '2026-01-06', '2026-01-07'].flatMap((d) => [
      attack(`c${d}a`, d, '02:00', 45, f),
      attack(`c${d}b`, d, '14:00', 45, f),
    ]);
    const r = classifyDiary(makeDiary({ attacks }));
    expect(statusOf(r)).toEqual({ '3.1': 'met' });
    expect(r.attacks.every((a) => a.type === 'cluster')).toBe(true);
    expect(r.diagnoses[0]?.reasons.join(' ')).toContain('see a doctor');
  });
});
