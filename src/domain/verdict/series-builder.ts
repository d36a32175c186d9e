/**
 * Builds daily series from segment counts — for examples, tests and benchmarks. Events are
 * spread evenly inside each segment (no clustering), every day is recorded, and the event flag
 * sets both `migraineDay` and `headacheDay`.
 */
import { addDays } from './dates.ts';
import type { DailyOutcome, LocalDate } from './types.ts';

/** A segment: number of days and number of event days among them. */
export type Segment = readonly [days: number, events: number];

/**
 * Consecutive segments starting at `start`; segment i has `events` evenly spaced event days
 * (day j is an event when ⌊(j+1)·e/d⌋ > ⌊j·e/d⌋). Throws RangeError when events > days.
 */
export function evenSeries(start: LocalDate, segments: readonly Segment[]): DailyOutcome[] {
  const out: DailyOutcome[] = [];
  for (const [days, events] of segments) {
    if (events > days || events < 0) throw new RangeError('events must be within 0…days');
    for (let j = 0; j < days; j += 1) {
      const e = Math.floor(((j + 1) * events) / days) > Math.floor((j * events) / days);
      out.push({
        date: addDays(start, out.length),
        recorded: true,
        migraineDay: e,
        headacheDay: e,
      });
    }
  }
  return out;
}
