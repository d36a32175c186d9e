import { describe, expect, it } from 'vitest';
import { cadencePhase, recommendNextSession } from './cadence.ts';
import { addDays } from './dates.ts';
import { immediateEffects, studentTQuantile } from './immediate-effects.ts';
import { evenSeries } from './series-builder.ts';
import type { DailyOutcome } from './types.ts';

describe('immediate effects (uncontrolled)', () => {
  it('summarises in-session change with a t interval and labels it uncontrolled', () => {
    const sessions = [
      { date: '2026-02-01', painBefore: 6, painAfter: 3 },
      { date: '2026-02-08', painBefore: 5, painAfter: 3 },
      { date: '2026-02-15', painBefore: 4, painAfter: 3 },
      { date: '2026-02-22', painBefore: null, painAfter: 2 },
    ];
    const r = immediateEffects(sessions, []);
    expect(r.label).toBe('uncontrolled');
    expect(r.inSession).toMatchObject({ n: 3, meanBefore: 5, meanAfter: 3, mean: -2 });
    const half = (studentTQuantile(0.975, 2) * 1) / Math.sqrt(3);
    expect(r.inSession?.ci95?.[0]).toBeCloseTo(-2 - half, 10);
    expect(r.caveat).toMatch(/Uncontrolled/);
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.2281388519649385, 9);
  });

  it('compares next-day pain with other days between the first and last session', () => {
    const series: DailyOutcome[] = Array.from({ length: 20 }, (_, i) => ({
      date: addDays('2026-02-01', i),
      recorded: true,
      migraineDay: false,
      headacheDay: i % 7 !== 1,
      peakPain: i % 7 === 1 ? null : 4,
    }));
    const r = immediateEffects(
      [{ date: '2026-02-01' }, { date: '2026-02-08' }, { date: '2026-02-15' }],
      series,
    );
    expect(r.nextDay?.afterSession).toEqual({ n: 3, mean: 0 });
    expect(r.nextDay?.otherDays.mean).toBe(4);
    expect(r.nextDay?.difference).toBe(-4);
  });
});

describe('session cadence', () => {
  const TODAY = '2026-06-30';
  const history = (blocks: number[]) =>
    evenSeries(
      addDays(TODAY, -28 * blocks.length + 1),
      blocks.map((e) => [28, e] as const),
    );

  it('classifies phases with the documented thresholds', () => {
    expect(cadencePhase(history([4, 9]), TODAY).phase).toBe('high');
    expect(cadencePhase(history([2, 1]), TODAY).phase).toBe('maintenance');
    expect(cadencePhase(history([6, 2]), TODAY).phase).toBe('stabilising');
    expect(cadencePhase(history([1, 5]), TODAY).phase).toBe('stabilising');
    expect(cadencePhase([], TODAY).phase).toBe('unknown');
    expect(cadencePhase(history([4, 5]), TODAY, { highPhaseMinPer28: 5 }).phase).toBe('high');
  });

  it('moves through weekly → 2–3 weekly → monthly as migraine days fall', () => {
    const last = addDays(TODAY, -3);
    const high = recommendNextSession(history([3, 10]), [last], TODAY);
    expect(high).toMatchObject({ phase: 'high', intervalDays: 7, nextSession: addDays(last, 7) });
    const worsening = recommendNextSession(history([2, 4]), [last], TODAY);
    expect(worsening).toMatchObject({ phase: 'stabilising', intervalDays: 14 });
    const easing = recommendNextSession(history([6, 4]), [last], TODAY);
    expect(easing).toMatchObject({ phase: 'stabilising', intervalDays: 21 });
    const calm = recommendNextSession(history([2, 1]), [last], TODAY);
    expect(calm).toMatchObject({
      phase: 'maintenance',
      intervalDays: 28,
      nextSession: addDays(last, 28),
    });
    expect(calm.reason).toMatch(/monthly/);
  });

  it('brings the session forward after an early-warning sign and never schedules in the past', () => {
    const last = addDays(TODAY, -10);
    const series = history([1, 1]).map((d) =>
      d.date === addDays(TODAY, -1) ? { ...d, earlyWarning: true } : d,
    );
    const r = recommendNextSession(series, [last], TODAY);
    expect(r.earlyWarning).toBe(addDays(TODAY, -1));
    expect(r.nextSession).toBe(addDays(TODAY, 1));
    expect(r.reason).toMatch(/early-warning/);
    const overdue = recommendNextSession(history([9, 9]), [addDays(TODAY, -30)], TODAY);
    expect(overdue.nextSession).toBe(TODAY);
    expect(recommendNextSession(history([9, 9]), [], TODAY).nextSession).toBe(TODAY);
  });
});
