/**
 * Every tunable value of the clinical engine (`docs/clinical-rules.md`). Values tagged [M] (not yet
 * verified) or *design* (a Stillpoint choice) in the rules document are named here, with the
 * documented default, so a reviewer can change a rule without touching the engine.
 */
import type { MedicationClass, RELIEF } from '../diary/vocabulary.ts';
import { AppError } from '../errors.ts';

/** Relief 2 h after an intake, as stored on the intake. */
export type Relief = (typeof RELIEF)[number];

/**
 * Which day counts as a migraine day (docs/clinical-rules.md §3):
 * - `vanDerArend` (default, van der Arend 2023): headache ≥ 30 min with 1.1 C + D, or a visual
 *   aura of 5–60 min, or any headache treated with a triptan or ergot whatever the effect;
 * - `ihsEffectiveTriptan` [M]: as above, but the triptan/ergot clause counts only when the drug
 *   was effective (moderate/severe pain → relief listed in `ihsEffectiveRelief`);
 * - `legacy4h`: migraine features for ≥ 4 h unless treated with acute medication (plus an aura
 *   meeting 1.2 B–C).
 */
export type MigraineDayRule = 'vanDerArend' | 'ihsEffectiveTriptan' | 'legacy4h';
export const MIGRAINE_DAY_RULES: readonly MigraineDayRule[] = [
  'vanDerArend',
  'ihsEffectiveTriptan',
  'legacy4h',
];

/**
 * How episodes are merged into attacks for attack counts (docs/clinical-rules.md §3,
 * `ATTACK_MERGE_RULE`): `gap24h` merges episodes less than 24 h apart (Leiden), `lockedDay` merges
 * across at most one migraine-free calendar day (Markov-chain paper), `none` keeps every episode.
 */
export type AttackMergeRule = 'gap24h' | 'lockedDay' | 'none';

/** `> 3 months` read literally (`strict`, ≥ 4 months) or as the Leiden `≥ 3 consecutive months`. */
export type ChronicMonthsMode = 'strict' | 'leiden';

/**
 * Medication-overuse class groups with their own intake-day threshold (docs/clinical-rules.md
 * §2.7).
 */
export type MohGroup =
  | 'ergot'
  | 'triptan'
  | 'nonopioid_analgesic'
  | 'opioid'
  | 'combination_analgesic'
  | 'mixed'
  | 'other';

export interface ClinicalOptions {
  /** Current instant (ISO UTC). Ongoing attacks run until `now`; without it they last 0 min. */
  now: string | undefined;
  /** Headache day: overlapped by a headache of at least this many minutes (Leiden uses 60). */
  headacheMinMinutes: number;
  /** A day counts for an episode when it overlaps it by more than 0 and at least this. */
  dayMinOverlapMinutes: number;
  /** *design*: logged attacks this close (minutes; 0 = touching) are one continuous episode. */
  episodeJoinGapMinutes: number;
  migraineDayRule: MigraineDayRule;
  /** Minimum duration (minutes) of a migraine-feature headache for a van der Arend day. */
  migraineDayMinMinutes: number;
  /** Minimum untreated duration (minutes) for the legacy migraine-day rule. */
  legacyMigraineDayMinMinutes: number;
  /** [M] Relief values that make a triptan/ergot "effective" for the IHS migraine-day rule. */
  ihsEffectiveRelief: readonly Relief[];
  attackMergeRule: AttackMergeRule;
  chronicMonthsMode: ChronicMonthsMode;
  /**
   * *design*: a chronic pattern (1.3, 2.3) holding for fewer months than required is reported
   * `provisional` once it has held for this many consecutive months.
   */
  provisionalMinMonths: number;
  /** [M] Share of recorded days a period needs to be valid (0.8 → 23 of 28). */
  validCompleteness: number;
  /** Length of an outcome block in days. */
  blockDays: number;
  /** First day of the first block (`YYYY-MM-DD`); default: the first recorded day. */
  blockStart: string | undefined;
  /** *design*: peak pain (0–10) from which a headache is moderate. */
  moderatePainFrom: number;
  /** *design*: peak pain (0–10) from which a headache is severe. */
  severePainFrom: number;
  /** *design*: attack disability (0–3) from which its days count as days lost (2 = severe). */
  daysLostMinDisability: number;
  /** *design*: count `person.priorMigraineAttacks` towards 1.1 A and 1.3 B. */
  usePriorAttacks: boolean;
  /** *design*: nausea without a severity is taken as mild (2.3 D allows mild nausea). */
  unratedNauseaIsMild: boolean;
  /** *design*: cluster attacks further apart than this (days) belong to different bouts. */
  clusterBoutGapDays: number;
  /** *design*: migraine days per month from which an episodic pattern is "high-frequency". */
  highFrequencyEpisodicMigraineDays: number;
  /** Headache days per calendar month for 1.3 A. */
  chronicHeadacheDays: number;
  /** Migraine-feature days per calendar month for 1.3 C. */
  chronicMigraineDays: number;
  /** Headache days per calendar month for 8.2 A. */
  mohHeadacheDays: number;
  /** *design*: "approaching threshold" when class days ≥ threshold − this margin. */
  mohApproachMargin: number;
  /** Intake days per calendar month per class group (8.2.6 `mixed` [M], 8.2.8 `other` [M]). */
  mohThresholds: Readonly<Record<MohGroup, number>>;
  /** Classes whose intake days add up for 8.2.6. */
  mohMixedClasses: readonly MedicationClass[];
  /** *design*: the 8.2.6 total is the `union` of intake days (a two-class day counts once). */
  mohMixedCounting: 'union' | 'sum';
  /** [M] Classes coded 8.2.8, each on its own (gepants and ditans are newer than ICHD-3). */
  mohOtherClasses: readonly MedicationClass[];
  /** 8.2 needs a pre-existing headache disorder; a diary user is assumed to have one. */
  assumePreexistingHeadacheDisorder: boolean;
  /** SNNOOP10 #5 age (published abstract 65, accepted manuscript 50; the app uses 50). */
  olderOnsetAge: number;
  /** An aura first recorded from this age on gets a TIA advisory (ICHD-3 1.2.1.2 comment). */
  lateAuraAge: number;
  /** [M] Split MIDAS grade IV into IV-A (21–40) and IV-B (≥ 41). */
  midasGradeIVSplit: boolean;
  /** [M] AHS benefit: MIDAS drop in points for a baseline of 11–20. */
  midasBenefitPoints: number;
  /** [M] AHS benefit: MIDAS relative drop for a baseline above 20. */
  midasBenefitFraction: number;
  /** HIT-6 change (points) a person needs for a reliable change (individual 95 % CI ≈ ±5). */
  hit6ReliableChange: number;
}

