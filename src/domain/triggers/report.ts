/**
 * The per-person trigger report (`docs/trigger-analysis.md` §4): for every check-in factor, what
 * the diary's at-risk days say about attack onsets after it, and for every trigger tagged on
 * attacks that the check-in does not record, that it cannot be tested yet.
 *
 * Steps: at-risk days (`risk-days.ts`) → the factor's exposure on each, unknown left out
 * (`exposures.ts`) → the minimum-data rule, decided without any estimate → one Bayesian logistic
 * model per factor adjusted for the time since the last attack (`factor-model.ts`) → K = the
 * factors that passed → verdicts with family-wise intervals (`classify.ts`) → plain words
 * (`wording.ts`). The same function serves the CLI, the API, the app and the PDF.
 */
import { daysBetween } from '../calendar/dates.ts';
import type { Diary } from '../diary/diary.schema.ts';
import { attacksTagged, isPremonitoryTag, tagNamesFactor, tagUses } from './attack-tags.ts';
import {
  type DataNeeded,
  dataNeeded,
  familyZ,
  hasMinimumData,
  verdictOf,
  Z95,
} from './classify.ts';
import { cycleStatus, type ExposureContext, exposureOf, usualLevels } from './exposures.ts';
import { countRows, type FactorRow, fitFactor, type LogOddsPosterior } from './factor-model.ts';
import { FACTORS, type FactorSpec, NIGHT_ENDS_HOUR } from './factors.ts';
import type { Verdict } from './labels.ts';
import {
  DEFAULT_TRIGGER_METHOD,
  FACTOR_PRIOR_SD,
  LOW_COMPLETENESS,
  type TriggerMethod,
} from './options.ts';
import { type RiskSet, riskSet } from './risk-days.ts';
import { estimateSentence, explanation, untestableTag } from './wording.ts';

export interface TriggerEstimate {
  /** Posterior-mode odds ratio of an onset after an exposed day vs an unexposed one. */
  oddsRatio: number;
  /** Plain 95 % interval. */
  interval95: [number, number];
  /** Family-wise interval (level 1 − 0.05 / K): the one the verdict uses. */
  adjustedInterval: [number, number];
}

export interface FactorResult {
  /** Check-in field name (`sleepHours`, …) or the attack tag as written. */
  factor: string;
  label: string;
  source: 'check_in' | 'attack_tag';
  verdict: Verdict;
  /** Also a premonitory (early-warning) symptom: never called a trigger. */
  premonitory: boolean;
  suspected: {
    /** Marked in the profile (`person.factors`). */
    profile: boolean;
    /** Attack tags naming it, and on how many attacks they were set. */
    attackTags: string[];
    attacksTagged: number;
  };
  /** What an exposed day is ("less than 6 h of sleep"); null for attack tags. */
  exposure: string | null;
  /** The lag, stated. */
  timing: string;
  estimate: TriggerEstimate | null;
  data: {
    /** At-risk days where the factor is known. */
    days: number;
    onsets: number;
    exposedDays: number;
    exposedOnsets: number;
    /** Share of at-risk days where the factor is known. */
    completeness: number;
    lowCompleteness: boolean;
    /** Passed the minimum-data rule and counts towards K. */
    tested: boolean;
  };
  /** For `not_enough_data`: more diary that would probably settle it. */
  needed: DataNeeded | null;
  /** Days without an attack on which the factor is known (0 for attack tags). */
  controlDays: number;
  /** Offer to add the factor to the daily check-in (attack tags). */
  offerCheckIn: boolean;
  /** The estimate in plain words, e.g. "On days after less than 6 h of sleep, …". */
  summary: string | null;
  explanation: string;
}

export interface TriggerReport {
  /** Days analysed (first recorded to last complete day). */
  period: { from: string; to: string } | null;
  atRiskDays: number;
  onsets: number;
  /** K: factors with the minimum data, sharing the 5 % error rate. */
  factorsTested: number;
  method: {
    rows: string;
    lag: string;
    model: string;
    adjustment: string;
    adjustedLevel: number;
  };
  factors: FactorResult[];
  caveat: string;
}

const TIMING_WORDS: Record<FactorSpec['timing'], string> = {
  dayBefore: 'the check-in of the day before the attack began',
  nightBefore: `the night before the day the attack began (unknown when it began before ${String(NIGHT_ENDS_HOUR).padStart(2, '0')}:00)`,
  cycleWindow: 'the day the attack began lies in the menstrual window (day −2 to +3)',
};

const CAVEAT =
  'These are associations in your own diary, not proof of cause. A factor can go with attacks because something else goes with both. A planned self-test (ABAB) of a likely trigger is the way to find out whether avoiding it helps.';

function usualWords(spec: FactorSpec, usual: number | undefined): string | null {
  const rule = spec.rule;
  if (rule.type === 'fixed') return rule.words;
  if (usual === undefined) return null;
  return rule.words(formatUsual(usual));
}

const formatUsual = (v: number): string =>
  Number.isInteger(v) ? String(v) : String(Math.round(v * 10) / 10);

interface Prepared {
  spec: FactorSpec;
  rows: FactorRow[];
  recorded: boolean;
}

function prepare(diary: Diary, risk: RiskSet): Prepared[] {
  const ctx: ExposureContext = {
    checkIns: risk.checkIns,
    usual: usualLevels(diary, FACTORS),
    cycle: cycleStatus(diary),
  };
  return FACTORS.map((spec) => {
    const rows: FactorRow[] = [];
    for (const r of risk.rows) {
      const exposed = exposureOf(spec, r, ctx);
      if (exposed !== undefined) rows.push({ exposed, onset: r.onset, gapDays: r.gapDays });
    }
    const recorded = diary.days.some((d) => d[spec.factor] !== undefined);
    return { spec, rows, recorded };
  });
}

