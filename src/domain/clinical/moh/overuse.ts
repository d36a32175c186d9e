/**
 * Medication-overuse warnings, ICHD-3 8.2 (docs/clinical-rules.md §2.7), on calendar-month **days
 * with intake** (not doses). Output is a warning, never a diagnosis:
 * - `warning` "MOH warning (8.2.x)": class threshold met for > 3 months with headache on
 *   ≥ 15 days a month (and a pre-existing headache disorder);
 * - `early_warning`: class threshold met, but for too few months yet;
 * - `approaching`: class days ≥ threshold − `mohApproachMargin` in the latest month(s);
 * - `frequent_use`: class threshold met for > 3 months, but < 15 headache days a month.
 */
import type { MedicationClass } from '../../diary/vocabulary.ts';
import { agentDays, classDays, currentRun, type MonthCounts } from '../metrics/months.ts';
import { type ClinicalOptions, type MohGroup, requiredMonths } from '../options.ts';
import type { AnalgesicAgent } from './agents.ts';

export type MohLevel = 'warning' | 'early_warning' | 'approaching' | 'frequent_use';

export interface MohFinding {
  /** ICHD-3 code the finding refers to (8.2.1 … 8.2.8, 8.2.3.x sub-forms). */
  code: string;
  /** Medication class, `mixed` for 8.2.6. */
  class: string;
  level: MohLevel;
  message: string;
  /** Intake days per calendar month that count as overuse for this class. */
  threshold: number;
  /** Consecutive months at or above the threshold, ending at the latest month. */
  months: number;
  /** Intake days in the latest month assessed. */
  intakeDays: number;
  /** 8.2 A: mean headache days over those months ≥ `mohHeadacheDays`. */
  headacheCriterionMet: boolean;
  agent?: AnalgesicAgent;
}

interface Group {
  code: string;
  cls: string;
  label: string;
  threshold: number;
  days: (m: MonthCounts) => number;
  qualifies?: (m: MonthCounts) => boolean;
  /** Extra condition for "approaching" (8.2.6: several classes, none overused alone). */
  approachable?: (m: MonthCounts) => boolean;
  agent?: AnalgesicAgent;
}

const LABELS: Partial<Record<MedicationClass, string>> = {
  ergot: 'ergots',
  triptan: 'triptans',
  nonopioid_analgesic: 'non-opioid analgesics (paracetamol, aspirin, NSAIDs) together',
  opioid: 'opioids',
  combination_analgesic: 'combination analgesics',
  gepant: 'gepants',
  ditan: 'ditans',
  antiemetic: 'antiemetics',
  other: 'other acute medication',
};

const CODES: Partial<Record<MedicationClass, string>> = {
  ergot: '8.2.1',
  triptan: '8.2.2',
  nonopioid_analgesic: '8.2.3',
  opioid: '8.2.4',
  combination_analgesic: '8.2.5',
};

const SUBFORMS: readonly [string, AnalgesicAgent, AnalgesicAgent[], string][] = [
  ['8.2.3.1', 'paracetamol', ['paracetamol'], 'paracetamol'],
  ['8.2.3.2', 'nsaid', ['nsaid', 'asa'], 'NSAIDs'],
  ['8.2.3.2.1', 'asa', ['asa'], 'aspirin (ASA)'],
  ['8.2.3.3', 'other_nonopioid', ['other_nonopioid'], 'other non-opioid analgesics'],
];

/** Intake-day threshold of one class (its own group, or the 8.2.8 `other` threshold). */
export function classThreshold(cls: MedicationClass, opts: ClinicalOptions): number {
  const own = opts.mohThresholds[cls as MohGroup];
  return cls in CODES && own !== undefined ? own : opts.mohThresholds.other;
}

function groups(opts: ClinicalOptions): Group[] {
  const single = (cls: MedicationClass): Group => ({
    code: CODES[cls] ?? '8.2.8',
    cls,
    label: LABELS[cls] ?? cls,
    threshold: classThreshold(cls, opts),
    days: (m) => classDays(m.records, [cls]),
  });
  const mixed = opts.mohMixedClasses;
  const total = (m: MonthCounts) =>
    opts.mohMixedCounting === 'union'
      ? classDays(m.records, mixed)
      : mixed.reduce((n, c) => n + classDays(m.records, [c]), 0);
  /** Several classes used, none reaching its own threshold ("none overused alone"). */
  const combination = (m: MonthCounts) =>
    mixed.filter((c) => classDays(m.records, [c]) > 0).length >= 2 &&
    mixed.every((c) => classDays(m.records, [c]) < classThreshold(c, opts));
  const mixedGroup: Group = {
    code: '8.2.6',
    cls: 'mixed',
    label: 'acute medication of several classes together (none overused alone)',
    threshold: opts.mohThresholds.mixed,
    days: total,
    qualifies: (m) => total(m) >= opts.mohThresholds.mixed && combination(m),
    approachable: combination,
  };

  const keyed = Object.keys(CODES) as MedicationClass[];
  return [...keyed, ...opts.mohOtherClasses.filter((c) => !keyed.includes(c))]
    .map(single)
    .concat(mixedGroup);
}

