/**
 * Which kinds of day an episode makes (docs/clinical-rules.md §3): headache day, migraine day under
 * each rule, 1.3 C day, tension-type days and days lost. The flags apply to every local day the
 * episode overlaps; the minimum durations apply to the whole episode.
 */
import type { EpisodeCriteria, EpisodeType } from '../classify/attack-type.ts';
import { allMet, durationNotRecorded, painLevel } from '../classify/criteria.ts';
import { hasMigraineFeatures } from '../classify/migraine.ts';
import type { ClinicalOptions, MigraineDayRule } from '../options.ts';

export interface EpisodeDayFlags {
  headache: boolean;
  migraine: Record<MigraineDayRule, boolean>;
  /** Counts towards 1.3 C: 1.1 C + D, 1.2 B + C, or relieved by a triptan or ergot. */
  chronicMigraineC: boolean;
  /** Episodic tension-type episode (type `tension_type` by 2.1/2.2 B–D). */
  tension: boolean;
  /** Meets 2.3 B–D and is neither migraine nor cluster. */
  chronicTension: boolean;
  lost: boolean;
}

const VISUAL_AURA_MIN = 5;
const VISUAL_AURA_MAX = 60;

/**
 * Day flags of an evaluated episode.
 * - Headache day: a headache lasting ≥ `headacheMinMinutes`, or any headache treated with acute
 *   medication. A headache whose source does not record its duration (an app that logs "headache
 *   today") counts on its day, because that headache is what the source recorded; it never meets
 *   a duration rule below.
 * - van der Arend migraine day: (1) headache ≥ `migraineDayMinMinutes` with 1.1 C + D; (2) a
 *   visual aura of 5–60 min; (3) any headache treated with a triptan or ergot.
 * - IHS variant: (3) only when moderate/severe pain got a relief in `ihsEffectiveRelief`, so a
 *   mild headache never qualifies through (3).
 * - Legacy: 1.1 C + D for ≥ `legacyMigraineDayMinMinutes` unless treated with acute
 *   medication, or an aura meeting 1.2 B–C.
 * - 1.3 C: "believed to be migraine at onset and relieved by a triptan or ergot" is read as a
 *   triptan or ergot intake with partial or complete relief.
 */
export function episodeDayFlags(
  c: EpisodeCriteria,
  t: EpisodeType,
  opts: ClinicalOptions,
): EpisodeDayFlags {
  const ep = c.episode;
  const a = ep.attack;
  const minutes = ep.durationMinutes ?? 0;
  const acute = ep.intakes.filter((i) => i.acute);
  const specific = acute.filter((i) => i.cls === 'triptan' || i.cls === 'ergot');
  const features = hasMigraineFeatures(a, opts);
  const auraMet = c.aura !== undefined && allMet(c.aura.result);
  const visualAura = a.aura.some(
    (s) =>
      s.type === 'visual' &&
      s.durationMinutes !== undefined &&
      s.durationMinutes >= VISUAL_AURA_MIN &&
      s.durationMinutes <= VISUAL_AURA_MAX,
  );
  const level = painLevel(a.peakPain, opts);
  const moderate = level === 'moderate' || level === 'severe';
  const effective = specific.some(
    (i) => moderate && i.relief !== undefined && opts.ihsEffectiveRelief.includes(i.relief),
  );
  const unknownDuration = durationNotRecorded(a);
  const lasted = (min: number) => !unknownDuration && minutes >= min;
  const headache =
    c.headache && (unknownDuration || minutes >= opts.headacheMinMinutes || acute.length > 0);
  const featureDay = c.headache && features && lasted(opts.migraineDayMinMinutes);
  const legacy =
    (c.headache && features && (lasted(opts.legacyMigraineDayMinMinutes) || acute.length > 0)) ||
    auraMet;
  const notMigraineOrCluster = !['migraine', 'cluster'].includes(t.type);
  return {
    headache,
    migraine: {
      vanDerArend: featureDay || visualAura || (c.headache && specific.length > 0),
      ihsEffectiveTriptan: featureDay || visualAura || (c.headache && effective),
      legacy4h: legacy,
    },
    chronicMigraineC:
      (c.headache && features) ||
      auraMet ||
      specific.some((i) => i.relief === 'partial' || i.relief === 'complete'),
    tension: t.type === 'tension_type',
    chronicTension: c.headache && allMet(c.chronicTension) && notMigraineOrCluster,
    lost: (a.disability ?? 0) >= opts.daysLostMinDisability,
  };
}
