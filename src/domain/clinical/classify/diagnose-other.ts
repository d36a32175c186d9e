/**
 * Tension-type (2.1 / 2.2 / 2.3) and cluster (3.1) suggestions over the diary.
 * TTH frequency is "days per month on average" over the **recorded** days (a month of history
 * with nothing recorded adds no exposure; an import that leaves months empty cannot dilute the
 * rate); 2.3 uses the calendar-month run computed with the other chronic patterns.
 */
import { daysBetween } from '../../calendar/dates.ts';
import type { Episode } from '../days/episodes.ts';
import type { ChronicStatus } from '../metrics/chronic.ts';
import { type ClinicalOptions, requiredMonths } from '../options.ts';
import { type DiagnosisSuggestion, suggest, type TypedEpisode } from './suggestion.ts';

const TTH_A = 10;
const CLUSTER_A = 5;
const MONTH_DAYS = 365.25 / 12;

/** Observed span of the diary and how many of its days are recorded. */
export interface Span {
  first: string;
  last: string;
  recordedDays: number;
}

/** Distinct local days touched by some episodes. */
const touchedDays = (eps: readonly Episode[]) =>
  new Set(eps.flatMap((e) => e.days.map((d) => d.date))).size;

/** 2.1 or 2.2 (or 2.3 provisional when ≥ 15 days a month) for definite or probable episodes. */
function episodicTension(
  eps: readonly Episode[],
  definite: boolean,
  span: Span,
  opts: ClinicalOptions,
): DiagnosisSuggestion | undefined {
  if (eps.length === 0) return undefined;
  const spanDays = daysBetween(span.first, span.last) + 1;
  const months = span.recordedDays / MONTH_DAYS;
  const rate = touchedDays(eps) / Math.max(months, 1 / MONTH_DAYS);
  const enough = eps.length >= TTH_A;
  const kind = definite ? 'tension-type' : 'probable tension-type';
  const what =
    `${eps.length} ${kind} episodes on ${rate.toFixed(1)} days a month ` +
    `over ${months.toFixed(1)} months of recorded days (${span.recordedDays} of ${spanDays} days)`;
  if (!definite && !enough) return undefined;
  const status = (longEnough: boolean) => {
    if (!definite || !enough) return 'probable';
    return longEnough ? 'met' : 'provisional';
  };
  if (rate < 1)
    return suggest('2.1', status(true), [`${what} (2.1: ≥ ${TTH_A} episodes, < 1 day a month).`]);
  const long = months >= requiredMonths(opts.chronicMonthsMode);
  if (rate < opts.chronicHeadacheDays) {
    return suggest('2.2', status(long), [
      `${what} (2.2: ≥ ${TTH_A} episodes on 1–14 days a month for > 3 months).`,
    ]);
  }
  return suggest('2.3', definite ? 'provisional' : 'probable', [
    `${what}: ≥ ${opts.chronicHeadacheDays} days a month, not yet for > 3 calendar months.`,
  ]);
}

/**
 * TTH suggestions. `chronicTension` is the status of the 2.3 month run; `probableMigraine` is true
 * when a 1.5 suggestion exists (then a probable 2.x is not coded: "1.5 + 2.4 → 1.5").
 */
export function tensionDiagnoses(
  items: readonly TypedEpisode[],
  chronicTension: { status: ChronicStatus; months: number },
  probableMigraine: boolean,
  span: Span | undefined,
  opts: ClinicalOptions,
): DiagnosisSuggestion[] {
  if (chronicTension.status !== 'not_met') {
    return [
      suggest('2.3', chronicTension.status === 'met' ? 'met' : 'provisional', [
        `Tension-type headache on ≥ ${opts.chronicHeadacheDays} days in each of the last ` +
          `${chronicTension.months} calendar months (needs ` +
          `${requiredMonths(opts.chronicMonthsMode)}, ${opts.chronicMonthsMode} reading of ` +
          '"> 3 months").',
      ]),
    ];
  }
  if (!span) return [];
  const of = (type: string) => items.filter((i) => i.t.type === type).map((i) => i.c.episode);
  const definite = episodicTension(of('tension_type'), true, span, opts);
  if (definite) return [definite];
  const probable = probableMigraine
    ? undefined
    : episodicTension(of('probable_tension_type'), false, span, opts);
  return probable ? [probable] : [];
}

/**
 * 3.1 D: from one attack every other day to 8 a day. Attacks are grouped into bouts (gaps of at
 * most `clusterBoutGapDays`); D holds when, over the bout days, there is at least one attack per
 * two days on average and never more than 8 on one day.
 */
function clusterFrequency(eps: readonly Episode[], opts: ClinicalOptions): boolean {
  const perDay = new Map<string, number>();
  for (const e of eps) perDay.set(e.startDate, (perDay.get(e.startDate) ?? 0) + 1);
  if ([...perDay.values()].some((n) => n > 8)) return false;
  const dates = [...perDay.keys()].sort();
  let boutDays = 0;
  let boutStart = dates[0];
  dates.forEach((d, i) => {
    const next = dates[i + 1];
    if (
      boutStart !== undefined &&
      (next === undefined || daysBetween(d, next) > opts.clusterBoutGapDays)
    ) {
      boutDays += daysBetween(boutStart, d) + 1;
      boutStart = next;
    }
  });
  return eps.length / Math.max(1, boutDays) >= 0.5;
}

/** 3.1: ≥ 5 attacks meeting B–C with D → met; 1–4 → probable. Always "see a doctor". */
export function clusterDiagnoses(items: readonly TypedEpisode[], opts: ClinicalOptions) {
  const eps = items.filter((i) => i.t.type === 'cluster').map((i) => i.c.episode);
  if (eps.length === 0) return [];
  const d = clusterFrequency(eps, opts);
  const advice = 'Pattern suggestive of cluster headache: see a doctor.';
  if (!d)
    return [
      suggest('3.1', 'probable', [
        `${eps.length} attacks meet 3.1 B–C but not the frequency D.`,
        advice,
      ]),
    ];
  const status = eps.length >= CLUSTER_A ? 'met' : 'probable';
  return [
    suggest('3.1', status, [`${eps.length} attacks meet 3.1 B–D (A needs ${CLUSTER_A}).`, advice]),
  ];
}
