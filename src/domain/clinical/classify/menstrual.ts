/**
 * Menstrual migraine, ICHD-3 appendix A1.1 (docs/clinical-rules.md §2.8). Window = days −2 … +3
 * around day 1 (the first bleeding day; there is no day 0), i.e. the two days before day 1 and days
 * 1–3.
 * - A1.1.1 pure menstrual migraine: prospectively over ≥ 3 consecutive cycles, migraine attacks
 *   in the window in ≥ 2 of 3 cycles and at no other time;
 * - A1.1.2 menstrually related migraine: the same, plus attacks at other times.
 * Day 1 is a check-in with `menstruation: true` after a day without it.
 */

import { addDays, daysBetween } from '../../calendar/dates.ts';
import type { Diary } from '../../diary/diary.schema.ts';
import type { TypedEpisode } from './suggestion.ts';

export type MenstrualStatus = 'pure' | 'related' | 'not_met' | 'insufficient_data';

export interface MenstrualCycle {
  /** Day 1 (first bleeding day). */
  day1: string;
  windowStart: string;
  windowEnd: string;
  /** Migraine attacks starting inside the window. */
  attacks: number;
}

export interface MenstrualMigraineResult {
  status: MenstrualStatus;
  /** `A1.1.1` (pure), `A1.1.2` (menstrually related) or null. */
  code: 'A1.1.1' | 'A1.1.2' | null;
  cycles: MenstrualCycle[];
  /** Migraine attacks outside the windows over the assessed cycles. */
  attacksOutside: number;
  reasons: string[];
}

const CYCLES = 3;
const CYCLES_WITH_ATTACKS = 2;
/** *design*: cycle starts further apart than this are not consecutive (a cycle was missed). */
export const MAX_CYCLE_DAYS = 45;

/** First bleeding days: a menstruation check-in after a day without one. */
export function cycleStarts(diary: Diary): string[] {
  const bleeding = new Set(diary.days.filter((d) => d.menstruation === true).map((d) => d.date));
  return [...bleeding].filter((d) => !bleeding.has(addDays(d, -1))).sort();
}

/**
 * The perimenstrual window of the cycle whose first bleeding day is `day1`: days −2 … +3, i.e.
 * from two days before day 1 to day 3 (there is no day 0), as local dates.
 */
export function menstrualWindow(day1: string): { windowStart: string; windowEnd: string } {
  return { windowStart: addDays(day1, -2), windowEnd: addDays(day1, 2) };
}

/**
 * Assesses A1.1 on the last three consecutive cycles whose window has been fully observed
 * (`lastDay` ≥ window end). Migraine attacks are episodes typed migraine or probable migraine
 * through the 1.1 criteria (once migraine is diagnosed, 1.5 attacks count as migraine).
 */
export function menstrualMigraine(
  diary: Diary,
  items: readonly TypedEpisode[],
  lastDay: string | undefined,
): MenstrualMigraineResult {
  const starts = cycleStarts(diary).filter(
    (d) => lastDay !== undefined && menstrualWindow(d).windowEnd <= lastDay,
  );
  const recent = starts.slice(-CYCLES);
  const consecutive =
    recent.length === CYCLES &&
    recent.every((d, i) => i === 0 || daysBetween(recent[i - 1] ?? d, d) <= MAX_CYCLE_DAYS);
  const none = (reason: string): MenstrualMigraineResult => ({
    status: 'insufficient_data',
    code: null,
    cycles: [],
    attacksOutside: 0,
    reasons: [reason],
  });
  if (!consecutive) {
    return none(`Needs ${CYCLES} consecutive recorded cycles (menstruation check-ins).`);
  }
  const onsets = items.filter((i) => i.t.route === '1.1').map((i) => i.c.episode.startDate);
  const cycles = recent.map((day1) => {
    const { windowStart, windowEnd } = menstrualWindow(day1);
    const attacks = onsets.filter((d) => d >= windowStart && d <= windowEnd).length;
    return { day1, windowStart, windowEnd, attacks };
  });
  const from = cycles[0]?.windowStart ?? '';
  const to = lastDay ?? '';
  const inWindow = (d: string) => cycles.some((c) => d >= c.windowStart && d <= c.windowEnd);
  const attacksOutside = onsets.filter((d) => d >= from && d <= to && !inWindow(d)).length;
  const withAttacks = cycles.filter((c) => c.attacks > 0).length;
  if (withAttacks < CYCLES_WITH_ATTACKS) {
    return {
      status: 'not_met',
      code: null,
      cycles,
      attacksOutside,
      reasons: [
        `Migraine in the menstrual window in ${withAttacks} of ${CYCLES} cycles ` +
          `(needs ${CYCLES_WITH_ATTACKS}).`,
      ],
    };
  }
  const pure = attacksOutside === 0;
  const other = pure ? 'and at no other time' : `and ${attacksOutside} attack(s) at other times`;
  return {
    status: pure ? 'pure' : 'related',
    code: pure ? 'A1.1.1' : 'A1.1.2',
    cycles,
    attacksOutside,
    reasons: [
      `Migraine in the menstrual window (days −2 to +3) in ${withAttacks} of ${CYCLES} ` +
        `cycles, ${other}.`,
    ],
  };
}
