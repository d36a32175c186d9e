/** Test vectors TV-MIDAS-1 … 3 and TV-HIT-1 … 5 of docs/clinical-rules.md §9.4. */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.ts';
import { diaryMetrics } from '../index.ts';
import { makeDiary } from '../testing/fixtures.ts';
import { hit6Change, scoreHit6 } from './hit6.ts';
import { scoreMidas } from './midas.ts';

describe('MIDAS vectors (docs/clinical-rules.md §9.4)', () => {
  it('TV-MIDAS-1: (2,3,4,1,5), A 20, B 7 → 15, III (A and B not added)', () => {
    expect(scoreMidas([2, 3, 4, 1, 5, 20, 7])).toMatchObject({
      score: 15,
      grade: 'III',
      disability: 'moderate',
      headacheDays: 20,
      averagePain: 7,
    });
  });

  it('TV-MIDAS-2: grade boundaries 5 I · 6 II · 10 II · 11 III · 21 IV', () => {
    const cases: [number[], number, string][] = [
      [[0, 0, 2, 1, 2], 5, 'I'],
      [[0, 1, 2, 1, 2], 6, 'II'],
      [[4, 2, 2, 1, 1], 10, 'II'],
      [[4, 2, 2, 1, 2], 11, 'III'],
      [[10, 5, 3, 2, 1], 21, 'IV'],
    ];
    for (const [items, score, grade] of cases) {
      expect(scoreMidas([...items, 10, 5])).toMatchObject({ score, grade });
    }
    expect(scoreMidas([10, 5, 3, 2, 1, 10, 5], true).grade).toBe('IV-A');
    expect(scoreMidas([20, 10, 10, 1, 1, 10, 5], true).grade).toBe('IV-B');
  });

  it('TV-MIDAS-3: Q1 60, Q2 40 → invalid (work items > maximum)', () => {
    const score = () => scoreMidas([60, 40, 0, 0, 0, 30, 5]);
    expect(score).toThrow(AppError);
    expect(score).toThrow(/Q1 \+ Q2/);
    expect(() => scoreMidas([0, 0, 0, 0, 0, 10, 11])).toThrow(/answers\[6\]/);
  });
});

describe('HIT-6 vectors (docs/clinical-rules.md §9.4)', () => {
  it('TV-HIT-1: all Never · all Always → 36 little/none · 78 severe', () => {
    expect(scoreHit6([1, 1, 1, 1, 1, 1])).toEqual({ total: 36, band: 'little_or_none' });
    expect(scoreHit6([5, 5, 5, 5, 5, 5])).toEqual({ total: 78, band: 'severe' });
  });

  it('TV-HIT-2: all Sometimes → 60 severe (boundary)', () => {
    expect(scoreHit6([3, 3, 3, 3, 3, 3])).toEqual({ total: 60, band: 'severe' });
  });

  it('TV-HIT-3: Never, Rarely, Sometimes, Very often, Always, Sometimes → 58 substantial', () => {
    expect(scoreHit6([1, 2, 3, 4, 5, 3])).toEqual({ total: 58, band: 'substantial' });
  });

  it('TV-HIT-4: 49 little/none · 50 some · 55 some · 57 substantial', () => {
    expect(scoreHit6([2, 2, 2, 2, 1, 4])).toEqual({ total: 49, band: 'little_or_none' });
    expect(scoreHit6([2, 2, 2, 2, 2, 3])).toEqual({ total: 50, band: 'some' });
    expect(scoreHit6([2, 2, 2, 3, 3, 4])).toEqual({ total: 55, band: 'some' });
    expect(scoreHit6([2, 2, 3, 3, 3, 4])).toEqual({ total: 57, band: 'substantial' });
  });

  it('TV-HIT-5: 62 → 58 is −4: not a reliable change', () => {
    expect(hit6Change(62, 58)).toEqual({ delta: -4, verdict: 'not_a_reliable_change' });
    expect(hit6Change(62, 57).verdict).toBe('improved');
  });

  it('refuses anything but six codes 1–5', () => {
    expect(() => scoreHit6([1, 2, 3, 4, 5])).toThrow(AppError);
    expect(() => scoreHit6([1, 2, 3, 4, 5, 6])).toThrow(/answers\[5\]/);
  });

  it('reports scores with the change since the previous entry in the metrics', () => {
    const diary = makeDiary({
      questionnaires: [
        { id: 'h2', instrument: 'hit6', date: '2026-03-01', answers: [3, 3, 3, 3, 3, 2] },
        { id: 'h1', instrument: 'hit6', date: '2026-01-01', answers: [3, 3, 3, 3, 4, 4] },
        { id: 'm1', instrument: 'midas', date: '2026-01-01', answers: [2, 3, 4, 1, 5, 20, 7] },
      ],
    });
    const q = diaryMetrics(diary, { now: '2026-03-02T00:00:00Z' }).questionnaires;
    expect(q.map((x) => [x.id, x.score, x.band])).toEqual([
      ['h1', 62, 'severe'],
      ['m1', 15, 'III'],
      ['h2', 58, 'substantial'],
    ]);
    expect(q[2]?.change).toEqual({ previousId: 'h1', delta: -4, verdict: 'not_a_reliable_change' });
  });
});
