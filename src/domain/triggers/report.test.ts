/**
 * The numerics and the report’s shape and words (`docs/trigger-analysis.md` §4, wording in
 * `docs/trigger-analysis.md` §6) on exact
 * cases: the normal quantile, the logistic fit against the closed-form 2 × 2 odds ratio, the
 * verdict rules, attack tags without control days, and the plain-language sentence.
 */
import { describe, expect, it } from 'vitest';
import { attack, dayList, makeDiary } from '../clinical/testing/fixtures.ts';
import { dataNeeded, familyZ, verdictOf } from './classify.ts';
import { fitLogistic } from './logistic.ts';
import { normalCdf, normalQuantile } from './normal.ts';
import { triggerReport } from './report.ts';
import { estimateSentence, howOften } from './wording.ts';

describe('normal distribution', () => {
  it('matches tabulated quantiles', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(1 - 0.025 / 12)).toBeCloseTo(2.86526, 5);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 5);
    expect(normalCdf(normalQuantile(0.8))).toBeCloseTo(0.8, 12);
    expect(familyZ(1)).toBeCloseTo(1.959964, 6);
  });
});

describe('logistic fit', () => {
  // A 2 × 2 table: exposed 12 onsets / 28 days without, unexposed 10 / 150.
  const rows: { x: number[]; y: number }[] = [];
  const add = (x: number, y: number, n: number) => {
    for (let i = 0; i < n; i++) rows.push({ x: [1, x], y });
  };
  add(1, 1, 12);
  add(1, 0, 28);
  add(0, 1, 10);
  add(0, 0, 150);
  const data = { x: rows.map((r) => r.x), y: rows.map((r) => r.y) };

  it('with a flat prior gives the sample odds ratio and Woolf’s standard error', () => {
    const fit = fitLogistic(data, [
      { mean: 0, sd: 1e4 },
      { mean: 0, sd: 1e4 },
    ]);
    expect(fit.converged).toBe(true);
    expect(Math.exp(fit.mode[1] ?? 0)).toBeCloseTo((12 * 150) / (28 * 10), 6);
    const woolf = Math.sqrt(1 / 12 + 1 / 28 + 1 / 10 + 1 / 150);
    expect(Math.sqrt(fit.covariance[1]?.[1] ?? 0)).toBeCloseTo(woolf, 6);
  });

  it('with a normal prior shrinks towards 1 and stays finite under complete separation', () => {
    const shrunk = fitLogistic(data, [
      { mean: 0, sd: 10 },
      { mean: 0, sd: 1 },
    ]);
    expect(shrunk.mode[1]).toBeLessThan(Math.log((12 * 150) / (28 * 10)));
    const separated = fitLogistic(
      {
        x: [
          [1, 1],
          [1, 1],
          [1, 0],
          [1, 0],
          [1, 0],
        ],
        y: [1, 1, 0, 0, 0],
      },
      [
        { mean: 0, sd: 10 },
        { mean: 0, sd: 2 },
      ],
    );
    expect(separated.converged).toBe(true);
    expect(Number.isFinite(separated.mode[1])).toBe(true);
  });
});

describe('verdict rules', () => {
  const z = familyZ(11);
  it('calls a trigger only when the family-wise interval excludes 1', () => {
    expect(verdictOf({ logOr: Math.log(3), sd: 0.35 }, z, 'exposure')).toBe('likely_trigger');
    // Plain 95 % excludes 1 (1.96·0.35 < ln 2.2) but the family-wise interval does not.
    expect(verdictOf({ logOr: Math.log(2.2), sd: 0.35 }, z, 'exposure')).toBe('not_enough_data');
    expect(verdictOf({ logOr: Math.log(0.3), sd: 0.35 }, z, 'exposure')).toBe('likely_protective');
  });
  it('never calls a premonitory-type factor a trigger or protective', () => {
    expect(verdictOf({ logOr: Math.log(3), sd: 0.35 }, z, 'symptomLike')).toBe(
      'early_warning_or_trigger',
    );
    expect(verdictOf({ logOr: Math.log(0.3), sd: 0.35 }, z, 'symptomLike')).toBe(
      'early_warning_or_trigger',
    );
  });
  it('says "no strong link" when the 95 % interval lies inside (1/2, 2)', () => {
    expect(verdictOf({ logOr: 0.1, sd: 0.25 }, z, 'exposure')).toBe('no_strong_link');
    expect(verdictOf({ logOr: 0.1, sd: 0.4 }, z, 'exposure')).toBe('not_enough_data');
  });
  it('projects the more diary a decision needs from the pace so far', () => {
    const counts = { rows: 50, onsets: 5, exposed: 10, exposedOnsets: 1 };
    const needed = dataNeeded(counts, null, 5);
    expect(needed?.attacks).toBeGreaterThanOrEqual(3); // at least 8 onsets in all
    expect(needed?.weeks).toBeGreaterThan(0);
    expect(dataNeeded({ ...counts, exposed: 0, exposedOnsets: 0 }, null, 5)).toBeNull();
  });
});

