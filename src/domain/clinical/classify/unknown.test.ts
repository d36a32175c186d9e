/**
 * "Unknown is not false": features an attack's source does not record make a criterion not
 * assessable, never absent, and an assumed value (an end Stillpoint had to assume) is never
 * evidence (docs/interop.md §5).
 */
import { describe, expect, it } from 'vitest';
import { ATTACK_FEATURES } from '../../diary/provenance.ts';
import { classifyDiary, diaryDays, diaryMetrics } from '../index.ts';
import {
  type AttackInput,
  attack,
  dayList,
  intakeFor,
  MIGRAINE,
  makeDiary,
  plusMinutes,
} from '../testing/fixtures.ts';

const FEATURES_NOT_RECORDED = [
  'duration',
  ...ATTACK_FEATURES.filter((f) => f !== 'peakPain'),
] as const;

/** A headache as a symptom tracker exports it: a day and a severity, nothing else. */
function dayOnly(id: string, date: string, peakPain: number): AttackInput {
  const a = attack(id, date, '12:00', 0, { peakPain });
  return {
    ...a,
    source: {
      app: 'bearable',
      line: 7,
      notRecorded: [...FEATURES_NOT_RECORDED, 'time'],
      assumed: [{ field: 'start', value: '12:00', reason: 'the source gives the day only' }],
    },
  };
}

const reasonsOf = (r: ReturnType<typeof classifyDiary>, id: string) =>
  r.attacks.find((a) => a.id === id)?.reasons ?? [];

describe('features a source does not record', () => {
  it('are not assessable, never absent, and no criterion cites an assumed value', () => {
    const attacks = dayList('2026-01-05', 8).map((d, i) => dayOnly(`b${i}`, d, 5));
    const r = classifyDiary(makeDiary({ attacks, checkIns: dayList('2026-01-01', 20) }));
    const reasons = reasonsOf(r, 'b0');
    expect(reasons).toContain(
      '1.1 B not assessable: duration not recorded by bearable (needs 4 h–72 h)',
    );
    expect(reasons.find((x) => x.startsWith('1.1 D'))).toMatch(
      /^1\.1 D not assessable: .*not recorded by the source: nausea, vomiting, photophobia, phonophobia/,
    );
    expect(reasons.find((x) => x.startsWith('2.x D'))).toMatch(/^2\.x D not assessable/);
    expect(reasons.join('\n')).not.toMatch(/lasted/);
    expect(r.attacks.every((a) => a.type === 'unclassified')).toBe(true);
    expect(r.diagnoses).toEqual([]);
  });

  it('a recorded finding still counts: pain and one recorded symptom', () => {
    const a = dayOnly('b', '2026-01-05', 7);
    a.nausea = true;
    a.source = {
      ...a.source,
      app: 'bearable',
      notRecorded: a.source?.notRecorded?.filter((f) => f !== 'nausea') ?? [],
    };
    const reasons = reasonsOf(classifyDiary(makeDiary({ attacks: [a] })), 'b');
    expect(reasons.find((x) => x.startsWith('1.1 D'))).toMatch(/^1\.1 D met: .*found nausea/);
    expect(reasons.find((x) => x.startsWith('2.x D'))).toMatch(/^2\.x D not met/);
  });

  it('the same attack typed without a source keeps the diary convention (empty = absent)', () => {
    const own = attack('o', '2026-01-05', '12:00', 300, { peakPain: 5 });
    const reasons = reasonsOf(classifyDiary(makeDiary({ attacks: [own] })), 'o');
    expect(reasons.find((x) => x.startsWith('1.1 D'))).toMatch(/^1\.1 D not met/);
  });

  it('a headache without a recorded duration counts on its day but never as a migraine day by duration', () => {
    const a = { ...dayOnly('b', '2026-01-05', 7), ...MIGRAINE, source: undefined };
    const withSource = {
      ...a,
      source: { app: 'daylio', notRecorded: ['duration' as const], assumed: [] },
    };
    const rows = diaryDays(makeDiary({ attacks: [withSource] }));
    expect(rows.find((d) => d.date === '2026-01-05')).toMatchObject({
      headache: true,
      migraine: false,
    });
  });
});

describe('doses and attacks whose times were assumed', () => {
  it('an unlinked dose is not tied to a day-only headache, and non-acute medicines never count', () => {
    const a = dayOnly('b', '2026-01-05', 6);
    const diary = makeDiary({
      attacks: [a],
      checkIns: dayList('2026-01-01', 10),
      medications: [
        { id: 'riza', name: 'Rizatriptan', class: 'triptan' },
        { id: 'flu', name: 'Fluoxetine', class: 'non_acute' },
        { id: 'x', name: 'Zomig?', class: 'unknown' },
      ],
      intakes: [
        { id: 'i1', medicationId: 'riza', at: a.start, attackId: null },
        { id: 'i2', medicationId: 'flu', at: plusMinutes(a.start, 1), attackId: null },
        { id: 'i3', medicationId: 'x', at: plusMinutes(a.start, 2), attackId: null },
      ],
    });
    const day = diaryDays(diary).find((d) => d.date === '2026-01-05');
    expect(day?.acuteMedicationClasses).toEqual(['triptan']);
    // not tied to the headache: rule (3) "treated with a triptan" cannot rest on an assumed time
    expect(day?.migraine).toBe(false);
  });

  it('antidepressants and supplements taken daily never raise a medication-overuse warning', () => {
    const days = dayList('2026-01-01', 150);
    const own = days
      .filter((_, i) => i % 2 === 0)
      .map((d, i) => attack(`h${i}`, d, '08:00', 240, MIGRAINE));
    const diary = makeDiary({
      attacks: own,
      checkIns: days,
      medications: [
        { id: 'flu', name: 'Fluoxetine', class: 'non_acute' },
        { id: 'vit', name: 'Vitamin D3', class: 'non_acute' },
        { id: 'u', name: 'Something', class: 'unknown' },
      ],
      intakes: days.flatMap((d, i) => [
        { id: `f${i}`, medicationId: 'flu', at: `${d}T20:00:00Z`, attackId: null },
        { id: `v${i}`, medicationId: 'vit', at: `${d}T20:01:00Z`, attackId: null },
        { id: `u${i}`, medicationId: 'u', at: `${d}T20:02:00Z`, attackId: null },
      ]),
    });
    const m = diaryMetrics(diary, { now: '2026-06-01T00:00:00Z' });
    expect(m.medicationOveruse).toEqual([]);
    expect(m.blocks.every((b) => b.acuteMedicationDays === 0)).toBe(true);
  });

  it('a dose linked by the source stays linked', () => {
    const a = attack('a', '2026-01-05', '08:00', 300, MIGRAINE);
    const diary = makeDiary({
      attacks: [a],
      medications: [{ id: 'riza', name: 'Rizatriptan', class: 'triptan' }],
      intakes: [intakeFor('i', a, 'riza')],
    });
    expect(diaryDays(diary).find((d) => d.date === '2026-01-05')?.migraine).toBe(true);
  });
});
