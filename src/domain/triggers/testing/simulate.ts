/**
 * Simulated people for the trigger tests and benchmark (`docs/trigger-analysis.md` §7): a daily
 * attack process with the traps of real diaries switched on or off, written out as a real
 * `stillpoint.diary` so the report runs end to end.
 *
 * Attack process: on each day without an attack going, an onset happens with probability
 *     logit h = logit(1 − exp(−λ((g + 1)^k − g^k))) + spell + log(OR)·trigger(d − 1)
 * with g = attack-free days since the last attack (Weibull shape k: k > 1 is a refractory
 * period), `spell` = log 3 during hidden "bad spells" (clustering), and one optional true
 * trigger. Attacks last 4–72 h (median `attackHours`) from a morning-heavy onset hour.
 *
 * Check-in factors (11, none of them acting unless named as the trigger): sleep hours and
 * quality (the night before), stress with a weekly rhythm, water, screens, caffeine, alcohol
 * (more at weekends), skipped meals, neck and jaw tension, early-warning sign. Switches:
 * `autocorrelated` (stress weeks, runs of poor sleep), `clustering`, `avoidance` (no alcohol,
 * fewer screens, less caffeine, longer sleep on attack days), `gapDrift` (drinking more the
 * longer one has been well), `prodromeNeck` (neck tension rises the day before an onset),
 * `menstruation` (a 26–32-day cycle recorded on bleeding days), and MCAR missing check-ins.
 */
import { addDays } from '../../calendar/dates.ts';
import { type Attack, attackSchema, type Day, type Diary } from '../../diary/diary.schema.ts';
import { createRandom, type Random } from '../../verdict/random.ts';

export type SimTrigger = 'alcoholUnits' | 'mealsSkipped' | 'sleepHours';

export interface SimScenario {
  days: number;
  /** Target attack rate per 30 days (λ is calibrated to it). */
  attacksPer30: number;
  /** Weibull shape of the gap hazard (1: none; 1.5: refractory period). */
  weibullShape: number;
  clustering: boolean;
  autocorrelated: boolean;
  avoidance: boolean;
  gapDrift: boolean;
  prodromeNeck: boolean;
  menstruation: boolean;
  /** Share of days without a check-in (missing completely at random). */
  missing: number;
  /** Median attack duration in hours (log-normal, 4–72 h). */
  attackHours: number;
  trigger?: { factor: SimTrigger; oddsRatio: number };
}

export const BASE_SCENARIO: Readonly<SimScenario> = Object.freeze({
  days: 180,
  attacksPer30: 4,
  weibullShape: 1.5,
  clustering: false,
  autocorrelated: false,
  avoidance: false,
  gapDrift: false,
  prodromeNeck: false,
  menstruation: false,
  missing: 0.15,
  attackHours: 20,
});

/** What a correctly specified model would know: each day at risk with its true baseline. */
export interface TruthRow {
  /** Day index (0 = first diary day). */
  t: number;
  onset: boolean;
  /** Onset probability without the trigger (gap and spell included). */
  baseline: number;
  /** The true trigger's exposure on the day before; null when its check-in is missing. */
  triggerExposed: boolean | null;
}

export interface SimPerson {
  diary: Diary;
  truth: TruthRow[];
  attacks: number;
}

const FIRST_DAY = '2025-01-06'; // a Monday
const HOURS = [3, 5, 6, 6, 7, 7, 8, 9, 10, 12, 14, 16, 18, 20, 22];

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const round = (v: number, step: number) => Math.round(v / step) * step;
const logit = (p: number) => Math.log(p / (1 - p));
const expit = (x: number) => 1 / (1 + Math.exp(-x));

/** The attack-free baseline for the scenario's λ: Weibull increment in one day. */
function weibullDay(lambda: number, k: number, g: number): number {
  return 1 - Math.exp(-lambda * ((g + 1) ** k - g ** k));
}

interface Latent {
  sleep: number;
  stress: number;
  neck: number;
  jaw: number;
  stressWeek: boolean;
  spell: boolean;
}

function triggerValue(factor: SimTrigger, day: Day | undefined): boolean | null {
  if (!day) return null;
  if (factor === 'alcoholUnits') return (day.alcoholUnits ?? 0) > 0;
  if (factor === 'mealsSkipped') return (day.mealsSkipped ?? 0) > 0;
  return (day.sleepHours ?? 24) < 6;
}

function dayValues(
  rng: Random,
  s: SimScenario,
  t: number,
  z: Latent,
  inAttack: boolean,
  gap: number,
): Day {
  const weekday = t % 7; // 0 = Monday
  const weekend = weekday >= 5;
  const rhoSleep = s.autocorrelated ? 0.8 : 0.3;
  z.sleep = rhoSleep * z.sleep + Math.sqrt(1 - rhoSleep ** 2) * rng.normal();
  if (weekday === 0) z.stressWeek = s.autocorrelated && rng.next() < 0.3;
  const rhoStress = s.autocorrelated ? 0.8 : 0.5;
  z.stress = rhoStress * z.stress + Math.sqrt(1 - rhoStress ** 2) * rng.normal();
  z.neck = 0.5 * z.neck + Math.sqrt(0.75) * rng.normal();
  z.jaw = 0.5 * z.jaw + Math.sqrt(0.75) * rng.normal();
  let sleep = 7 + (weekend ? 0.5 : 0) + z.sleep;
  if (s.avoidance && inAttack) sleep += 1.5;
  const sleepHours = clamp(round(sleep, 0.5), 3, 12);
  const stressRaw = 4 + (weekend ? -1 : 0.5) + (z.stressWeek ? 3 : 0) + 1.5 * z.stress;
  let alcoholChance = weekend ? 0.4 : 0.12;
  if (s.gapDrift) alcoholChance *= clamp((gap + 1) / 12, 0.15, 1.6);
  if (s.avoidance && inAttack) alcoholChance = 0;
  const screen = 6 + (weekend ? 1 : 0) + 1.5 * rng.normal() - (s.avoidance && inAttack ? 3 : 0);
  const caffeine = 200 + 60 * rng.normal() - (s.avoidance && inAttack ? 80 : 0);
  return {
    date: addDays(FIRST_DAY, t),
    sleepHours,
    sleepQuality: clamp(Math.round(3 + 0.8 * (sleepHours - 7) + 0.8 * rng.normal()), 1, 5),
    stress: clamp(Math.round(stressRaw), 0, 10),
    waterLiters: clamp(round(1.8 + 0.4 * rng.normal(), 0.1), 0.2, 5),
    screenHours: clamp(round(screen, 0.5), 0, 16),
    caffeineMg: clamp(round(caffeine, 10), 0, 800),
    alcoholUnits: rng.next() < alcoholChance ? 1 + rng.int(4) : 0,
    mealsSkipped: rng.next() < 0.15 ? 1 : 0,
    neckTension: clamp(Math.round(3 + 1.5 * z.neck), 0, 10),
    jawTension: clamp(Math.round(2 + 1.2 * z.jaw), 0, 10),
    earlyWarning: rng.next() < 0.08,
  };
}

