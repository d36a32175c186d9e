import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/dates.ts';
import { analyseDiary } from '../clinical/analysis.ts';
import { resolveClinicalOptions } from '../clinical/options.ts';
import {
  type AttackInput,
  at,
  attack,
  type DiaryParts,
  dayList,
  type IntakeInput,
  MIGRAINE,
  makeDiary,
} from '../clinical/testing/fixtures.ts';
import type { AppError } from '../errors.ts';
import {
  dailySeries,
  draftPlan,
  preventiveChangeDays,
  therapyNextSession,
  therapyPlan,
  therapyVerdict,
} from './index.ts';

const START = '2026-04-01'; // first session; baseline = the 84 days before
const FIRST = addDays(START, -84);
const NOW = '2026-08-01T10:00:00Z';

/** Migraine attacks (6 h, morning) on every `every`-th day from `from` for `days` days. */
function migraines(prefix: string, from: string, days: number, every: number): AttackInput[] {
  return dayList(from, days)
    .filter((_, i) => i % every === 0)
    .map((d, i) => attack(`${prefix}${i}`, d, '08:00', 360, MIGRAINE));
}

const cst = {
  id: 'cst',
  name: 'Craniosacral therapy',
  kind: 'craniosacral' as const,
  start: START,
  runInDays: 28,
};

function weeklySessions(from: string, count: number, pain?: [number, number]) {
  return Array.from({ length: count }, (_, i) => ({
    id: `s${i}`,
    therapyId: 'cst',
    at: at(addDays(from, 7 * i), '17:00'),
    ...(pain ? { painBefore: pain[0], painAfter: pain[1] } : {}),
  }));
}

/** A fully recorded diary: `before` and `after` attack spacing around the course start. */
function story(before: number, after: number, extra: Partial<DiaryParts> = {}) {
  return makeDiary({
    priorMigraineAttacks: 20,
    checkIns: dayList(FIRST, 84 + 112),
    attacks: [...migraines('b', FIRST, 84, before), ...migraines('t', START, 112, after)],
    therapies: [cst],
    sessions: weeklySessions(START, 12, [5, 3]),
    ...extra,
  });
}

describe('daily series from the day table', () => {
  it('carries migraine days, pain, hours, stress and early-warning signs per day', () => {
    const d = makeDiary({
      priorMigraineAttacks: 20,
      attacks: [attack('a', '2026-03-02', '08:00', 300, { ...MIGRAINE, peakPain: 7 })],
      dayEntries: [
        { date: '2026-03-01', stress: 8, earlyWarning: true },
        { date: '2026-03-03', stress: 2 },
      ],
    });
    const series = dailySeries(
      analyseDiary(d, resolveClinicalOptions({})),
      new Set(['2026-03-10']),
    );
    expect(series.map((s) => s.date)).toEqual([
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
      '2026-03-10',
    ]);
    expect(series[0]).toMatchObject({
      recorded: true,
      migraineDay: false,
      stress: 8,
      earlyWarning: true,
    });
    expect(series[1]).toMatchObject({
      recorded: true,
      migraineDay: true,
      headacheDay: true,
      moderateSevereDay: true,
      peakPain: 7,
      durationHours: 5,
    });
    expect(series[3]).toMatchObject({ recorded: false, preventiveChange: true });
  });
});

