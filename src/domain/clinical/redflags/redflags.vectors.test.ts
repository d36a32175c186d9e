/** Test vectors TV-RF-1 … TV-RF-6 of docs/clinical-rules.md §9.5 (SNNOOP10 red flags). */
import { describe, expect, it } from 'vitest';
import type { RedFlag } from '../../diary/vocabulary.ts';
import { diaryMetrics, SNNOOP10_SCREEN } from '../index.ts';
import { attack, MIGRAINE, makeDiary } from '../testing/fixtures.ts';

const NOW = '2026-02-01T12:00:00Z';

function screen(redFlags: RedFlag[], birthDate = '1986-01-01', options = {}) {
  const diary = makeDiary({
    birthDate,
    attacks: [attack('a1', '2026-01-20', '09:00', 240, { ...MIGRAINE, redFlags })],
  });
  return diaryMetrics(diary, { now: NOW, ...options }).redFlags;
}

const items = (r: ReturnType<typeof screen>) => r[0]?.flags.map((f) => f.item) ?? [];

describe('red-flag vectors (docs/clinical-rules.md §9.5)', () => {
  it('TV-RF-1: worst headache of my life, peaked within a minute → #4 emergency', () => {
    const r = screen(['thunderclap']);
    expect(items(r)).toEqual([4]);
    expect(r[0]?.action).toBe('emergency');
    expect(r[0]?.message).toContain('emergency');
  });

  it('TV-RF-2: new headaches from age 67 · 55 → #5 (+#6) prompt review · flagged at ≥ 50', () => {
    const at67 = screen(['pattern_change'], '1958-06-01');
    expect(items(at67)).toEqual([5, 6]);
    expect(at67[0]?.action).toBe('prompt_review');
    expect(at67[0]?.flags[0]?.derived).toBe(true);
    expect(items(screen(['pattern_change'], '1970-06-01'))).toEqual([5, 6]);
    expect(items(screen(['pattern_change'], '1970-06-01', { olderOnsetAge: 65 }))).toEqual([6]);
  });

  it('TV-RF-3: only when upright, relieved lying down → #7 review', () => {
    const r = screen(['positional']);
    expect(items(r)).toEqual([7]);
    expect(r[0]?.action).toBe('prompt_review');
  });

  it('TV-RF-4: fever and neck stiffness → #1 emergency', () => {
    const r = screen(['systemic', 'systemic_severe']);
    expect(items(r)).toEqual([1]);
    expect(r[0]?.action).toBe('emergency');
    expect(screen(['systemic'])[0]?.action).toBe('urgent');
  });

  it('TV-RF-5: new headache 2 weeks post-partum → #11 urgent', () => {
    const r = screen(['pregnancy', 'pattern_change']);
    expect(items(r)).toEqual([6, 11]);
    expect(r[0]?.action).toBe('urgent');
  });

  it('TV-RF-6: typical migraine unchanged for 10 years, age 40 → no flag', () => {
    expect(screen([], '1986-01-01')).toEqual([]);
  });

  it('covers every SNNOOP10 item with a question and an action', () => {
    expect(new Set(SNNOOP10_SCREEN.map((i) => i.item))).toEqual(
      new Set(Array.from({ length: 15 }, (_, i) => i + 1)),
    );
    const trauma = screen(['post_traumatic', 'anticoagulated']);
    expect(trauma[0]?.flags.map((f) => [f.item, f.action])).toEqual([[13, 'emergency']]);
    expect(screen(['anticoagulated'])).toEqual([]);
  });
});
