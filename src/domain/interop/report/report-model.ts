/**
 * Everything the doctor report shows, as plain data computed from the diary by the clinical
 * engine (pure; the PDF renderer only lays it out): the period's headache and migraine days per
 * 28-day block, acute-medication days by class with overuse status, the attacks, therapy courses
 * with their sessions and verdict, questionnaire scores with their change, red flags answered
 * "yes", and the diagnosis suggestions with their "not a diagnosis" disclaimer.
 *
 * Blocks end on the period's last day and cover whole 28-day blocks, so the first block may
 * start a little before `from`; counts in the summary cover exactly `from`…`to`.
 */
import { addDays, ageOn, daysBetween } from '../../calendar/dates.ts';
import { personToday } from '../../calendar/local-day.ts';
import { localDateOf } from '../../calendar/zoned.ts';
import { analyseDiary } from '../../clinical/analysis.ts';
import { classificationResult, diagnoses } from '../../clinical/classify/classify-diary.ts';
import { dayRows } from '../../clinical/days/day-rows.ts';
import { metricsResult } from '../../clinical/metrics/metrics-diary.ts';
import { minValidDays, resolveClinicalOptions } from '../../clinical/options.ts';
import type { Diary } from '../../diary/diary.schema.ts';
import type { MedicationClass } from '../../diary/vocabulary.ts';
import { localCell } from '../csv/cells.ts';
import { inPeriod } from '../slice.ts';
import { type AttackRow, attackRows } from './report-attacks.ts';
import { type MedicationClassRow, medicationRows } from './report-medication.ts';
import { type TherapyRow, therapyRows } from './report-therapies.ts';
import { type TriggerSection, triggerSection } from './report-triggers.ts';

export interface ReportOptions {
  from: string;
  to: string;
  /** Current instant (UTC): marks blocks in progress and bounds ongoing attacks. */
  now: string;
}

export interface BlockRow {
  start: string;
  end: string;
  recordedDays: number;
  valid: boolean;
  inProgress: boolean;
  headacheDays: number;
  migraineDays: number;
  acuteMedicationDays: number;
}

export interface ReportModel {
  period: { from: string; to: string; days: number };
  /** Local date and time the report was made. */
  generated: string;
  person: { timeZone: string; age: number | null; factors: string[] };
  summary: {
    recordedDays: number;
    headacheDays: number;
    migraineDays: number;
    acuteMedicationDays: number;
    daysLost: number;
    attacks: number;
  };
  blocks: BlockRow[];
  medication: MedicationClassRow[];
  attacks: AttackRow[];
  therapies: TherapyRow[];
  /** Session days (local) within the blocks, for the chart. */
  sessionDays: string[];
  questionnaires: {
    instrument: string;
    date: string;
    score: number;
    band: string;
    change: string;
  }[];
  redFlags: { date: string; message: string; flags: string[] }[];
  /** What goes with attacks over the whole diary (docs/trigger-analysis.md). */
  triggers: TriggerSection;
  diagnoses: { code: string; name: string; status: string }[];
  chronicMigraine: string;
  disclaimer: string;
}

/** Days per block of the report. */
export const REPORT_BLOCK_DAYS = 28;

function changeText(change: { delta: number; verdict?: string; benefit?: boolean } | null): string {
  if (!change) return 'first entry';
  const sign = change.delta > 0 ? '+' : change.delta < 0 ? '−' : '±';
  const what =
    change.verdict?.replace(/_/g, ' ') ??
    (change.benefit ? 'meets the benefit criterion' : 'no benefit criterion met');
  return `${sign}${Math.abs(change.delta)} (${what})`;
}

