/**
 * Chronic-migraine pattern, ICHD-3 1.3 (docs/clinical-rules.md §2.3), on calendar-month counts:
 * A headache on ≥ 15 days/month, B lifetime ≥ 5 migraine attacks (diary plus
 * `person.priorMigraineAttacks`), C ≥ 8 days/month with migraine features, for "> 3 months"
 * (`chronicMonthsMode`: strict ≥ 4, leiden ≥ 3 consecutive months).
 */
import { type ChronicMonthsMode, type ClinicalOptions, requiredMonths } from '../options.ts';
import { completedMonths, currentRun, type MonthCounts } from './months.ts';

export type ChronicStatus = 'met' | 'provisional' | 'not_met';

/**
 * Frequency pattern of recent months: `chronic` (1.3 met or provisional), `chronic_headache`
 * (≥ 15 headache days but not 1.3), `high_frequency_episodic` (≥
 * `highFrequencyEpisodicMigraineDays` migraine days), `low_frequency_episodic`, `no_data`.
 */
export type FrequencyPattern =
  | 'chronic'
  | 'chronic_headache'
  | 'high_frequency_episodic'
  | 'low_frequency_episodic'
  | 'no_data';

export interface ChronicMigraineMonth {
  month: string;
  recordedDays: number;
  headacheDays: number;
  /** Days meeting 1.3 C. */
  migraineFeatureDays: number;
  meetsA: boolean;
  meetsC: boolean;
  inProgress: boolean;
}

export interface ChronicMigraineResult {
  status: ChronicStatus;
  pattern: FrequencyPattern;
  mode: ChronicMonthsMode;
  requiredMonths: number;
  /** Consecutive qualifying months ending at the latest month. */
  qualifyingMonths: number;
  lifetimeMigraineAttacks: number;
  meetsB: boolean;
  months: ChronicMigraineMonth[];
  reasons: string[];
}

const LIFETIME_ATTACKS = 5;

const mean = (xs: number[]) => (xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** The last `n` completed months, or every month when none is complete yet. */
function recentMonths(months: readonly MonthCounts[], n: number): MonthCounts[] {
  const done = completedMonths(months);
  return (done.length > 0 ? done : [...months]).slice(-n);
}

interface ReasonInput {
  status: ChronicStatus;
  run: number;
  required: number;
  meetsB: boolean;
  lifetimeMigraineAttacks: number;
  /** Mean headache and 1.3 C days of recent months, when there are any. */
  recent: { headache: number; features: number } | undefined;
  opts: ClinicalOptions;
}

/** The sentences explaining a chronic-migraine result. */
function chronicReasons(r: ReasonInput): string[] {
  const { opts } = r;
  const out: string[] = [];
  const needs =
    `1.3 needs ${r.required} consecutive months ` +
    `(${opts.chronicMonthsMode} reading of "> 3 months").`;
  if (r.status === 'met') {
    out.push(
      `Headache on ≥ ${opts.chronicHeadacheDays} days and migraine features on ≥ ` +
        `${opts.chronicMigraineDays} days in each of the last ${r.run} calendar months; ${needs}`,
    );
  } else if (r.status === 'provisional') {
    out.push(`Chronic-migraine levels in the last ${r.run} calendar month(s) only; ${needs}`);
  } else if (r.recent && r.meetsB && r.recent.headache >= opts.chronicHeadacheDays) {
    out.push(
      `Headache on ${r.recent.headache.toFixed(1)} days a month but migraine features on only ` +
        `${r.recent.features.toFixed(1)} (1.3 C needs ${opts.chronicMigraineDays}): consider ` +
        'chronic tension-type headache (2.3) with episodic migraine, and discuss it with a ' +
        'clinician.',
    );
  } else if (r.recent && r.meetsB) {
    out.push(
      `Headache on ${r.recent.headache.toFixed(1)} days a month on average (1.3 A needs ` +
        `${opts.chronicHeadacheDays} in each month).`,
    );
  }
  if (!r.meetsB) {
    out.push(
      `Only ${r.lifetimeMigraineAttacks} migraine attacks recorded or reported (1.3 B needs ` +
        `${LIFETIME_ATTACKS} in a lifetime).`,
    );
  }
  if (r.status !== 'not_met') {
    out.push(
      'Medication overuse is the commonest cause of a chronic-migraine picture; about half ' +
        'revert to episodic migraine after withdrawal. Discuss it with a clinician.',
    );
  }
  return out;
}

/**
 * Evaluates the 1.3 pattern. `lifetimeMigraineAttacks` counts diary episodes meeting 1.1 B–D or
 * 1.2 B–C plus prior attacks. `provisional` means the monthly criteria hold in the latest month(s)
 * but for fewer months than required (TV-CM-2 strict).
 */
export function chronicMigraine(
  months: readonly MonthCounts[],
  lifetimeMigraineAttacks: number,
  opts: ClinicalOptions,
): ChronicMigraineResult {
  const required = requiredMonths(opts.chronicMonthsMode);
  const meetsA = (m: MonthCounts) => m.headacheDays >= opts.chronicHeadacheDays;
  const meetsC = (m: MonthCounts) => m.chronicMigraineDays >= opts.chronicMigraineDays;
  const run = currentRun(months, (m) => meetsA(m) && meetsC(m));
  const meetsB = lifetimeMigraineAttacks >= LIFETIME_ATTACKS;
  let status: ChronicStatus = 'not_met';
  if (meetsB && run.length >= required) status = 'met';
  else if (meetsB && run.length >= Math.max(1, opts.provisionalMinMonths)) {
    status = 'provisional';
  }
  const recent = recentMonths(months, required);
  const headache = mean(recent.map((m) => m.headacheDays));
  const features = mean(recent.map((m) => m.chronicMigraineDays));
  const migraine = mean(recent.map((m) => m.migraineDays));
  const reasons = chronicReasons({
    status,
    run: run.length,
    required,
    meetsB,
    lifetimeMigraineAttacks,
    recent: recent.length > 0 ? { headache, features } : undefined,
    opts,
  });
  let pattern: FrequencyPattern = 'low_frequency_episodic';
  if (status !== 'not_met') pattern = 'chronic';
  else if (recent.length === 0) pattern = 'no_data';
  else if (headache >= opts.chronicHeadacheDays) pattern = 'chronic_headache';
  else if (migraine >= opts.highFrequencyEpisodicMigraineDays) pattern = 'high_frequency_episodic';
  return {
    status,
    pattern,
    mode: opts.chronicMonthsMode,
    requiredMonths: required,
    qualifyingMonths: run.length,
    lifetimeMigraineAttacks,
    meetsB,
    months: months.map((m) => ({
      month: m.month,
      recordedDays: m.recordedDays,
      headacheDays: m.headacheDays,
      migraineFeatureDays: m.chronicMigraineDays,
      meetsA: meetsA(m),
      meetsC: meetsC(m),
      inProgress: m.inProgress,
    })),
    reasons,
  };
}
