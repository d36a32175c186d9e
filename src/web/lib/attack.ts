/** Attack helpers shared by the quick log, attack mode and the attack form. */
import type { Attack } from '../api/types.ts';
import { deviceTimeZone } from './dates.ts';
import { newId } from './ids.ts';

/** A new attack with every default of the diary format filled in (so a retry is identical). */
export function newAttack(start: string): Attack {
  return {
    id: newId(),
    start,
    end: null,
    timeZone: deviceTimeZone(),
    side: null,
    regions: [],
    quality: [],
    autonomic: [],
    aura: [],
    auraToHeadacheMinutes: null,
    triggers: [],
    reliefMeasures: [],
    redFlags: [],
    readings: [],
  };
}

/** The ongoing attack (no end yet) that started last, if any. */
export function ongoingAttack(attacks: readonly Attack[] | undefined): Attack | undefined {
  return attacks?.filter((a) => a.end === null).sort((x, y) => (x.start < y.start ? 1 : -1))[0];
}

/** An ended attack nobody has described yet: quick-logged, details still to add. */
export function needsDetails(a: Attack): boolean {
  return (
    a.end !== null &&
    a.side === null &&
    (a.regions ?? []).length === 0 &&
    (a.quality ?? []).length === 0 &&
    a.nausea === undefined &&
    a.photophobia === undefined &&
    a.disability === undefined
  );
}

/** The latest pain reading of an attack. */
export function lastReading(a: Attack): { at: string; pain: number } | undefined {
  const readings = a.readings ?? [];
  return readings.reduce<{ at: string; pain: number } | undefined>(
    (latest, r) => (!latest || r.at > latest.at ? r : latest),
    undefined,
  );
}
