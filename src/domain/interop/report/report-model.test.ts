/** The doctor report's data: blocks ending on the last day, counts, placeholders, honesty. */
import { describe, expect, it } from 'vitest';
import { demoDiary } from '../../demo/demo-diary.ts';
import { sliceDiary } from '../slice.ts';
import { stableUuid } from '../uuid.ts';
import { reportModel } from './report-model.ts';

describe('doctor report model', () => {
  const diary = demoDiary({ until: '2026-06-30', seed: 7 });
  const m = reportModel(diary, {
    from: '2026-01-01',
    to: '2026-06-30',
    now: '2026-07-01T08:00:00Z',
  });

  it('lays whole 28-day blocks ending on the last day of the period', () => {
    expect(m.blocks).toHaveLength(7);
    expect(m.blocks.at(-1)?.end).toBe('2026-06-30');
    expect(m.blocks[0]?.start).toBe('2025-12-17');
    expect(m.blocks.every((b) => b.migraineDays <= b.headacheDays)).toBe(true);
  });

  it('counts exactly the period and lists its attacks in onset order', () => {
    expect(m.period.days).toBe(181);
    expect(m.summary.attacks).toBe(m.attacks.length);
    expect(m.attacks.every((a) => a.date >= '2026-01-01' && a.date <= '2026-06-30')).toBe(true);
    const dates = m.attacks.map((a) => `${a.date} ${a.time}`);
    expect([...dates].sort()).toEqual(dates);
  });

  it('gives each course its verdict, marks suggestions as not a diagnosis and shows score changes', () => {
    expect(m.therapies[0]?.verdict).toMatch(
      /^(insufficient data|no clear change|improved|worsened): .+ Rate ratio \d\.\d\d \(95 % /,
    );
    expect(m.therapies[0]?.verdictWarnings.join(' ')).not.toContain('1 in 4 people');
    expect(m.disclaimer).toMatch(/not a diagnosis/);
    expect(m.questionnaires.map((q) => q.change)).toContain('−5 (improved)');
    expect(m.medication.map((r) => r.class)).toEqual(['triptan', 'nonopioid_analgesic']);
  });

  it('carries the trigger report over the whole diary: suspected factors and attack-only tags', () => {
    const t = m.triggers;
    expect(t.note).toMatch(/^Whole diary 2025-\d\d-\d\d – 2026-06-30: \d+ days at risk/);
    expect(t.rows.map((r) => r.factor)).toContain('Stress'); // in the demo profile
    expect(t.rows.every((r) => r.finding.length > 0)).toBe(true);
    expect(t.tagsOnly).toMatch(/weather \(\d+\)/);
    expect(t.caveat).toMatch(/not proof of cause/);
  });
});

describe('helpers', () => {
  it('derives stable, distinct version-8 UUIDs', () => {
    const a = stableUuid('stillpoint:attack:a1');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableUuid('stillpoint:attack:a1')).toBe(a);
    expect(stableUuid('stillpoint:attack:a2')).not.toBe(a);
  });

  it('slices a diary to a period and keeps it self-contained', () => {
    const diary = demoDiary({ until: '2026-06-30', seed: 7 });
    const march = sliceDiary(diary, { from: '2026-03-01', to: '2026-03-31' });
    const attacks = new Set(march.attacks.map((a) => a.id));
    expect(march.intakes.every((i) => i.attackId === null || attacks.has(i.attackId))).toBe(true);
    expect(march.medications).toEqual(diary.medications);
    expect(march.days.every((d) => d.date.startsWith('2026-03'))).toBe(true);
  });
});
