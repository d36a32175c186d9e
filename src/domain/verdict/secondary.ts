/**
 * Secondary outcomes (docs/clinical-rules.md §4, issue 4): other day counts (headache,
 * moderate/severe, acute-medication, lost days) through the same block model as the primary,
 * and means (peak pain, duration, stress) as plain before/after descriptions. None of them
 * changes the verdict.
 */
import { compareOutcome } from './comparison.ts';
import { BLOCK_DAYS, type VerdictOptions } from './options.ts';
import type { DailyOutcome, SecondaryOutcome, VerdictOutcome } from './types.ts';
import type { BlockRange, SeriesIndex } from './windows.ts';

type Flag = 'migraineDay' | 'headacheDay' | 'moderateSevereDay' | 'acuteMedicationDay' | 'dayLost';
type Measure = 'peakPain' | 'durationHours' | 'stress';

const COUNTS: readonly [string, Flag][] = [
  ['migraine_days', 'migraineDay'],
  ['headache_days', 'headacheDay'],
  ['moderate_severe_days', 'moderateSevereDay'],
  ['acute_medication_days', 'acuteMedicationDay'],
  ['days_lost', 'dayLost'],
];
const MEANS: readonly [string, Measure][] = [
  ['peak_pain', 'peakPain'],
  ['duration_hours', 'durationHours'],
  ['stress', 'stress'],
];

function eachRecorded(
  index: SeriesIndex,
  blocks: readonly BlockRange[],
  f: (d: DailyOutcome) => void,
) {
  for (const b of blocks) {
    for (let day = b.from; day <= b.to; day += 1) {
      const d = index.get(day);
      if (d?.recorded) f(d);
    }
  }
}

function meanOf(index: SeriesIndex, blocks: readonly BlockRange[], key: Measure) {
  let s = 0;
  let n = 0;
  eachRecorded(index, blocks, (d) => {
    const v = d[key];
    if (typeof v === 'number' && Number.isFinite(v)) {
      s += v;
      n += 1;
    }
  });
  return { mean: n > 0 ? s / n : null, n };
}

function flagSeen(index: SeriesIndex, blocks: readonly BlockRange[], key: Flag): boolean {
  let seen = false;
  eachRecorded(index, blocks, (d) => {
    if (d[key] !== undefined) seen = true;
  });
  return seen;
}

/**
 * Computes every secondary outcome present in the data (a flag or measure that no recorded
 * day carries is skipped), excluding the primary outcome. Means are over the days that carry
 * the value (peak pain and duration: headache days only).
 */
export function secondaryOutcomes(
  index: SeriesIndex,
  a: readonly BlockRange[],
  b: readonly BlockRange[],
  primary: VerdictOutcome,
  options: VerdictOptions,
): SecondaryOutcome[] {
  const out: SecondaryOutcome[] = [];
  for (const [name, key] of COUNTS) {
    if (name === primary || !flagSeen(index, [...a, ...b], key)) continue;
    const c = compareOutcome(index, a, b, (d) => d[key] === true, options);
    if (!c) continue;
    const rate = (bl: typeof c.baseline) => {
      const rec = bl.reduce((s, x) => s + x.recorded, 0);
      return { per28: (BLOCK_DAYS * bl.reduce((s, x) => s + x.events, 0)) / rec, rec };
    };
    const ra = rate(c.baseline);
    const rb = rate(c.treatment);
    out.push({
      outcome: name,
      kind: 'days_per_28',
      baseline: ra.per28,
      treatment: rb.per28,
      rateRatio: { median: c.ratio.median, ci95: c.ratio.ci95 },
      pLower: c.ratio.pBelowOne,
      n: [ra.rec, rb.rec],
    });
  }
  for (const [name, key] of MEANS) {
    const ma = meanOf(index, a, key);
    const mb = meanOf(index, b, key);
    if (ma.n + mb.n === 0) continue;
    out.push({
      outcome: name,
      kind: 'mean',
      baseline: ma.mean,
      treatment: mb.mean,
      rateRatio: null,
      pLower: null,
      n: [ma.n, mb.n],
    });
  }
  return out;
}