function subformGroups(opts: ClinicalOptions): Group[] {
  return SUBFORMS.map(([code, agent, agents, label]) => ({
    code,
    cls: 'nonopioid_analgesic',
    label,
    threshold: opts.mohThresholds.nonopioid_analgesic,
    days: (m: MonthCounts) => agentDays(m.records, agents),
    agent,
  }));
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

function message(
  g: Group,
  level: MohLevel,
  run: number,
  latest: MonthCounts | undefined,
  opts: ClinicalOptions,
) {
  const t = g.threshold;
  const h = opts.mohHeadacheDays;
  if (level === 'warning') {
    return (
      `MOH warning (${g.code}): ${g.label} taken on ≥ ${t} days a month for ${run} ` +
      `consecutive months, with headache on ≥ ${h} days a month. This is a warning, not a ` +
      'diagnosis: talk to your doctor before changing any medication.'
    );
  }
  if (level === 'early_warning') {
    return (
      `Early warning: ${g.label} taken on ≥ ${t} days in each of the last ${run} month(s). ` +
      `Medication-overuse headache (${g.code}) needs this for more than 3 months; talk to your ` +
      'doctor about it now.'
    );
  }
  if (level === 'frequent_use') {
    return (
      `Frequent acute medication use: ${g.label} taken on ≥ ${t} days a month for ${run} ` +
      `months. Headache was on fewer than ${h} days a month, so this is not medication-overuse ` +
      'headache, but discuss it with your doctor.'
    );
  }
  const days = latest ? g.days(latest) : 0;
  return (
    `Approaching threshold: ${g.label} taken on ${days} days in ` +
    `${latest?.month ?? 'the latest month'} (overuse threshold: ${t} days a month).`
  );
}

function evaluate(
  g: Group,
  months: readonly MonthCounts[],
  opts: ClinicalOptions,
): MohFinding | undefined {
  const qualifies = g.qualifies ?? ((m: MonthCounts) => g.days(m) >= g.threshold);
  const run = currentRun(months, qualifies);
  const headacheOk =
    opts.assumePreexistingHeadacheDisorder &&
    run.length > 0 &&
    mean(run.map((m) => m.headacheDays)) >= opts.mohHeadacheDays;
  let level: MohLevel | undefined;
  let latest = run[run.length - 1];
  if (run.length >= requiredMonths(opts.chronicMonthsMode))
    level = headacheOk ? 'warning' : 'frequent_use';
  else if (run.length > 0) level = 'early_warning';
  else {
    const lastTwo = months.slice(-2).filter((m, i, all) => !m.inProgress || i === all.length - 1);
    const near = (m: MonthCounts) =>
      g.days(m) >= g.threshold - opts.mohApproachMargin && (g.approachable?.(m) ?? true);
    latest = lastTwo.filter(near).pop();
    if (latest && g.days(latest) > 0) level = 'approaching';
  }
  if (!level) return undefined;
  const finding: MohFinding = {
    code: g.code,
    class: g.cls,
    level,
    message: message(g, level, run.length, latest, opts),
    threshold: g.threshold,
    months: run.length,
    intakeDays: latest ? g.days(latest) : 0,
    headacheCriterionMet: headacheOk,
  };
  if (g.agent) finding.agent = g.agent;
  return finding;
}

/**
 * Medication-overuse findings over the diary's calendar months, most serious first. 8.2.6 is
 * coded only when no constituent class is overused alone (its total is the union of intake
 * days); 8.2.3 sub-forms are added to an 8.2.3 warning when one ingredient reaches the
 * threshold on its own. Preventives are never counted.
 */
export function medicationOveruse(
  months: readonly MonthCounts[],
  opts: ClinicalOptions,
): MohFinding[] {
  const out: MohFinding[] = [];
  for (const g of groups(opts)) {
    const finding = evaluate(g, months, opts);
    if (!finding) continue;
    out.push(finding);
    if (finding.code === '8.2.3' && finding.level === 'warning') {
      for (const sub of subformGroups(opts)) {
        const s = evaluate(sub, months, opts);
        if (s?.level === 'warning') out.push(s);
      }
    }
  }
  const rank: Record<MohLevel, number> = {
    warning: 0,
    early_warning: 1,
    frequent_use: 2,
    approaching: 3,
  };
  return out.sort((a, b) => rank[a.level] - rank[b.level]);
}
