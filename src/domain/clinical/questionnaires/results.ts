/**
 * Questionnaire results of a diary: every MIDAS and HIT-6 entry scored, with the change since
 * the previous entry of the same instrument (by date).
 */
import type { Questionnaire } from '../../diary/diary.schema.ts';
import type { ClinicalOptions } from '../options.ts';
import { type Hit6Change, hit6Change, scoreHit6 } from './hit6.ts';
import { type MidasChange, midasChange, scoreMidas } from './midas.ts';

export interface QuestionnaireResult {
  id: string;
  instrument: 'hit6' | 'midas';
  date: string;
  /** HIT-6 total (36–78) or MIDAS score (Q1–Q5). */
  score: number;
  /** HIT-6 band or MIDAS grade. */
  band: string;
  /** Change since the previous entry of the same instrument; null for the first. */
  change: ((Hit6Change | MidasChange) & { previousId: string }) | null;
}

function score(q: Questionnaire, opts: ClinicalOptions): { score: number; band: string } {
  if (q.instrument === 'hit6') {
    const s = scoreHit6(q.answers);
    return { score: s.total, band: s.band };
  }
  const s = scoreMidas(q.answers, opts.midasGradeIVSplit);
  return { score: s.score, band: s.grade };
}

function change(
  instrument: Questionnaire['instrument'],
  previous: number,
  current: number,
  opts: ClinicalOptions,
): Hit6Change | MidasChange {
  return instrument === 'hit6'
    ? hit6Change(previous, current, opts.hit6ReliableChange)
    : midasChange(previous, current, opts.midasBenefitPoints, opts.midasBenefitFraction);
}

/**
 * Scores every questionnaire of a diary in date order. Invalid answers (for example MIDAS
 * Q1 + Q2 above the maximum) are refused with `AppError('invalid')`.
 */
export function questionnaireResults(
  questionnaires: readonly Questionnaire[],
  opts: ClinicalOptions,
): QuestionnaireResult[] {
  const sorted = [...questionnaires].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  const previous = new Map<string, QuestionnaireResult>();
  return sorted.map((q) => {
    const scored = score(q, opts);
    const prev = previous.get(q.instrument);
    const result: QuestionnaireResult = {
      id: q.id,
      instrument: q.instrument,
      date: q.date,
      ...scored,
      change: prev
        ? { previousId: prev.id, ...change(q.instrument, prev.score, scored.score, opts) }
        : null,
    };
    previous.set(q.instrument, result);
    return result;
  });
}
