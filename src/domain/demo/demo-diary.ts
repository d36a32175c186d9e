import { addDays } from '../calendar/dates.ts';
import { addMinutes, localTimeToUtc } from '../calendar/instants.ts';
import type { Attack, Day, Diary, Intake, Session } from '../diary/diary.schema.ts';
import { DIARY_FORMAT, DIARY_VERSION } from '../diary/diary.schema.ts';
import { SeededRandom } from './random.ts';

export interface DemoOptions {
  /** Last calendar day of the diary (local, `YYYY-MM-DD`); the diary covers 182 days to it. */
  until: string;
  seed?: number;
  timeZone?: string;
}

/** Days in the demo diary (six months). */
export const DEMO_DAYS = 182;
/** Day index on which craniosacral therapy starts: after an 8-week baseline. */
export const DEMO_THERAPY_DAY = 56;

/**
 * Chance that an attack starts on day `d`: an ordinary month, then a bad month right before
 * therapy (why people start one), then a gradual decline — the story a newcomer recognises.
 */
function onsetChance(d: number): number {
  if (d < 28) return 0.2;
  if (d < DEMO_THERAPY_DAY) return 0.32;
  if (d < DEMO_THERAPY_DAY + 35) return 0.2;
  return 0.13;
}

const TRIGGERS = [
  'stress',
  'sleep_disruption',
  'screen_time',
  'skipped_meal',
  'weather',
  'alcohol',
  'menstruation',
];
const RELIEF = ['dark_room', 'sleep', 'cold_pack', 'hydration', 'breathing'];

/**
 * A realistic, deterministic six-month diary of a person who starts craniosacral therapy after
 * a bad month: migraine attacks with full ICHD-3 features (some with visual aura), a few
 * tension-type headaches, triptan and ibuprofen intakes, daily check-ins with gaps, a CST
 * course with weekly then fortnightly sessions, and HIT-6/MIDAS before and after.
 * Same options → byte-identical diary.
 */
export function demoDiary(options: DemoOptions): Diary {
  const rng = new SeededRandom(options.seed ?? 20260201);
  const tz = options.timeZone ?? 'Europe/Berlin';
  const first = addDays(options.until, -(DEMO_DAYS - 1));
  const dateOf = (d: number) => addDays(first, d);
  const attacks: Attack[] = [];
  const intakes: Intake[] = [];
  const attackDays = new Set<number>();
  let busyUntil = '';

  for (let d = 0; d < DEMO_DAYS - 1; d++) {
    if (!rng.chance(onsetChance(d))) continue;
    const start = localTimeToUtc(
      dateOf(d),
      rng.pick([5, 6, 7, 9, 13, 16, 19]),
      rng.pick([0, 15, 30, 45]),
      tz,
    );
    if (start <= busyUntil) continue;
    const migraine = rng.chance(0.8);
    const hours = migraine
      ? rng.around(d < DEMO_THERAPY_DAY ? 16 : 11, 8, 4, 48)
      : rng.around(4, 2, 1, 8);
    const end = addMinutes(start, hours * 60);
    busyUntil = addMinutes(end, 12 * 60);
    const id = `demo-a-${String(attacks.length + 1).padStart(3, '0')}`;
    const peakPain = migraine
      ? rng.around(d < DEMO_THERAPY_DAY ? 7 : 6, 1.3, 4, 10)
      : rng.around(4, 1, 2, 6);
    const readings = [
      { at: addMinutes(start, 10), pain: Math.max(1, peakPain - rng.int(1, 3)) },
      { at: addMinutes(start, Math.round(hours * 20)), pain: peakPain },
    ];
    const aura = migraine && rng.chance(0.15);
    attacks.push({
      id,
      start,
      end,
      timeZone: tz,
      peakPain,
      side: migraine ? rng.pick(['left', 'left', 'right', 'both'] as const) : 'both',
      regions: migraine
        ? rng.some(['temple', 'behind_eye', 'forehead', 'neck'] as const, 0.5)
        : ['forehead', 'back_of_head'],
      quality: migraine ? ['pulsating'] : ['pressing'],
      worseWithActivity: migraine ? rng.chance(0.85) : false,
      nausea: migraine ? rng.chance(0.7) : false,
      vomiting: migraine ? rng.chance(0.2) : false,
      photophobia: migraine ? rng.chance(0.85) : rng.chance(0.1),
      phonophobia: migraine ? rng.chance(0.6) : false,
      autonomic: [],
      restless: false,
      aura: aura
        ? [
            {
              type: 'visual',
              durationMinutes: rng.int(15, 40),
              spreadMinutes: rng.int(5, 15),
              positive: true,
              unilateral: true,
            },
          ]
        : [],
      auraToHeadacheMinutes: aura ? rng.int(5, 45) : null,
      disability: migraine ? rng.pick([1, 2, 2, 3]) : rng.pick([0, 1]),
      triggers: rng.chance(0.7) ? rng.some(TRIGGERS, 0.25) : [],
      reliefMeasures: migraine ? rng.some(RELIEF, 0.4) : ['hydration'],
      redFlags: [],
      readings,
    });
    for (let k = 0; k * 24 < hours + 24; k++) attackDays.add(d + k);
    if (migraine && rng.chance(0.65)) {
      intakes.push({
        id: `demo-i-${String(intakes.length + 1).padStart(3, '0')}`,
        medicationId: 'demo-m-sumatriptan',
        at: addMinutes(start, rng.int(20, 90)),
        dose: '50 mg',
        attackId: id,
        relief: rng.pick(['complete', 'partial', 'partial', 'none'] as const),
      });
    }
    if (rng.chance(migraine ? 0.35 : 0.7)) {
      intakes.push({
        id: `demo-i-${String(intakes.length + 1).padStart(3, '0')}`,
        medicationId: 'demo-m-ibuprofen',
        at: addMinutes(start, rng.int(5, 40)),
        dose: '400 mg',
        attackId: id,
        relief: rng.pick(['partial', 'none', 'complete'] as const),
      });
    }
  }

  const days = checkIns(rng, DEMO_DAYS, dateOf, attackDays);
  const sessions = cstSessions(rng, dateOf, tz);
  return {
    format: DIARY_FORMAT,
    version: DIARY_VERSION,
    person: {
      timeZone: tz,
      birthDate: '1988-04-02',
      priorMigraineAttacks: 40,
      factors: ['neck_tension', 'stress_anxiety'],
    },
    days,
    attacks,
    medications: [
      { id: 'demo-m-ibuprofen', name: 'Ibuprofen', class: 'nonopioid_analgesic' },
      { id: 'demo-m-sumatriptan', name: 'Sumatriptan', class: 'triptan' },
    ],
    intakes: intakes.sort((a, b) => (a.at < b.at ? -1 : 1)),
    therapies: [
      {
        id: 'demo-t-cst',
        name: 'Craniosacral therapy',
        kind: 'craniosacral',
        start: dateOf(DEMO_THERAPY_DAY),
        end: null,
        runInDays: 14,
      },
    ],
    sessions,
    questionnaires: [
      {
        id: 'demo-q-hit6-1',
        instrument: 'hit6',
        date: dateOf(DEMO_THERAPY_DAY - 2),
        answers: [4, 4, 3, 4, 3, 3],
      },
      {
        id: 'demo-q-midas-1',
        instrument: 'midas',
        date: dateOf(DEMO_THERAPY_DAY - 2),
        answers: [4, 6, 5, 7, 4, 24, 7],
      },
      {
        id: 'demo-q-hit6-2',
        instrument: 'hit6',
        date: dateOf(DEMO_DAYS - 7),
        answers: [3, 3, 3, 3, 2, 3],
      },
      {
        id: 'demo-q-midas-2',
        instrument: 'midas',
        date: dateOf(DEMO_DAYS - 7),
        answers: [2, 3, 2, 4, 2, 15, 6],
      },
    ],
  };
}

