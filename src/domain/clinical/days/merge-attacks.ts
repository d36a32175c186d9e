/**
 * Merges the attack records of one continuous episode into a single record, so criteria that
 * apply to the whole episode (durations, "≥ 2 of 4" features) see it whole: a headache logged as
 * two records split at midnight is still one headache.
 */

import { instantMs } from '../../calendar/zoned.ts';
import type { Attack } from '../../diary/diary.schema.ts';
import type { Source } from '../../diary/provenance.ts';
import type { Side } from '../../diary/vocabulary.ts';

/** The latest of some instants (compared as instants: fractional seconds sort correctly). */
const latest = (instants: readonly string[]): string | null =>
  instants.reduce<string | null>(
    (a, b) => (a === null || instantMs(b) > instantMs(a) ? b : a),
    null,
  );

const union = <T>(lists: readonly (readonly T[])[]): T[] => [...new Set(lists.flat())];

function anyTrue(values: readonly (boolean | undefined)[]): boolean | undefined {
  if (values.some((v) => v === true)) return true;
  return values.some((v) => v === false) ? false : undefined;
}

function maxDefined(values: readonly (number | undefined)[]): number | undefined {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length > 0 ? Math.max(...known) : undefined;
}

/** One side for several records: the common side, `both` if any was bilateral, else alternating. */
function mergeSides(sides: readonly (Side | null)[]): Side | null {
  const known = [...new Set(sides.filter((s): s is Side => s !== null))];
  if (known.length <= 1) return known[0] ?? null;
  return known.includes('both') ? 'both' : 'alternating';
}

/**
 * The source of a merged episode, when a part has one: a field is unrecorded when some part
 * leaves it unrecorded and no part records it present; every assumption of every part stays.
 */
function mergeSources(parts: readonly Attack[], merged: Attack): Source | undefined {
  const sourced = parts.filter((p) => p.source);
  const first = sourced[0]?.source;
  if (!first) return undefined;
  const present = (field: string): boolean => {
    const value = (merged as Record<string, unknown>)[field];
    return value === true || (Array.isArray(value) && value.length > 0);
  };
  const fields = new Set(sourced.flatMap((p) => p.source?.notRecorded ?? []));
  return {
    ...first,
    notRecorded: [...fields].filter((f) => f === 'duration' || f === 'time' || !present(f)),
    assumed: sourced.flatMap((p) => p.source?.assumed ?? []).slice(0, 10),
  };
}

/**
 * One attack record for an episode made of `parts` (sorted by start, at least one). Features
 * are combined: any symptom present in a part is present; pain and disability take the maximum;
 * lists are united; auras are concatenated; the end is `null` if the last-ending part is ongoing.
 */
export function mergeAttackRecords(parts: readonly Attack[]): Attack {
  const first = parts[0];
  if (!first) throw new Error('mergeAttackRecords needs at least one attack');
  if (parts.length === 1) return first;
  const ongoing = parts.some((p) => p.end === null);
  const ends = parts.map((p) => p.end).filter((e): e is string => e !== null);
  const auraPart = parts.find((p) => p.aura.length > 0);
  const merged: Attack = {
    ...first,
    end: ongoing ? null : latest(ends),
    peakPain: maxDefined(parts.map((p) => p.peakPain)),
    side: mergeSides(parts.map((p) => p.side)),
    regions: union(parts.map((p) => p.regions)),
    quality: union(parts.map((p) => p.quality)),
    worseWithActivity: anyTrue(parts.map((p) => p.worseWithActivity)),
    nausea: anyTrue(parts.map((p) => p.nausea)),
    vomiting: anyTrue(parts.map((p) => p.vomiting)),
    photophobia: anyTrue(parts.map((p) => p.photophobia)),
    phonophobia: anyTrue(parts.map((p) => p.phonophobia)),
    autonomic: union(parts.map((p) => p.autonomic)),
    restless: anyTrue(parts.map((p) => p.restless)),
    aura: parts.flatMap((p) => p.aura),
    auraToHeadacheMinutes: auraPart ? auraPart.auraToHeadacheMinutes : first.auraToHeadacheMinutes,
    disability: maxDefined(parts.map((p) => p.disability)),
    triggers: union(parts.map((p) => p.triggers)),
    reliefMeasures: union(parts.map((p) => p.reliefMeasures)),
    redFlags: union(parts.map((p) => p.redFlags)),
    readings: parts.flatMap((p) => p.readings),
  };
  const source = mergeSources(parts, merged);
  if (source) merged.source = source;
  else delete merged.source;
  return merged;
}
