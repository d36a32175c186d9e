/**
 * The `stillpoint metrics` result: 28-day blocks and calendar months with exposure and
 * completeness, the chronic-migraine pattern, medication-overuse warnings, red flags and
 * questionnaire scores.
 */
import { type Analysis, typedEpisodes } from '../analysis.ts';
import type { DiagnosisSuggestion } from '../classify/suggestion.ts';
import { countAttacks } from '../days/attack-count.ts';
import type { MohFinding } from '../moh/overuse.ts';
import type { AttackMergeRule, ChronicMonthsMode, MigraineDayRule } from '../options.ts';
import { type QuestionnaireResult, questionnaireResults } from '../questionnaires/results.ts';
import { type RedFlagResult, redFlagResults } from '../redflags/screen.ts';
import type { ChronicMigraineResult } from './chronic.ts';
import {
  blockRanges,
  monthRanges,
  type PeriodContext,
  type PeriodMetrics,
  periodMetrics,
} from './periods.ts';

export interface MetricsResult {
  /** 28-day blocks (`blockDays`) from `blockStart` (default: the first recorded day). */
  blocks: PeriodMetrics[];
  /** Calendar months. */
  months: PeriodMetrics[];
  chronicMigraine: ChronicMigraineResult;
  medicationOveruse: MohFinding[];
  redFlags: RedFlagResult[];
  questionnaires: QuestionnaireResult[];
  /** The rule choices behind the counts. */
  rules: {
    migraineDayRule: MigraineDayRule;
    attackMergeRule: AttackMergeRule;
    chronicMonthsMode: ChronicMonthsMode;
    blockStart: string | null;
  };
}

const DIAGNOSED = /^1\.(1|2|3)/;

/**
 * Period context: headache episodes, attacks and migraine attacks (after `attackMergeRule`).
 * Once migraine is diagnosed (1.1, 1.2.x or 1.3 met), attacks meeting 1.5 count as migraine
 * attacks (docs/clinical-rules.md §1.6).
 */
function periodContext(a: Analysis, diagnoses: readonly DiagnosisSuggestion[]): PeriodContext {
  const migraineKnown = diagnoses.some((d) => d.status === 'met' && DIAGNOSED.test(d.code));
  const rule = a.opts.migraineDayRule;
  const typed = typedEpisodes(a);
  const headache = typed.filter((_, i) => a.flags[i]?.headache).map((x) => x.c.episode);
  const migraine = typed
    .filter(
      ({ t }, i) =>
        a.flags[i]?.migraine[rule] ||
        t.type === 'migraine' ||
        (migraineKnown && t.type === 'probable_migraine'),
    )
    .map((x) => x.c.episode);
  return {
    table: a.table,
    headacheEpisodes: headache,
    attacks: countAttacks(headache, a.opts.attackMergeRule),
    migraineAttacks: countAttacks(migraine, a.opts.attackMergeRule),
    completeThrough: a.completeThrough,
    opts: a.opts,
  };
}

/** The whole metrics result of an analysed diary (`diagnoses` from the classification). */
export function metricsResult(
  a: Analysis,
  diagnoses: readonly DiagnosisSuggestion[],
): MetricsResult {
  const ctx = periodContext(a, diagnoses);
  const blockStart = a.opts.blockStart ?? a.table.firstRecorded;
  const last = a.table.last;
  const blocks =
    blockStart && last
      ? blockRanges(blockStart, last, a.opts.blockDays).map(([s, e]) => periodMetrics(s, e, ctx))
      : [];
  const months =
    a.table.first && last
      ? monthRanges(a.table.first, last).map(([s, e]) => periodMetrics(s, e, ctx))
      : [];
  return {
    blocks,
    months,
    chronicMigraine: a.chronic,
    medicationOveruse: a.overuse,
    redFlags: redFlagResults(a.diary, a.opts),
    questionnaires: questionnaireResults(a.diary.questionnaires, a.opts),
    rules: {
      migraineDayRule: a.opts.migraineDayRule,
      attackMergeRule: a.opts.attackMergeRule,
      chronicMonthsMode: a.opts.chronicMonthsMode,
      blockStart: blockStart ?? null,
    },
  };
}
