/**
 * The verdict ladder of docs/clinical-rules.md §8.4 and its plain-language one-liner. "Otherwise"
 * closes the 0.90–0.95 gap, so TV-S-1 (P(R < 1) = 0.926) is `no_clear_change`.
 */
import type { VerdictOptions } from './options.ts';
import type { VerdictLabel, VerdictOutcome } from './types.ts';
import { outcomeName } from './warnings.ts';

/** Probabilities the ladder needs. */
export interface LadderInput {
  /** P(R < 1). */
  pBelowOne: number;
  /** P(R > 1). */
  pAboveOne: number;
  /** P(R < placeboRatio). */
  pBelowPlacebo: number;
}

/**
 * `improved` when P(R < 1) ≥ improvedProbability (0.95); `worsened` when P(R > 1) ≥
 * worsenedProbability (0.95); otherwise `no_clear_change`. Gates are checked by the caller.
 */
export function ladder(
  p: LadderInput,
  options: Pick<VerdictOptions, 'improvedProbability' | 'worsenedProbability'>,
): Exclude<VerdictLabel, 'insufficient_data'> {
  if (p.pBelowOne >= options.improvedProbability) return 'improved';
  if (p.pAboveOne >= options.worsenedProbability) return 'worsened';
  return 'no_clear_change';
}

/** The docs/clinical-rules.md §8.4 sub-flag: P(R < 0.75) ≥ 0.90 on an improved verdict. */
export function beyondTypicalPlacebo(
  label: VerdictLabel,
  p: LadderInput,
  options: Pick<VerdictOptions, 'beyondPlaceboProbability'>,
): boolean {
  return label === 'improved' && p.pBelowPlacebo >= options.beyondPlaceboProbability;
}

const fmt = (x: number | null): string => (x === null ? '–' : (Math.round(x * 10) / 10).toFixed(1));

/**
 * One sentence describing the verdict as a change over time ("were lower after the course
 * started"), never as an effect of the therapy.
 */
export function summarise(
  label: VerdictLabel,
  outcome: VerdictOutcome,
  before: number | null,
  after: number | null,
): string {
  const name = outcomeName(outcome);
  const rates = `(${fmt(before)} → ${fmt(after)} per 28 days)`;
  switch (label) {
    case 'improved':
      return `Your ${name} were lower after the course started ${rates}.`;
    case 'worsened':
      return `Your ${name} were higher after the course started ${rates}.`;
    case 'no_clear_change':
      return `No clear change in ${name} since the course started ${rates}: the diary fits both fewer and more ${name}.`;
    default:
      return `Not enough diary data for a verdict yet; see the warnings for what is missing.`;
  }
}