function estimateOf(p: LogOddsPosterior, z: number): TriggerEstimate {
  const at = (k: number) => Math.exp(p.logOr + k * p.sd);
  return {
    oddsRatio: Math.exp(p.logOr),
    interval95: [at(-Z95), at(Z95)],
    adjustedInterval: [at(-z), at(z)],
  };
}

/**
 * The trigger report of a validated diary. `now` (UTC instant) makes today incomplete and
 * bounds ongoing attacks. `method` is for the benchmark's comparisons only.
 */
export function triggerReport(
  diary: Diary,
  now: string | undefined,
  method: TriggerMethod = DEFAULT_TRIGGER_METHOD,
): TriggerReport {
  const risk = riskSet(diary, now, method.rows);
  const prepared = prepare(diary, risk);
  const tested = prepared.filter((p) => hasMinimumData(countRows(p.rows)));
  const k = tested.length;
  const z = method.familyWise ? familyZ(k) : Z95;
  const weeks = risk.from && risk.to ? (daysBetween(risk.from, risk.to) + 1) / 7 : 0;
  const usual = usualLevels(diary, FACTORS);
  const uses = tagUses(diary.attacks);
  const claimed = new Set<string>();
  const factors: FactorResult[] = prepared.map(({ spec, rows, recorded }) => {
    const counts = countRows(rows);
    const isTested = tested.some((t) => t.spec === spec);
    const posterior = isTested ? fitFactor(rows, method.gapTerm) : null;
    const verdict: Verdict = posterior
      ? verdictOf(posterior, z, spec.kind, method.premonitoryGuard)
      : 'not_enough_data';
    const estimate = posterior ? estimateOf(posterior, z) : null;
    const needed =
      verdict === 'not_enough_data' && recorded
        ? dataNeeded(counts, posterior, weeks > 0 ? counts.rows / weeks : 0)
        : null;
    const tags = uses.filter((u) => tagNamesFactor(u, spec));
    for (const t of tags) claimed.add(t.words);
    const exposure = usualWords(spec, usual.get(spec.factor));
    const riskDays = risk.rows.length;
    return {
      factor: spec.factor,
      label: spec.label,
      source: 'check_in',
      verdict,
      premonitory: spec.kind === 'symptomLike',
      suspected: {
        profile: spec.profile.some((f) => diary.person.factors.includes(f)),
        attackTags: tags.map((t) => t.tag),
        attacksTagged: attacksTagged(diary.attacks, (words) => spec.tags.test(words)),
      },
      exposure,
      timing: TIMING_WORDS[spec.timing],
      estimate,
      data: {
        days: counts.rows,
        onsets: counts.onsets,
        exposedDays: counts.exposed,
        exposedOnsets: counts.exposedOnsets,
        completeness: riskDays > 0 ? counts.rows / riskDays : 0,
        lowCompleteness: riskDays > 0 && counts.rows / riskDays < LOW_COMPLETENESS,
        tested: isTested,
      },
      needed,
      controlDays: counts.rows - counts.onsets,
      offerCheckIn: false,
      summary:
        estimate && exposure
          ? estimateSentence(spec.timing, exposure, estimate.oddsRatio, estimate.adjustedInterval)
          : null,
      explanation: explanation(verdict, {
        tests: k,
        needed,
        recorded,
        higher: (estimate?.oddsRatio ?? 1) >= 1,
      }),
    };
  });
  for (const use of uses) {
    if (claimed.has(use.words)) continue;
    const premonitory = isPremonitoryTag(use.tag);
    factors.push({
      factor: use.tag,
      label: use.tag.replace(/_/g, ' '),
      source: 'attack_tag',
      verdict: premonitory ? 'early_warning_or_trigger' : 'not_enough_data',
      premonitory,
      suspected: { profile: false, attackTags: [use.tag], attacksTagged: use.attacks },
      exposure: null,
      timing: 'tagged on attacks only',
      estimate: null,
      data: {
        days: 0,
        onsets: 0,
        exposedDays: 0,
        exposedOnsets: 0,
        completeness: 0,
        lowCompleteness: true,
        tested: false,
      },
      needed: null,
      controlDays: 0,
      offerCheckIn: true,
      summary: null,
      explanation: untestableTag(use.tag, use.attacks, premonitory),
    });
  }
  const period = risk.from && risk.to ? { from: risk.from, to: risk.to } : null;
  return {
    period,
    atRiskDays: risk.rows.length,
    onsets: risk.rows.filter((r) => r.onset).length,
    factorsTested: k,
    method: {
      rows: 'days at risk: the day before was recorded and free of any attack, and the day is recorded (an attack began, or a check-in without attack); days before the first recorded attack are not used',
      lag: 'each factor has one lag fixed in advance (shown with the factor)',
      model: `one Bayesian logistic model per factor (normal prior, SD ${FACTOR_PRIOR_SD} on the log odds ratio), adjusted for the time since the last attack`,
      adjustment: `Family-wise: the ${k} factor${k === 1 ? '' : 's'} tested share a 5 % chance of any false "likely" call (Bonferroni, intervals at ${(100 * (1 - 0.05 / Math.max(1, k))).toFixed(1)} %)`,
      adjustedLevel: 1 - 0.05 / Math.max(1, k),
    },
    factors,
    caveat: CAVEAT,
  };
}
