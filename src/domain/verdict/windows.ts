/**
 * Turns a daily series and a therapy course into the two analysis phases of an AB comparison:
 * the baseline (whole 28-day blocks counted back from the first session) and the evaluation
 * window (whole 28-day blocks after the run-in). Blocks are calendar ranges; counting events in
 * them is separate, so one set of windows serves the primary and every secondary outcome.
 */
import { dayNumber, formatDay } from './dates.ts';
import { BLOCK_DAYS, type VerdictOptions } from './options.ts';
import type { DailyOutcome, TherapyCourse } from './types.ts';

/** A calendar range of one block; `center` is its midpoint in days relative to the start. */
export interface BlockRange {
  phase: 'A' | 'B';
  from: number;
  to: number;
  center: number;
}

/** A block with its counts for one outcome. */
export interface BlockCount extends BlockRange {
  recorded: number;
  events: number;
}

/** The calendar layout of a course's AB comparison. */
export interface PhaseLayout {
  startDay: number;
  runInDays: number;
  baseline: BlockRange[];
  evaluation: BlockRange[];
}

/** Day-number index of a series; days absent from the series count as unrecorded. */
export interface SeriesIndex {
  get(day: number): DailyOutcome | undefined;
  firstRecorded: number | null;
  lastRecorded: number | null;
}

/** Indexes a series by day number (later duplicates of a date replace earlier ones). */
export function indexSeries(series: readonly DailyOutcome[]): SeriesIndex {
  const byDay = new Map<number, DailyOutcome>();
  let firstRecorded: number | null = null;
  let lastRecorded: number | null = null;
  for (const d of series) {
    const n = dayNumber(d.date);
    byDay.set(n, d);
    if (d.recorded) {
      firstRecorded = firstRecorded === null ? n : Math.min(firstRecorded, n);
      lastRecorded = lastRecorded === null ? n : Math.max(lastRecorded, n);
    }
  }
  return { get: (day) => byDay.get(day), firstRecorded, lastRecorded };
}

function range(phase: 'A' | 'B', from: number, to: number, start: number): BlockRange {
  return { phase, from, to, center: (from + to) / 2 - start };
}

/**
 * Lays out the baseline and evaluation blocks. Baseline: up to `maxBaselineDays` of whole
 * blocks ending the day before `start`, never before the first recorded day; when less than one
 * block exists, one partial block (so the data can still be described; a gate then fails).
 * Evaluation: whole blocks from `start + runIn` up to the course end or the last recorded day,
 * at most `maxEvaluationDays`, with the same partial-block rule.
 */
export function layoutPhases(
  index: SeriesIndex,
  course: TherapyCourse,
  options: VerdictOptions,
): PhaseLayout {
  const start = dayNumber(course.start);
  const runIn = course.runInDays ?? options.runInDays;
  const baseline: BlockRange[] = [];
  const evaluation: BlockRange[] = [];
  if (index.firstRecorded !== null && index.firstRecorded < start) {
    const available = start - index.firstRecorded;
    const n = Math.min(
      Math.floor(options.maxBaselineDays / BLOCK_DAYS),
      Math.floor(available / BLOCK_DAYS),
    );
    for (let i = n; i >= 1; i -= 1) {
      baseline.push(range('A', start - BLOCK_DAYS * i, start - BLOCK_DAYS * (i - 1) - 1, start));
    }
    if (n === 0) baseline.push(range('A', index.firstRecorded, start - 1, start));
  }
  const evalFrom = start + runIn;
  const endDay = course.end === null ? Number.POSITIVE_INFINITY : dayNumber(course.end);
  const last = Math.min(endDay, index.lastRecorded ?? Number.NEGATIVE_INFINITY);
  if (last >= evalFrom) {
    const available = last - evalFrom + 1;
    const n = Math.min(
      Math.floor(options.maxEvaluationDays / BLOCK_DAYS),
      Math.floor(available / BLOCK_DAYS),
    );
    for (let i = 0; i < n; i += 1) {
      const from = evalFrom + BLOCK_DAYS * i;
      evaluation.push(range('B', from, from + BLOCK_DAYS - 1, start));
    }
    if (n === 0) evaluation.push(range('B', evalFrom, last, start));
  }
  return { startDay: start, runInDays: runIn, baseline, evaluation };
}

/** Counts recorded days and event days of every block for one outcome. */
export function countBlocks(
  index: SeriesIndex,
  blocks: readonly BlockRange[],
  isEvent: (d: DailyOutcome) => boolean,
): BlockCount[] {
  return blocks.map((b) => {
    let recorded = 0;
    let events = 0;
    for (let day = b.from; day <= b.to; day += 1) {
      const d = index.get(day);
      if (d?.recorded) {
        recorded += 1;
        if (isEvent(d)) events += 1;
      }
    }
    return { ...b, recorded, events };
  });
}

/**
 * The day-by-day outcome of a phase as 1 (event), 0 (no event) or null (not recorded), in
 * calendar order across its blocks; input of the clustering estimate.
 */
export function daySequence(
  index: SeriesIndex,
  blocks: readonly BlockRange[],
  isEvent: (d: DailyOutcome) => boolean,
): (0 | 1 | null)[] {
  const out: (0 | 1 | null)[] = [];
  for (const b of blocks) {
    for (let day = b.from; day <= b.to; day += 1) {
      const d = index.get(day);
      out.push(d?.recorded ? (isEvent(d) ? 1 : 0) : null);
    }
  }
  return out;
}

/** First and last calendar day of a list of blocks, as `YYYY-MM-DD`, or nulls when empty. */
export function blockSpan(blocks: readonly BlockRange[]): {
  from: string | null;
  to: string | null;
} {
  const first = blocks[0];
  const last = blocks[blocks.length - 1];
  return { from: first ? formatDay(first.from) : null, to: last ? formatDay(last.to) : null };
}
