/**
 * Session cadence by phase, as CST and massage practitioners plan it (docs/clinical-rules.md §8.8):
 * weekly in a high-migraine phase, every 2–3 weeks while stabilising, monthly in maintenance, and
 * sooner when an early-warning sign is logged. Every threshold is a named option with a documented
 * default; this is scheduling advice, not a clinical rule.
 */
import { dayNumber, formatDay } from './dates.ts';
import { BLOCK_DAYS } from './options.ts';
import type { DailyOutcome, LocalDate } from './types.ts';
import { indexSeries, type SeriesIndex } from './windows.ts';

/** Cadence thresholds and intervals. */
export interface CadenceOptions {
  /** Migraine days per 28 (last 28 days) from which the phase is "high". 6. */
  highPhaseMinPer28: number;
  /** Migraine days per 28 at or below which a block counts as calm. 2. */
  maintenanceMaxPer28: number;
  /** Consecutive calm 28-day blocks needed for "maintenance". 2. */
  maintenanceBlocks: number;
  /** Interval in the high phase, days. 7. */
  highIntervalDays: number;
  /**
   * Interval while stabilising: shorter when the last block was worse than the one before. [14,
   * 21].
   */
  stabilisingIntervalDays: readonly [number, number];
  /** Interval in maintenance, days. 28. */
  maintenanceIntervalDays: number;
  /** After an early-warning sign, the next session within this many days. 2. */
  earlyWarningLeadDays: number;
  /** Share of recorded days a 28-day block needs to judge the phase. 0.5. */
  minRecordedShare: number;
}

/** Documented defaults. */
export const DEFAULT_CADENCE_OPTIONS: Readonly<CadenceOptions> = Object.freeze({
  highPhaseMinPer28: 6,
  maintenanceMaxPer28: 2,
  maintenanceBlocks: 2,
  highIntervalDays: 7,
  stabilisingIntervalDays: [14, 21] as const,
  maintenanceIntervalDays: 28,
  earlyWarningLeadDays: 2,
  minRecordedShare: 0.5,
});

/** Phase of the last weeks. `unknown` when too few days were recorded to tell. */
export type CadencePhase = 'high' | 'stabilising' | 'maintenance' | 'unknown';

/** The recommendation. */
export interface CadenceRecommendation {
  phase: CadencePhase;
  /** Migraine days per 28 recorded days over the last 28 days (null when unknown). */
  per28: number | null;
  lastSession: LocalDate | null;
  intervalDays: number;
  nextSession: LocalDate;
  /** The early-warning day that brought the session forward, if any. */
  earlyWarning: LocalDate | null;
  reason: string;
}

/** Rate per 28 recorded days in the 28 days ending `end` (inclusive), or null if too sparse. */
function blockRate(index: SeriesIndex, end: number, minShare: number): number | null {
  let recorded = 0;
  let events = 0;
  for (let day = end - BLOCK_DAYS + 1; day <= end; day += 1) {
    const d = index.get(day);
    if (!d?.recorded) continue;
    recorded += 1;
    if (d.migraineDay) events += 1;
  }
  return recorded >= minShare * BLOCK_DAYS ? (BLOCK_DAYS * events) / recorded : null;
}

/**
 * Classifies the phase from the last 28-day blocks ending `today`: `high` when the last block
 * has ≥ highPhaseMinPer28 migraine days per 28; `maintenance` when the last maintenanceBlocks
 * blocks all have ≤ maintenanceMaxPer28; `stabilising` otherwise; `unknown` without a usable
 * last block.
 */
export function cadencePhase(
  series: readonly DailyOutcome[],
  today: LocalDate,
  options: Partial<CadenceOptions> = {},
): { phase: CadencePhase; per28: number | null; previousPer28: number | null } {
  const o = { ...DEFAULT_CADENCE_OPTIONS, ...options };
  const index = indexSeries(series);
  const end = dayNumber(today);
  const rates = Array.from({ length: Math.max(2, o.maintenanceBlocks) }, (_, i) =>
    blockRate(index, end - i * BLOCK_DAYS, o.minRecordedShare),
  );
  const per28 = rates[0] ?? null;
  const previousPer28 = rates[1] ?? null;
  if (per28 === null) return { phase: 'unknown', per28, previousPer28 };
  if (per28 >= o.highPhaseMinPer28) return { phase: 'high', per28, previousPer28 };
  const calm = rates
    .slice(0, o.maintenanceBlocks)
    .every((r) => r !== null && r <= o.maintenanceMaxPer28);
  return { phase: calm ? 'maintenance' : 'stabilising', per28, previousPer28 };
}

/**
 * Recommends the next session date on `today`: last session + the phase interval (never
 * before today), brought forward to within earlyWarningLeadDays of an early-warning sign logged
 * after the last session. Without any session the next one is today. Unknown phase uses the
 * longer stabilising interval.
 */
export function recommendNextSession(
  series: readonly DailyOutcome[],
  sessions: readonly LocalDate[],
  today: LocalDate,
  options: Partial<CadenceOptions> = {},
): CadenceRecommendation {
  const o = { ...DEFAULT_CADENCE_OPTIONS, ...options };
  const { phase, per28, previousPer28 } = cadencePhase(series, today, o);
  const [shortStab, longStab] = o.stabilisingIntervalDays;
  const worsening = per28 !== null && previousPer28 !== null && per28 > previousPer28;
  const interval =
    phase === 'high'
      ? o.highIntervalDays
      : phase === 'maintenance'
        ? o.maintenanceIntervalDays
        : phase === 'stabilising' && worsening
          ? shortStab
          : longStab;
  const todayN = dayNumber(today);
  const past = sessions.map(dayNumber).filter((d) => d <= todayN);
  const last = past.length > 0 ? Math.max(...past) : null;
  let next = last === null ? todayN : Math.max(todayN, last + interval);
  let warning: number | null = null;
  if (last !== null) {
    for (const d of series) {
      const n = dayNumber(d.date);
      if (d.earlyWarning && n > last && n <= todayN) warning = Math.max(warning ?? n, n);
    }
  }
  if (warning !== null) next = Math.max(todayN, Math.min(next, warning + o.earlyWarningLeadDays));
  const rate =
    per28 === null ? 'too few recorded days to tell' : `${per28.toFixed(1)} migraine days per 28`;
  const base =
    phase === 'high'
      ? `High-migraine phase (${rate}): weekly sessions.`
      : phase === 'maintenance'
        ? `Maintenance (${rate} for ${o.maintenanceBlocks} blocks): monthly sessions.`
        : `${phase === 'unknown' ? 'Phase unclear' : 'Stabilising'} (${rate}): every ${interval} days.`;
  return {
    phase,
    per28,
    lastSession: last === null ? null : formatDay(last),
    intervalDays: interval,
    nextSession: formatDay(next),
    earlyWarning: warning === null ? null : formatDay(warning),
    reason:
      last === null
        ? `${base} No session yet, so the first one can be any day.`
        : warning !== null
          ? `${base} An early-warning sign on ${formatDay(warning)} brings the next session forward.`
          : base,
  };
}