describe('preventive changes', () => {
  const medications = [
    { id: 'topi', name: 'Topiramate', class: 'preventive' as const },
    { id: 'eren', name: 'Erenumab', class: 'preventive' as const },
  ];
  const intake = (id: string, medicationId: string, date: string): IntakeInput => ({
    id,
    medicationId,
    at: at(date, '09:00'),
  });

  it('reads a start, a stop after a long gap and a restart from daily intakes', () => {
    const days = [...dayList('2026-02-01', 20), ...dayList('2026-05-01', 10)];
    const d = makeDiary({
      medications,
      intakes: days.map((day, i) => intake(`i${i}`, 'topi', day)),
      therapies: [cst],
    });
    const changes = preventiveChangeDays(d, d.therapies[0]!, '2026-08-01');
    expect([...changes].sort()).toEqual(['2026-02-01', '2026-02-20', '2026-05-01', '2026-05-10']);
  });

  it('does not read a monthly injection rhythm as stopping and restarting', () => {
    const d = makeDiary({
      medications,
      intakes: [0, 1, 2, 3, 4].map((m) => intake(`e${m}`, 'eren', addDays('2026-01-05', 30 * m))),
      therapies: [cst],
    });
    expect([...preventiveChangeDays(d, d.therapies[0]!, '2026-06-01')]).toEqual(['2026-01-05']);
  });

  it('skips the evaluated drug itself and counts other medication courses', () => {
    const d = makeDiary({
      medications,
      intakes: [intake('t1', 'topi', '2026-03-01')],
      therapies: [
        { id: 'drug', name: 'topiramate', kind: 'medication', start: '2026-03-01' },
        {
          id: 'mag',
          name: 'Magnesium',
          kind: 'supplement',
          start: '2026-02-10',
          end: '2026-04-10',
        },
      ],
    });
    const changes = preventiveChangeDays(d, d.therapies[0]!, '2026-03-01');
    expect([...changes].sort()).toEqual(['2026-02-10', '2026-04-10']);
  });
});

describe('therapy verdict on a diary', () => {
  it('says improved when migraine days fall from 7 to 1 per 28 and never claims a cause', () => {
    const v = therapyVerdict(story(4, 28), { now: NOW });
    expect(v.therapyId).toBe('cst');
    expect(v.verdict).toBe('improved');
    expect(v.baseline).toMatchObject({ days: 84, recordedDays: 84, eventDays: 21 });
    expect(v.treatment.per28).toBeCloseTo(1, 5);
    expect(v.rateRatio?.ci95[1]).toBeLessThan(1);
    expect(v.pImproved).toBeGreaterThanOrEqual(0.95);
    expect(v.warnings.map((w) => w.code)).toContain('placebo_context');
    expect(v.summary).not.toMatch(/caus/i);
    expect(v.immediateEffects).toMatchObject({
      label: 'uncontrolled',
      inSession: { n: 12, mean: -2 },
    });
    expect(v.abab).toBeNull();
  });

  it('counts headache days with --outcome headache_days', () => {
    const v = therapyVerdict(story(4, 4), { now: NOW, outcome: 'headache_days' });
    expect(v.outcome).toBe('headache_days');
    expect(v.verdict).toBe('no_clear_change');
  });

  it('gives insufficient_data when a preventive was started inside the baseline', () => {
    const d = story(4, 28, {
      medications: [{ id: 'p', name: 'Propranolol', class: 'preventive' }],
      intakes: dayList(addDays(START, -30), 140).map((day, i) => ({
        id: `p${i}`,
        medicationId: 'p',
        at: at(day, '08:00'),
      })),
    });
    const v = therapyVerdict(d, { now: NOW });
    expect(v.verdict).toBe('insufficient_data');
    expect(v.warnings.find((w) => w.code === 'preventive_change')?.message).toMatch(/preventive/i);
  });

  it('gives insufficient_data when the baseline is shorter than 28 recorded days', () => {
    const d = makeDiary({
      priorMigraineAttacks: 20,
      checkIns: dayList(addDays(START, -20), 140),
      therapies: [cst],
    });
    const v = therapyVerdict(d, { now: NOW });
    expect(v.verdict).toBe('insufficient_data');
    expect(v.warnings.map((w) => w.code)).toContain('baseline_short');
  });

  it('names the field when the course does not exist or there is none', () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e as AppError;
      }
      throw new Error('no error');
    };
    expect(err(() => therapyVerdict(story(4, 4), { now: NOW, therapyId: 'nope' }))).toMatchObject({
      code: 'not_found',
      field: 'therapyId',
    });
    expect(err(() => therapyVerdict(makeDiary(), { now: NOW }))).toMatchObject({
      code: 'not_found',
      field: 'therapies',
    });
    expect(err(() => therapyVerdict(story(4, 4), {} as never))).toMatchObject({ field: 'now' });
  });
});