/** An attack record through the diary schema, so every default is the format's own. */
function attackRecord(rng: Random, id: number, t: number, hour: number, hours: number): Attack {
  const startMs = Date.parse(`${addDays(FIRST_DAY, t)}T00:00:00Z`) + hour * 3_600_000;
  const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
  return attackSchema.parse({
    id: `sim-a-${id}`,
    start: iso(startMs),
    end: iso(startMs + hours * 3_600_000),
    peakPain: 5 + rng.int(5),
  });
}

/** One simulated person for the scenario, with λ given (see `calibrateLambda`). */
export function simulatePerson(s: SimScenario, lambda: number, seed: number): SimPerson {
  const rng = createRandom(seed);
  const z: Latent = { sleep: 0, stress: 0, neck: 0, jaw: 0, stressWeek: false, spell: false };
  const logOr = s.trigger ? Math.log(s.trigger.oddsRatio) : 0;
  const values: Day[] = [];
  const attacks: Attack[] = [];
  const onsetDays: number[] = [];
  const truth: TruthRow[] = [];
  const recorded: boolean[] = [];
  let attackUntil = -1; // last day touched by the latest attack
  const cycleLength = 26 + rng.int(7);
  const cycleOffset = rng.int(cycleLength);
  for (let t = 0; t < s.days; t += 1) {
    if (s.clustering) z.spell = z.spell ? rng.next() >= 1 / 14 : rng.next() < 1 / 60;
    const free = t > attackUntil;
    const gap = free ? t - attackUntil - 1 : 0;
    let onset = false;
    if (free) {
      const base = clamp(
        expit(logit(weibullDay(lambda, s.weibullShape, gap)) + (z.spell ? Math.log(3) : 0)),
        1e-6,
        1 - 1e-6,
      );
      const before = values[t - 1];
      const exposedTrue = s.trigger && before ? triggerValue(s.trigger.factor, before) : false;
      const h = expit(logit(base) + (exposedTrue ? logOr : 0));
      onset = rng.next() < h;
      if (t > 0 && s.trigger) {
        truth.push({
          t,
          onset,
          baseline: base,
          triggerExposed: recorded[t - 1] ? (exposedTrue ?? null) : null,
        });
      }
      if (onset) {
        const hour = HOURS[rng.int(HOURS.length)] ?? 8;
        const hours = clamp(
          Math.round(Math.exp(Math.log(s.attackHours) + 0.6 * rng.normal())),
          4,
          72,
        );
        attacks.push(attackRecord(rng, attacks.length + 1, t, hour, hours));
        onsetDays.push(t);
        attackUntil = t + Math.floor((hour + hours - 1e-9) / 24);
      }
    }
    const day = dayValues(rng, s, t, z, t <= attackUntil, gap);
    if (s.menstruation && (t + cycleOffset) % cycleLength < 5) day.menstruation = true;
    values.push(day);
    recorded.push(rng.next() >= s.missing);
  }
  if (s.prodromeNeck) {
    for (const t of onsetDays) {
      const d = values[t - 1];
      if (d) d.neckTension = clamp((d.neckTension ?? 3) + 4, 0, 10);
    }
  }
  const days = values.filter((_, t) => recorded[t]);
  const diary: Diary = {
    format: 'stillpoint.diary',
    version: 1,
    person: { timeZone: 'UTC', factors: [] },
    days,
    attacks,
    medications: [],
    intakes: [],
    therapies: [],
    sessions: [],
    questionnaires: [],
  };
  return { diary, truth, attacks: attacks.length };
}

/**
 * λ for which the scenario's people have `attacksPer30` attacks per 30 days on average, by
 * bisection on log λ over 40 simulated people (fixed seeds, so the same λ every run).
 */
export function calibrateLambda(s: SimScenario): number {
  let lo = Math.log(1e-4);
  let hi = Math.log(2);
  const probe = { ...s, days: 365, trigger: undefined, prodromeNeck: false };
  for (let i = 0; i < 24; i += 1) {
    const mid = (lo + hi) / 2;
    let attacks = 0;
    for (let p = 0; p < 40; p += 1)
      attacks += simulatePerson(probe, Math.exp(mid), 7_000_000 + p).attacks;
    const rate = (attacks / 40 / 365) * 30;
    if (rate < s.attacksPer30) lo = mid;
    else hi = mid;
  }
  return Math.exp((lo + hi) / 2);
}
