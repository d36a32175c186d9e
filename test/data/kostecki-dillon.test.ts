/**
 * The verdict on a real cohort (Kostecki-Dillon daily headache diaries, biofeedback from day 0)
 * through the product path: daily CSV import → diary → clinical day table → verdict. Issue 4:
 * every patient without 28 recorded baseline days must get `insufficient_data`; the few with a
 * baseline get the comparison the data allow, and the counts match the raw file.
 */
import { describe, expect, it } from 'vitest';
import { EXPLORATORY, runCohort } from '../../bench/verdict/kostecki-dillon.ts';
import { baselineDays, kosteckiPatients } from '../../bench/verdict/kostecki-dillon-diaries.ts';

describe('Kostecki-Dillon cohort verdicts', () => {
  const patients = kosteckiPatients();
  const standard = runCohort(patients, {});
  const explore = runCohort(patients, EXPLORATORY);

  it('imports all 133 patients with one diary day per row', () => {
    expect(patients).toHaveLength(133);
    for (const p of patients) expect(p.diary.days, `id ${p.id}`).toHaveLength(p.headache.size);
  });

  it('gives insufficient_data to every patient with fewer than 28 baseline days', () => {
    const short = patients.filter((p) => baselineDays(p) < 28);
    expect(short).toHaveLength(129);
    for (const p of short) {
      expect(standard.get(p.id)?.verdict, `id ${p.id}`).toBe('insufficient_data');
      expect(explore.get(p.id)?.verdict, `id ${p.id}`).toBe('insufficient_data');
      expect(standard.get(p.id)?.warnings.map((w) => w.code)).toContain('baseline_short');
    }
  });

  it('compares the four patients with a baseline on exactly their recorded headache days', () => {
    const long = patients.filter((p) => baselineDays(p) >= 28);
    expect(long.map((p) => p.id)).toEqual([10, 75, 108, 120]);
    for (const p of long) {
      const v = explore.get(p.id);
      const days = [...p.headache.entries()];
      const pre = days.filter(([t]) => t < 0 && t >= -28);
      expect(v?.baseline.recordedDays, `id ${p.id}`).toBe(pre.length);
      expect(v?.baseline.eventDays, `id ${p.id}`).toBe(pre.filter(([, h]) => h).length);
      expect(standard.get(p.id)?.verdict).toBe('insufficient_data'); // diaries end too early
    }
    expect(long.map((p) => explore.get(p.id)?.verdict)).toEqual([
      'no_clear_change',
      'no_clear_change',
      'insufficient_data',
      'insufficient_data',
    ]);
  });
});
