/**
 * Scenarios of the calibration study. Every diary has an 84-day baseline (more history in the
 * worst-month scenario), a 28-day run-in and an 84-day evaluation window, a personal base rate
 * of 3–10 migraine days per 28 days (log-uniform) and a random calendar start.
 */
import { dayNumber, formatDay } from '../../src/domain/verdict/dates.ts';
import type { Random } from '../../src/domain/verdict/random.ts';
import type { DailyOutcome, TherapyCourse } from '../../src/domain/verdict/types.ts';
import {
  ar1MonthCurve,
  attackDays,
  gammaMonthCurve,
  independentDays,
  type RateCurve,
  seasonCycleCurve,
} from './processes.ts';

/** One simulated diary with the day index of the first session. */
export interface SimDiary {
  series: DailyOutcome[];
  course: TherapyCourse;
  /** Index in `series` of the first session. */
  start: number;
}

/** A named scenario: `effect` tells whether the therapy truly changes the rate. */
export interface Scenario {
  id: string;
  label: string;
  effect: boolean;
  /** Part of the "Poisson scenarios" used for the power goal. */
  poisson: boolean;
  /** A stress test beyond realistic conditions: reported, not a goal. */
  stress?: boolean;
  /** Options passed to the verdict (diagnostic rows only). */
  options?: Record<string, unknown>;
  simulate(rng: Random): SimDiary;
}

const BASE = 84;
const RUN_IN = 28;
const EVAL = 84;
const FIRST_DAY = dayNumber('2025-01-01');

function baseRate(rng: Random): number {
  const mmd = 3 * (10 / 3) ** rng.next();
  return mmd / 28;
}

function toDiary(rng: Random, events: boolean[], start: number, missing = 0): SimDiary {
  const first = FIRST_DAY + rng.int(365);
  const series = events.map((e, t) => {
    const recorded = missing === 0 || rng.next() >= missing;
    return {
      date: formatDay(first + t),
      recorded,
      migraineDay: recorded && e,
      headacheDay: recorded && e,
    };
  });
  return {
    series,
    course: { therapyId: 'sim', start: formatDay(first + start), end: null, runInDays: RUN_IN },
    start,
  };
}

const ONE: RateCurve = () => 1;
const times =
  (a: RateCurve, b: RateCurve): RateCurve =>
  (t) =>
    a(t) * b(t);
/** Therapy multiplier: 1 before the start, `1 − reduction` after, ramping over `rampDays`. */
const therapy =
  (start: number, reduction: number, rampDays = 0): RateCurve =>
  (t) => {
    if (t < start) return 1;
    const f = rampDays > 0 ? Math.min(1, (t - start) / rampDays) : 1;
    return 1 - reduction * f;
  };

const N = BASE + RUN_IN + EVAL;

function plain(id: string, label: string, make: (rng: Random) => boolean[], missing = 0): Scenario {
  return {
    id,
    label,
    effect: false,
    poisson: false,
    simulate: (rng) => toDiary(rng, make(rng), BASE, missing),
  };
}

/**
 * Start right after the worst observed 28-day block of a fluctuating year-long diary (AR(1)
 * monthly log-rate with SD `sd` + multi-day attacks); the whole year is in the diary.
 */
function worstMonth(rng: Random, sd: number): SimDiary {
  const blocks = 13;
  const total = blocks * 28 + RUN_IN + EVAL;
  const curve = ar1MonthCurve(rng, total, sd, 0.5);
  const events = attackDays(rng, total, baseRate(rng), curve);
  let best = 2;
  let bestCount = -1;
  for (let k = 2; k < blocks; k += 1) {
    const c = events.slice(k * 28, k * 28 + 28).filter(Boolean).length;
    if (c > bestCount) {
      bestCount = c;
      best = k;
    }
  }
  const start = (best + 1) * 28;
  return toDiary(rng, events.slice(0, start + RUN_IN + EVAL), start);
}

function effect(id: string, label: string, reduction: number, rampDays = 0): Scenario {
  return {
    id,
    label,
    effect: true,
    poisson: true,
    simulate: (r) =>
      toDiary(r, independentDays(r, N, baseRate(r), therapy(BASE, reduction, rampDays)), BASE),
  };
}

const poissonDays = (r: Random) => independentDays(r, N, baseRate(r), ONE);
/** Realistic month-to-month drift: SD of the monthly log-rate (see the bench README). */
const DRIFT = 0.25;
/** Stress level: about twice the drift seen in trial placebo arms. */
const STRESS_DRIFT = 0.35;

/** Every scenario of the benchmark table, in print order. */
export const SCENARIOS: readonly Scenario[] = [
  { ...plain('null-poisson', 'Null: Poisson (independent days)', poissonDays), poisson: true },
  plain('null-attacks', 'Null: multi-day attacks, gamma month frailty (CV 0.3)', (r) =>
    attackDays(r, N, baseRate(r), gammaMonthCurve(r, N, 0.3)),
  ),
  plain('null-ar1', `Null: AR(1) monthly log-rate (SD ${DRIFT}, ρ 0.5)`, (r) =>
    independentDays(r, N, baseRate(r), ar1MonthCurve(r, N, DRIFT, 0.5)),
  ),
  plain('null-ar1-attacks', `Null: AR(1) (SD ${DRIFT}, ρ 0.5) + multi-day attacks`, (r) =>
    attackDays(r, N, baseRate(r), ar1MonthCurve(r, N, DRIFT, 0.5)),
  ),
  plain('null-season', 'Null: yearly season ±20 % + menstrual cycle ×2.5', (r) =>
    independentDays(r, N, baseRate(r), seasonCycleCurve(r, N, 0.2, 2.5)),
  ),
  {
    id: 'null-worst',
    label: `Null: start right after the worst 28-day block of a year (AR(1) SD ${DRIFT} + attacks)`,
    effect: false,
    poisson: false,
    simulate: (r) => worstMonth(r, DRIFT),
  },
  plain('null-missing', 'Null: Poisson, 20 % of days missing', poissonDays, 0.2),
  {
    ...plain(
      'null-missing-relaxed',
      'Null: Poisson, 20 % missing, completeness gate 60 % (diagnostic)',
      poissonDays,
      0.2,
    ),
    options: { minBlockCompleteness: 0.6 },
  },
  {
    ...plain('stress-ar1', `Stress: AR(1) SD ${STRESS_DRIFT} + attacks`, (r) =>
      attackDays(r, N, baseRate(r), ar1MonthCurve(r, N, STRESS_DRIFT, 0.5)),
    ),
    stress: true,
  },
  {
    id: 'stress-worst',
    label: `Stress: worst-block start, AR(1) SD ${STRESS_DRIFT} + attacks`,
    effect: false,
    poisson: false,
    stress: true,
    simulate: (r) => worstMonth(r, STRESS_DRIFT),
  },
  effect('eff-30', 'Effect: Poisson, 30 % reduction', 0.3),
  effect('eff-50', 'Effect: Poisson, 50 % reduction', 0.5),
  effect('eff-delayed', 'Effect: Poisson, 50 % reached over 8 weeks (delayed onset)', 0.5, 56),
  {
    id: 'eff-50-ar1',
    label: `Effect: 50 % reduction on AR(1) SD ${DRIFT} + attacks (information)`,
    effect: true,
    poisson: false,
    simulate: (r) =>
      toDiary(
        r,
        attackDays(r, N, baseRate(r), times(ar1MonthCurve(r, N, DRIFT, 0.5), therapy(BASE, 0.5))),
        BASE,
      ),
  },
];
