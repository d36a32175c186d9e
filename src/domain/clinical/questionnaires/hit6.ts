/**
 * HIT-6 (Kosinski 2003; docs/clinical-rules.md §5.2): six items, 4-week recall, answer codes 1
 * never, 2 rarely, 3 sometimes, 4 very often, 5 always, weighted 6 / 8 / 10 / 11 / 13 (total
 * 36–78). The item wording is licensed (HIT-6™ © QualityMetric/GSK), so Stillpoint does not ship
 * it: the person enters the six answers from their own form, in form order.
 */
import { AppError } from '../../errors.ts';

export type Hit6Band = 'little_or_none' | 'some' | 'substantial' | 'severe';

/**
 * Points per answer code 1–5 [weights S; verify against the licensed form: docs/clinical-rules.md
 * §11, item 4].
 */
export const HIT6_POINTS: readonly number[] = [6, 8, 10, 11, 13];

/** UI text: where the answers come from. */
export const HIT6_SOURCE_NOTE =
  'Enter your six answers from your own HIT-6 form (1 = never … 5 = always), in the order of ' +
  'the form. Stillpoint does not show the questions because their wording is licensed.';

export interface Hit6Score {
  total: number;
  band: Hit6Band;
}

/** Band of a total: ≤ 49 little or no impact, 50–55 some, 56–59 substantial, ≥ 60 severe. */
export function hit6Band(total: number): Hit6Band {
  if (total <= 49) return 'little_or_none';
  if (total <= 55) return 'some';
  return total <= 59 ? 'substantial' : 'severe';
}

/**
 * Scores six HIT-6 answer codes (TV-HIT-3: 1,2,3,4,5,3 → 58 substantial). Refuses anything but
 * six codes 1–5 with `AppError('invalid')` naming the bad answer.
 */
export function scoreHit6(answers: readonly number[]): Hit6Score {
  if (answers.length !== 6) {
    throw new AppError('invalid', 'HIT-6 needs exactly six answers (codes 1–5)', 'answers');
  }
  let total = 0;
  answers.forEach((code, i) => {
    const points = Number.isInteger(code) ? HIT6_POINTS[code - 1] : undefined;
    if (points === undefined) {
      throw new AppError(
        'invalid',
        `answers[${i}]: HIT-6 answers are codes 1 (never) to 5 (always)`,
        `answers[${i}]`,
      );
    }
    total += points;
  });
  return { total, band: hit6Band(total) };
}

export type Hit6ChangeVerdict = 'improved' | 'worsened' | 'not_a_reliable_change';

export interface Hit6Change {
  delta: number;
  verdict: Hit6ChangeVerdict;
}

/**
 * Personal change between two totals. The individual 95 % CI is about ±5 points, so a change
 * smaller than `reliable` (default 5) is "not a reliable change" (TV-HIT-5: 62 → 58).
 */
export function hit6Change(previous: number, current: number, reliable = 5): Hit6Change {
  const delta = current - previous;
  if (delta <= -reliable) return { delta, verdict: 'improved' };
  if (delta >= reliable) return { delta, verdict: 'worsened' };
  return { delta, verdict: 'not_a_reliable_change' };
}
