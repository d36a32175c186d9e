/**
 * The attack table of the doctor report: one row per attack starting in the period, with its
 * local date and time, duration, peak pain, the clinical engine's type, its features in short
 * form and the acute medication taken for it with the relief at 2 h.
 */

import { instantMs, localDateOf } from '../../calendar/zoned.ts';
import type { AttackClassification } from '../../clinical/classify/classify-diary.ts';
import type { Attack, Diary } from '../../diary/diary.schema.ts';
import { localCell } from '../csv/cells.ts';
import { inPeriod, type Period } from '../slice.ts';

export interface AttackRow {
  id: string;
  /** Local day of onset, `YYYY-MM-DD`. */
  date: string;
  /** Local clock time of onset, `HH:MM`. */
  time: string;
  /** "11 h 30 min", or "ongoing". */
  duration: string;
  peakPain: number | null;
  /** Clinical engine type in words ("migraine", "probable migraine", …). */
  type: string;
  /** Short features (see `FEATURE_LEGEND`). */
  features: string;
  /** "Sumatriptan 50 mg: partial; Ibuprofen 400 mg: none". */
  medication: string;
  disability: number | null;
}

/** Abbreviations used in `features`. */
export const FEATURE_LEGEND =
  'L/R/B/Alt side · puls pulsating · press pressing · act worse with activity · N nausea · ' +
  'V vomiting · P photophobia · Ph phonophobia · aura(type, min) · aut autonomic signs';

const QUALITY: Readonly<Record<string, string>> = {
  pulsating: 'puls',
  pressing: 'press',
  stabbing: 'stab',
  dull: 'dull',
  burning: 'burn',
};

const SIDE: Readonly<Record<string, string>> = {
  left: 'L',
  right: 'R',
  both: 'B',
  alternating: 'Alt',
};

/** "11 h 30 min" for minutes; "45 min" below an hour. */
export function durationText(minutes: number): string {
  const m = Math.round(minutes);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  return m % 60 === 0 ? `${h} h` : `${h} h ${m % 60} min`;
}

/** The short feature list of an attack. */
export function features(a: Attack): string {
  const parts: string[] = [];
  if (a.side) parts.push(SIDE[a.side] ?? a.side);
  parts.push(...a.quality.map((q) => QUALITY[q] ?? q));
  if (a.worseWithActivity) parts.push('act');
  if (a.nausea) parts.push('N');
  if (a.vomiting) parts.push('V');
  if (a.photophobia) parts.push('P');
  if (a.phonophobia) parts.push('Ph');
  for (const aura of a.aura) {
    parts.push(
      `aura(${aura.type}${aura.durationMinutes === undefined ? '' : `, ${aura.durationMinutes}`})`,
    );
  }
  if (a.autonomic.length > 0) parts.push('aut');
  return parts.join(' ');
}

/** Attack rows of the period, in onset order; `now` bounds ongoing attacks. */
export function attackRows(
  diary: Diary,
  period: Required<Period>,
  classifications: readonly AttackClassification[],
): AttackRow[] {
  const types = new Map(classifications.map((c) => [c.id, c.type.replace(/_/g, ' ')]));
  const meds = new Map(diary.medications.map((m) => [m.id, m.name]));
  return diary.attacks
    .map((a) => ({ a, tz: a.timeZone ?? diary.person.timeZone }))
    .filter(({ a, tz }) => inPeriod(localDateOf(a.start, tz), period))
    .sort((x, y) => instantMs(x.a.start) - instantMs(y.a.start))
    .map(({ a, tz }) => {
      const taken = diary.intakes
        .filter((i) => i.attackId === a.id)
        .map(
          (i) =>
            `${meds.get(i.medicationId) ?? '?'}${i.dose ? ` ${i.dose}` : ''}: ${i.relief ?? 'not rated'}`,
        );
      return {
        id: a.id,
        date: localDateOf(a.start, tz),
        time: String(localCell(a.start, tz)).slice(11, 16),
        duration:
          a.end === null
            ? 'ongoing'
            : durationText((instantMs(a.end) - instantMs(a.start)) / 60000),
        peakPain: a.peakPain ?? null,
        type: types.get(a.id) ?? '',
        features: features(a),
        medication: taken.join('; '),
        disability: a.disability ?? null,
      };
    });
}