describe('next session', () => {
  it('follows the phase and ends with the course', () => {
    const running = therapyNextSession(story(4, 4), { now: NOW });
    expect(running).toMatchObject({ basis: 'cadence', phase: 'high', intervalDays: 7 });
    const ended = therapyNextSession(story(4, 4, { therapies: [{ ...cst, end: '2026-07-01' }] }), {
      now: NOW,
    });
    expect(ended).toMatchObject({ basis: 'ended', nextSession: null });
    expect(ended.reason).toMatch(/ended on 2026-07-01/);
  });
});

describe('ABAB plans on a course', () => {
  const diary = story(4, 4);

  it('draws a plan from tomorrow, deterministic in its seed', () => {
    const a = draftPlan(diary, { now: NOW, request: {}, seed: 7 });
    const b = draftPlan(diary, { now: NOW, request: {}, seed: 7 });
    expect(a.stored).toMatchObject({
      start: '2026-08-02',
      pairs: 5,
      periodDays: 28,
      washoutDays: 14,
    });
    expect(a.view.plan.orders).toEqual(b.view.plan.orders);
    expect(a.view.status).toBe('not_started');
    expect(a.view.result.adherence.pendingPeriods).toBe(10);
    expect(a.view.plan.caveat).toMatch(/expectation effects cannot be excluded/);
  });

  it('refuses a start in the past and a second plan', () => {
    expect(() => draftPlan(diary, { now: NOW, request: { start: '2026-07-01' }, seed: 1 })).toThrow(
      expect.objectContaining({ code: 'invalid', field: 'start' }),
    );
    const { stored } = draftPlan(diary, { now: NOW, request: {}, seed: 1 });
    const planned = { ...diary, therapies: [{ ...diary.therapies[0]!, plan: stored }] };
    expect(() => draftPlan(planned, { now: NOW, request: {}, seed: 2 })).toThrow(
      expect.objectContaining({ code: 'conflict', field: 'plan' }),
    );
    expect(() => therapyPlan(diary, { now: NOW })).toThrow(
      expect.objectContaining({ code: 'not_found', field: 'plan' }),
    );
  });

  it('does not let a plan written after its start confirm an effect', () => {
    const late = {
      seed: 5,
      start: '2026-05-01',
      pairs: 5,
      periodDays: 14,
      washoutDays: 0,
      blindable: false,
      createdAt: '2026-07-20T08:00:00Z',
    };
    const planned = { ...diary, therapies: [{ ...diary.therapies[0]!, plan: late }] };
    const view = therapyPlan(planned, { now: NOW });
    expect(view.fixedBeforeStart).toBe(false);
    expect(view.result.tracked).toBe(false);
    expect(view.result.messages[0]).toMatch(/stored on 2026-07-20, after its first period began/);
  });

  it('holds sessions back during a period without the therapy', () => {
    const { stored, view } = draftPlan(diary, { now: NOW, request: {}, seed: 3 });
    const a = view.plan.periods.find((p) => p.condition === 'A')!;
    const planned = { ...diary, therapies: [{ ...diary.therapies[0]!, plan: stored }] };
    const next = therapyNextSession(planned, { now: at(a.start, '12:00').replace(/\.\d+Z$/, 'Z') });
    expect(next.basis).toBe('plan');
    expect(next.nextSession! > a.end).toBe(true);
    const status = therapyPlan(planned, { now: at(a.start, '12:00') });
    expect(status.current).toMatchObject({ condition: 'A', day: 1, analysed: false });
  });
});