const DEFAULTS: ClinicalOptions = {
  now: undefined,
  headacheMinMinutes: 30,
  dayMinOverlapMinutes: 0,
  episodeJoinGapMinutes: 0,
  migraineDayRule: 'vanDerArend',
  migraineDayMinMinutes: 30,
  legacyMigraineDayMinMinutes: 240,
  ihsEffectiveRelief: ['complete'],
  attackMergeRule: 'gap24h',
  chronicMonthsMode: 'strict',
  provisionalMinMonths: 1,
  validCompleteness: 0.8,
  blockDays: 28,
  blockStart: undefined,
  moderatePainFrom: 4,
  severePainFrom: 7,
  daysLostMinDisability: 2,
  usePriorAttacks: true,
  unratedNauseaIsMild: true,
  clusterBoutGapDays: 14,
  highFrequencyEpisodicMigraineDays: 8,
  chronicHeadacheDays: 15,
  chronicMigraineDays: 8,
  mohHeadacheDays: 15,
  mohApproachMargin: 2,
  mohThresholds: {
    ergot: 10,
    triptan: 10,
    nonopioid_analgesic: 15,
    opioid: 10,
    combination_analgesic: 10,
    mixed: 10,
    other: 10,
  },
  mohMixedClasses: ['ergot', 'triptan', 'nonopioid_analgesic', 'opioid'],
  mohMixedCounting: 'union',
  mohOtherClasses: ['gepant', 'ditan', 'other'],
  assumePreexistingHeadacheDisorder: true,
  olderOnsetAge: 50,
  lateAuraAge: 40,
  midasGradeIVSplit: false,
  midasBenefitPoints: 5,
  midasBenefitFraction: 0.3,
  hit6ReliableChange: 5,
};

/** The documented defaults of every clinical option (frozen). */
export const DEFAULT_CLINICAL_OPTIONS: Readonly<ClinicalOptions> = Object.freeze(DEFAULTS);

/** Months a "> 3 months" criterion needs: 4 when read literally, 3 in the Leiden reading. */
export function requiredMonths(mode: ChronicMonthsMode): number {
  return mode === 'strict' ? 4 : 3;
}

/** Recorded days a period of `days` days needs to be valid (28 days at 80 % → 23). */
export function minValidDays(days: number, completeness: number): number {
  return Math.ceil(days * completeness - 1e-9);
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Refuses a missing `now` for the computations that need "today" (metrics, the therapy
 * commands), with `AppError('invalid')` naming the field.
 */
export function requireNow(options: { now?: unknown } | undefined): string {
  if (typeof options?.now !== 'string') {
    throw new AppError(
      'invalid',
      'now is required (a UTC instant like 2026-01-05T06:30:00Z)',
      'now',
    );
  }
  return options.now;
}

/**
 * Fills in defaults and refuses malformed values (`now` must be a UTC instant, `blockStart` a
 * calendar day, counts non-negative) with `AppError('invalid')` naming the option.
 */
export function resolveClinicalOptions(partial: Partial<ClinicalOptions> = {}): ClinicalOptions {
  const opts: ClinicalOptions = { ...DEFAULT_CLINICAL_OPTIONS, ...stripUndefined(partial) };
  if (opts.now !== undefined && !INSTANT.test(opts.now)) {
    throw new AppError('invalid', 'now must be a UTC instant like 2026-01-05T06:30:00Z', 'now');
  }
  if (opts.blockStart !== undefined && !DATE.test(opts.blockStart)) {
    throw new AppError('invalid', 'blockStart must be a day like 2026-01-05', 'blockStart');
  }
  if (!(opts.blockDays >= 1 && Number.isInteger(opts.blockDays))) {
    throw new AppError('invalid', 'blockDays must be a positive integer', 'blockDays');
  }
  if (!(opts.validCompleteness >= 0 && opts.validCompleteness <= 1)) {
    throw new AppError('invalid', 'validCompleteness must be between 0 and 1', 'validCompleteness');
  }
  return opts;
}

function stripUndefined(partial: Partial<ClinicalOptions>): Partial<ClinicalOptions> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(partial)) if (value !== undefined) out[key] = value;
  return out as Partial<ClinicalOptions>;
}