describe('plain words', () => {
  it('reads an odds ratio and its interval as in the issue', () => {
    expect(estimateSentence('nightBefore', 'less than 6 h of sleep', 2.02, [1.2, 3.4])).toBe(
      'On days after less than 6 h of sleep, an attack started about twice as often (could be 1.2 to 3.4 times).',
    );
    expect(howOften(1)).toBe('about as often as after other days');
    expect(howOften(0.5)).toBe('about half as often');
    expect(howOften(0.7)).toBe('about 30 % less often');
    expect(howOften(3.04)).toBe('about 3.0 times as often');
  });
});

describe('trigger report', () => {
  const days = dayList('2026-01-01', 60);
  const diary = makeDiary({
    dayEntries: days.map((date, i) => ({ date, stress: i % 5, alcoholUnits: i % 4 === 0 ? 1 : 0 })),
    attacks: [
      attack('a1', '2026-01-05', '10:00', 120, { triggers: ['stress', 'Red_wine'] }),
      attack('a2', '2026-01-20', '10:00', 120, { triggers: ['weather', 'bright_light'] }),
      attack('a3', '2026-02-10', '10:00', 120, { triggers: ['Weather'] }),
    ],
  });
  const person = { ...diary, person: { ...diary.person, factors: ['stress_anxiety' as const] } };
  const report = triggerReport(person, '2026-03-05T09:00:00Z');
  const byName = new Map(report.factors.map((f) => [f.factor, f]));

  it('lists every check-in factor with its verdict and the suspicion marks', () => {
    expect(report.factors.slice(0, 12).map((f) => f.factor)).toEqual([
      'sleepHours',
      'sleepQuality',
      'stress',
      'waterLiters',
      'screenHours',
      'caffeineMg',
      'alcoholUnits',
      'mealsSkipped',
      'menstruation',
      'neckTension',
      'jawTension',
      'earlyWarning',
    ]);
    expect(byName.get('stress')?.suspected).toEqual({
      profile: true,
      attackTags: ['stress'],
      attacksTagged: 1,
    });
    expect(byName.get('alcoholUnits')?.suspected.attackTags).toEqual(['Red_wine']);
    // Three onsets: below the minimum data, so nothing is tested and nothing is called.
    expect(report.factorsTested).toBe(0);
    expect(byName.get('stress')?.verdict).toBe('not_enough_data');
    expect(byName.get('stress')?.needed?.attacks).toBeGreaterThanOrEqual(5);
    expect(byName.get('sleepHours')?.explanation).toMatch(/not recorded/);
  });

  it('says attack-only tags have no control days and offers the daily check-in', () => {
    const weather = report.factors.filter((f) => f.factor.toLowerCase() === 'weather');
    expect(weather).toHaveLength(1); // "weather" and "Weather" are one tag
    expect(weather[0]).toMatchObject({
      source: 'attack_tag',
      verdict: 'not_enough_data',
      controlDays: 0,
      offerCheckIn: true,
      suspected: { attacksTagged: 2 },
    });
    expect(weather[0]?.explanation).toMatch(/no days without an attack/);
    expect(byName.get('bright_light')?.verdict).toBe('early_warning_or_trigger');
  });
});