/** Daily check-ins: most days, a week-long gap, stress and neck tension easing with therapy. */
function checkIns(
  rng: SeededRandom,
  n: number,
  dateOf: (d: number) => string,
  attackDays: Set<number>,
): Day[] {
  const days: Day[] = [];
  const gapStart = 120;
  for (let d = 0; d < n; d++) {
    const inGap = d >= gapStart && d < gapStart + 6;
    if (inGap || (!attackDays.has(d) && rng.chance(0.1))) continue;
    const treated = d >= DEMO_THERAPY_DAY;
    const bad = d >= 28 && d < DEMO_THERAPY_DAY;
    const cycleDay = (d + 9) % 28;
    days.push({
      date: dateOf(d),
      sleepHours: rng.around(bad ? 6 : 7, 0.8, 4, 9.5, 0.5),
      sleepQuality: rng.around(bad ? 2.5 : 3.5, 0.8, 1, 5),
      stress: rng.around(bad ? 7 : treated ? 4 : 5.5, 1.5, 0, 10),
      waterLiters: rng.around(treated ? 2 : 1.5, 0.4, 0.5, 3.5, 0.25),
      screenHours: rng.around(7, 1.5, 2, 12, 0.5),
      caffeineMg: rng.pick([100, 200, 200, 300]),
      alcoholUnits: rng.chance(0.15) ? rng.int(1, 3) : 0,
      mealsSkipped: rng.chance(0.15) ? 1 : 0,
      menstruation: cycleDay < 5,
      neckTension: rng.around(bad ? 7 : treated ? 3.5 : 5.5, 1.5, 0, 10),
      jawTension: rng.around(bad ? 4 : 2, 1.2, 0, 10),
      earlyWarning: attackDays.has(d + 1) && rng.chance(0.35),
      control: rng.around(treated ? 6 : 4, 1.5, 0, 10),
    });
  }
  return days;
}

/** CST sessions: weekly for six weeks from the therapy start, then every two weeks. */
function cstSessions(rng: SeededRandom, dateOf: (d: number) => string, tz: string): Session[] {
  const sessions: Session[] = [];
  const POSITIONS = [
    'skull_base',
    'sides_of_head',
    'forehead',
    'lower_back',
    'spine',
    'sacrum',
  ] as const;
  for (let d = DEMO_THERAPY_DAY; d < DEMO_DAYS; d += sessions.length < 6 ? 7 : 14) {
    const before = rng.around(sessions.length < 6 ? 4 : 2, 1.5, 0, 9);
    sessions.push({
      id: `demo-s-${String(sessions.length + 1).padStart(2, '0')}`,
      therapyId: 'demo-t-cst',
      at: localTimeToUtc(dateOf(d), 16, 0, tz),
      durationMinutes: 50,
      handPositions: [...POSITIONS],
      techniques: rng.some(['still_point', 'cv4', 'occipital_release', 'sacral_release'], 0.5),
      painBefore: before,
      painAfter: Math.max(0, before - rng.int(0, 3)),
      sensations: rng.some(['deep_relaxation', 'warmth', 'pulsing', 'tingling'], 0.4),
      practitioner: 'A. Practitioner',
    });
  }
  return sessions;
}
