/**
 * MIDAS (Stewart 2001; docs/clinical-rules.md §5.1): 3-month recall, five scored day counts. Score
 * = Q1 + … + Q5; item A (headache days) and item B (average pain 0–10) are shown but **not added**.
 * Only answer codes are stored: `[q1, q2, q3, q4, q5, A, B]`.
 */
import { MIDAS_MAX_DAYS } from '../../diary/diary.schema.ts';
import { AppError } from '../../errors.ts';

export type MidasGrade = 'I' | 'II' | 'III' | 'IV' | 'IV-A' | 'IV-B';
export type MidasDisability = 'little_or_none' | 'mild' | 'moderate' | 'severe';

export interface MidasScore {
  score: number;
  grade: MidasGrade;
  disability: MidasDisability;
  /** Item A: headache days in 3 months (not scored). */
  headacheDays: number;
  /** Item B: average pain 0–10 (not scored). */
  averagePain: number;
}

/**
 * Item text of MIDAS (shown to the person; check the MIDAS terms before publishing,
 * docs/clinical-rules.md §5.3).
 */
export const MIDAS_ITEMS: readonly string[] = [
  'On how many days in the last 3 months did you miss work or school because of your headaches?',
  'How many days in the last 3 months was your productivity at work or school reduced by half ' +
    'or more because of your headaches? (Do not include days you counted in question 1.)',
  'On how many days in the last 3 months did you not do household work because of your ' +
    'headaches?',
  'How many days in the last 3 months was your productivity in household work reduced by half ' +
    'or more because of your headaches? (Do not include days you counted in question 3.)',
  'On how many days in the last 3 months did you miss family, social or leisure activities ' +
    'because of your headaches?',
  'A. On how many days in the last 3 months did you have a headache? (If a headache lasted ' +
    'more than 1 day, count each day.)',
  'B. On a scale of 0–10, on average how painful were these headaches? (0 = no pain at all, ' +
    '10 = pain as bad as it can be.)',
];

const refuse = (index: number, message: string) =>
  new AppError('invalid', `answers[${index}]: ${message}`, `answers[${index}]`);

/**
 * Checks MIDAS answers: seven integers; Q1–Q5 and A within 0–`MIDAS_MAX_DAYS`; Q1 + Q2 and
 * Q3 + Q4 at most `MIDAS_MAX_DAYS` (Q2 and Q4 exclude the days of Q1 and Q3); B within 0–10.
 * Throws `AppError('invalid')` naming the first bad answer.
 */
export function validateMidas(answers: readonly number[]): void {
  if (answers.length !== 7) {
    throw new AppError('invalid', 'MIDAS needs seven answers: Q1–Q5, A and B', 'answers');
  }
  answers.forEach((a, i) => {
    const max = i === 6 ? 10 : MIDAS_MAX_DAYS;
    if (!Number.isInteger(a) || a < 0 || a > max)
      throw refuse(i, `must be a whole number 0–${max}`);
  });
  const [q1 = 0, q2 = 0, q3 = 0, q4 = 0] = answers;
  if (q1 + q2 > MIDAS_MAX_DAYS) {
    throw refuse(1, `Q1 + Q2 (work or school days) cannot exceed ${MIDAS_MAX_DAYS}`);
  }
  if (q3 + q4 > MIDAS_MAX_DAYS) {
    throw refuse(3, `Q3 + Q4 (household days) cannot exceed ${MIDAS_MAX_DAYS}`);
  }
}

/** Grade of a MIDAS score: I 0–5, II 6–10, III 11–20, IV ≥ 21 (IV-A 21–40, IV-B ≥ 41 [M]). */
export function midasGrade(score: number, splitIV: boolean): MidasGrade {
  if (score <= 5) return 'I';
  if (score <= 10) return 'II';
  if (score <= 20) return 'III';
  if (!splitIV) return 'IV';
  return score <= 40 ? 'IV-A' : 'IV-B';
}

const DISABILITY: Readonly<Record<'I' | 'II' | 'III' | 'IV', MidasDisability>> = {
  I: 'little_or_none',
  II: 'mild',
  III: 'moderate',
  IV: 'severe',
};

/** Scores validated MIDAS answers (TV-MIDAS-1: (2,3,4,1,5), A 20, B 7 → 15, grade III). */
export function scoreMidas(answers: readonly number[], splitIV = false): MidasScore {
  validateMidas(answers);
  const [q1 = 0, q2 = 0, q3 = 0, q4 = 0, q5 = 0, a = 0, b = 0] = answers;
  const score = q1 + q2 + q3 + q4 + q5;
  const grade = midasGrade(score, splitIV);
  const base = grade.startsWith('IV') ? 'IV' : (grade as 'I' | 'II' | 'III');
  return { score, grade, disability: DISABILITY[base], headacheDays: a, averagePain: b };
}

export interface MidasChange {
  delta: number;
  /** AHS benefit [M]: −`points` from a baseline of 11–20, or −`fraction` from a baseline > 20. */
  benefit: boolean;
}

/**
 * Change between two MIDAS scores, with the AHS benefit criterion [M]: a drop of ≥ `points`
 * (default 5) from a baseline of 11–20, or of ≥ `fraction` (default 30 %) from a baseline > 20.
 * Baselines ≤ 10 have no benefit rule (false).
 */
export function midasChange(
  previous: number,
  current: number,
  points = 5,
  fraction = 0.3,
): MidasChange {
  const delta = current - previous;
  let benefit = false;
  if (previous >= 11 && previous <= 20) benefit = -delta >= points;
  else if (previous > 20) benefit = -delta >= fraction * previous;
  return { delta, benefit };
}
