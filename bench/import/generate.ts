import { addDays } from '../../src/domain/calendar/dates.ts';

/** Check-in days one person can have: diary dates lie in 1900–2099 (docs/clinic-security.md §3.1). */
const MAX_DAYS = 73_000;

/**
 * A synthetic but valid diary with `rows` records in total, shaped like real use: mostly
 * attacks, intakes and daily check-ins, some sessions and questionnaires. Dates run forward from
 * 1900: one check-in a day (at most MAX_DAYS of them; the rows beyond become more attacks and
 * intakes), attacks every 2 hours, sessions every 12 hours, all inside the allowed dates.
 */
export function bigDiary(rows: number) {
  const n = Math.floor(rows / 10);
  const dayCount = Math.min(3 * n, MAX_DAYS);
  const attackCount = 3 * n + Math.ceil((3 * n - dayCount) / 2);
  const attacks = [];
  const intakes = [];
  const days = [];
  const sessions = [];
  const questionnaires = [];
  const base = Date.UTC(1900, 0, 1);
  const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
  for (let i = 0; i < attackCount; i++) {
    const start = base + i * 7_200_000;
    attacks.push({
      id: `a${i}`,
      start: iso(start),
      end: iso(start + 3_600_000),
      peakPain: i % 11,
      side: 'left',
      regions: ['temple', 'behind_eye'],
      quality: ['pulsating'],
      worseWithActivity: true,
      nausea: i % 2 === 0,
      photophobia: true,
      phonophobia: false,
      disability: i % 4,
      triggers: ['stress'],
    });
    intakes.push({
      id: `i${i}`,
      medicationId: `m${i % 20}`,
      at: iso(start + 600_000),
      dose: '50 mg',
      attackId: `a${i}`,
      relief: 'partial',
    });
  }
  for (let i = 0; i < dayCount; i++) {
    days.push({
      date: addDays('1900-01-01', i),
      sleepHours: 7,
      stress: i % 11,
      waterLiters: 1.5,
      neckTension: 3,
      menstruation: false,
    });
  }
  const therapies = Array.from({ length: 10 }, (_, i) => ({
    id: `t${i}`,
    name: `Therapy ${i}`,
    kind: 'craniosacral',
    start: '1900-01-01',
    end: null,
  }));
  for (let i = 0; i < n - 40; i++) {
    sessions.push({
      id: `s${i}`,
      therapyId: `t${i % 10}`,
      at: iso(base + i * 43_200_000),
      durationMinutes: 50,
      handPositions: ['skull_base', 'sacrum'],
      painBefore: 5,
      painAfter: 3,
    });
  }
  for (let i = 0; i < 10; i++) {
    questionnaires.push({
      id: `q${i}`,
      instrument: 'hit6',
      date: addDays('1900-01-01', i * 30),
      answers: [2, 3, 3, 4, 2, 3],
    });
  }
  const medications = Array.from({ length: 20 }, (_, i) => ({
    id: `m${i}`,
    name: `Medication ${i}`,
    class: 'triptan',
  }));
  return {
    format: 'stillpoint.diary',
    version: 1,
    person: { timeZone: 'Europe/Berlin' },
    days,
    attacks,
    medications,
    intakes,
    therapies,
    sessions,
    questionnaires,
  };
}