/** Builds the report model of `diary` for the period `from`…`to` (local days). */
export function reportModel(diary: Diary, options: ReportOptions): ReportModel {
  const { from, to, now } = options;
  const period = { from, to };
  const tz = diary.person.timeZone;
  const opts = resolveClinicalOptions({ now });
  const analysis = analyseDiary(diary, opts);
  const rows = dayRows(analysis);
  const inRange = rows.filter((r) => inPeriod(r.date, period));
  const count = (f: (r: (typeof rows)[number]) => boolean) => inRange.filter(f).length;
  const span = daysBetween(from, to) + 1;
  const blocksCount = Math.max(1, Math.ceil(span / REPORT_BLOCK_DAYS));
  const firstBlock = addDays(to, -(blocksCount * REPORT_BLOCK_DAYS) + 1);
  const today = personToday(diary.person, now);
  const blocks: BlockRow[] = Array.from({ length: blocksCount }, (_, k) => {
    const start = addDays(firstBlock, k * REPORT_BLOCK_DAYS);
    const end = addDays(start, REPORT_BLOCK_DAYS - 1);
    const days = rows.filter((r) => r.date >= start && r.date <= end);
    const recordedDays = days.filter((r) => r.recorded).length;
    return {
      start,
      end,
      recordedDays,
      valid: recordedDays >= minValidDays(REPORT_BLOCK_DAYS, opts.validCompleteness),
      inProgress: end >= today,
      headacheDays: days.filter((r) => r.headache).length,
      migraineDays: days.filter((r) => r.migraine).length,
      acuteMedicationDays: days.filter((r) => r.acuteMedication).length,
    };
  });
  // The same analysis as `stillpoint metrics` and `classify` with this `now`, made once.
  const metrics = metricsResult(analysis, diagnoses(analysis));
  const classification = classificationResult(analysis);
  const attacks = attackRows(diary, period, classification.attacks);
  const names = new Map<MedicationClass, string[]>();
  for (const i of diary.intakes) {
    const med = diary.medications.find((x) => x.id === i.medicationId);
    if (!med || !inPeriod(localDateOf(i.at, tz), period)) continue;
    const list = names.get(med.class) ?? [];
    if (!list.includes(med.name)) list.push(med.name);
    names.set(med.class, list);
  }
  const chronic = metrics.chronicMigraine;
  const birth = diary.person.birthDate;
  return {
    period: { from, to, days: span },
    generated: String(localCell(now, tz)).slice(0, 16).replace('T', ' '),
    person: { timeZone: tz, age: birth ? ageOn(birth, to) : null, factors: diary.person.factors },
    summary: {
      recordedDays: count((r) => r.recorded),
      headacheDays: count((r) => r.headache),
      migraineDays: count((r) => r.migraine),
      acuteMedicationDays: count((r) => r.acuteMedication),
      daysLost: count((r) => r.lost),
      attacks: attacks.length,
    },
    blocks,
    medication: medicationRows(inRange, metrics.medicationOveruse, opts, names),
    attacks,
    therapies: therapyRows(diary, period, now, analysis),
    sessionDays: diary.sessions
      .map((s) => localDateOf(s.at, tz))
      .filter((d) => d >= firstBlock && d <= to),
    questionnaires: metrics.questionnaires
      .filter((q) => inPeriod(q.date, period))
      .map((q) => ({
        instrument: q.instrument === 'hit6' ? 'HIT-6' : 'MIDAS',
        date: q.date,
        score: q.score,
        band: q.instrument === 'hit6' ? `${q.band.replace(/_/g, ' ')} impact` : `grade ${q.band}`,
        change: changeText(q.change),
      })),
    redFlags: metrics.redFlags
      .filter((f) => inPeriod(f.date, period))
      .map((f) => ({
        date: f.date,
        message: f.message,
        flags: f.flags.map(
          (x) => `#${x.item} ${x.code.replace(/_/g, ' ')} (check for ${x.concern})`,
        ),
      })),
    triggers: triggerSection(diary, now),
    diagnoses: classification.diagnoses.map((d) => ({
      code: d.code,
      name: d.name,
      status: d.status,
    })),
    chronicMigraine: `Chronic migraine pattern (ICHD-3 1.3): ${chronic.status.replace(/_/g, ' ')}${chronic.reasons[0] ? `. ${chronic.reasons[0]}` : ''}`,
    disclaimer: classification.disclaimer,
  };
}
