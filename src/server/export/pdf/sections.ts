/**
 * The sections of the doctor report, each drawing one part of the report model with the layout
 * helpers. Sections move to the next page when they do not fit; the attack table is cut to the
 * most recent attacks that fit, so the report never exceeds two pages.
 */
import type { ReportModel } from '../../../domain/interop/report/report-model.ts';
import { verdictContext } from '../../../domain/interop/report/report-therapies.ts';
import { type CellValue, COLORS, type Column, type Layout } from './layout.ts';

/** Starts a new page when fewer than `needed` points are left. */
function ensure(l: Layout, needed: number): void {
  if (l.room() < needed) {
    l.doc.addPage();
    l.y = 36;
  }
}

const ACTION = /(Call emergency services[^.]*\.|See a doctor today[^.]*\.)/;

export function drawMedication(l: Layout, m: ReportModel): void {
  ensure(l, 70);
  l.heading(
    'Acute medication days by class',
    'overuse thresholds count days with intake per calendar month (ICHD-3 8.2)',
  );
  if (m.medication.length === 0) {
    l.paragraph('No acute medication recorded in this period.');
    return;
  }
  const columns: Column[] = [
    { header: 'Class (medications)', width: 3.6 },
    { header: 'Days in period', width: 1.6, align: 'right' },
    { header: 'Most days in a month', width: 1.9, align: 'right' },
    { header: 'Threshold / month', width: 1.8, align: 'right' },
    { header: 'Overuse status', width: 4.2 },
  ];
  l.table(
    columns,
    m.medication.map((r) => [
      r.label,
      String(r.days),
      String(r.maxMonthDays),
      `≥ ${r.threshold}`,
      { text: r.status, alert: r.alert, bold: r.alert },
    ]),
  );
}

export function drawTherapies(l: Layout, m: ReportModel): void {
  ensure(l, 60);
  l.heading('Therapies', 'pain before → after: mean in-session change, an immediate effect only');
  if (m.therapies.length === 0) {
    l.paragraph('No therapy course in this period.');
    return;
  }
  const columns: Column[] = [
    { header: 'Course', width: 2.6 },
    { header: 'Period', width: 2.3 },
    { header: 'Sessions (period / all)', width: 1.6, align: 'right' },
    { header: 'Rhythm', width: 1.5 },
    { header: 'Pain before → after', width: 1.5, align: 'center' },
    { header: 'Verdict', width: 4.7 },
  ];
  l.table(
    columns,
    m.therapies.map((t) => [
      t.name.toLowerCase().includes(t.kind.toLowerCase())
        ? t.name
        : `${t.name} (${t.kind.toLowerCase()})`,
      `${t.start} – ${t.end ?? 'ongoing'}`,
      `${t.sessionsInPeriod} / ${t.sessionsTotal}`,
      t.rhythm,
      t.painBefore === null ? '' : `${t.painBefore} → ${t.painAfter}`,
      { text: [t.verdict, ...t.verdictWarnings].join(' '), bold: false },
    ]),
  );
  l.paragraph(verdictContext());
}

export function drawQuestionnaires(l: Layout, m: ReportModel): void {
  ensure(l, 50);
  l.heading('Questionnaires', 'change against the previous entry of the same instrument');
  if (m.questionnaires.length === 0) {
    l.paragraph('No MIDAS or HIT-6 in this period.');
    return;
  }
  const columns: Column[] = [
    { header: 'Instrument', width: 1.5 },
    { header: 'Date', width: 1.7 },
    { header: 'Score', width: 1, align: 'right' },
    { header: 'Band', width: 2.6 },
    { header: 'Change', width: 4.4 },
  ];
  l.table(
    columns,
    m.questionnaires.map((q) => [q.instrument, q.date, String(q.score), q.band, q.change]),
  );
}

export function drawRedFlags(l: Layout, m: ReportModel): void {
  ensure(l, 40);
  l.heading('Red flags answered "yes"', 'SNNOOP10 screen');
  if (m.redFlags.length === 0) {
    l.paragraph('No red-flag question was answered "yes" in this period.');
    return;
  }
  for (const f of m.redFlags) {
    const action = ACTION.exec(f.message)?.[1];
    l.paragraph(`${f.date}: ${f.flags.join('; ')}.${action ? ` ${action}` : ''}`, {
      color: COLORS.alert,
      size: 8,
    });
  }
}

export function drawTriggers(l: Layout, m: ReportModel): void {
  const t = m.triggers;
  const columns: Column[] = [
    { header: 'Factor', width: 1.8 },
    { header: 'Verdict', width: 2.2 },
    { header: 'Suspected', width: 2 },
    { header: 'Finding', width: 7 },
  ];
  const rows: CellValue[][] = t.rows.map((r) => [
    r.factor,
    { text: r.verdict, bold: r.notable },
    r.suspected,
    r.finding,
  ]);
  // The whole section on one page: heading, note, table and the two summary lines.
  ensure(l, (rows.length > 0 ? l.tableHeight(columns, rows, 7) : 0) + 70);
  l.heading('What goes with attack onsets', 'patient-reported check-ins; associations, not causes');
  l.paragraph(t.note, { size: 7, color: COLORS.muted });
  if (rows.length > 0) l.table(columns, rows, { size: 7 });
  for (const line of [t.rest, t.tagsOnly]) if (line) l.paragraph(line, { size: 7 });
}

export function drawDiagnoses(l: Layout, m: ReportModel): void {
  ensure(l, 60);
  l.heading(
    'Diagnosis suggestions: NOT A DIAGNOSIS',
    'patterns in the diary consistent with ICHD-3 criteria',
  );
  if (m.diagnoses.length === 0) l.paragraph('No pattern met yet.');
  for (const d of m.diagnoses)
    l.paragraph(`ICHD-3 ${d.code} ${d.name}: ${d.status} (not a diagnosis)`, { size: 8 });
  l.y += 2;
  l.box(m.disclaimer);
}

/**
 * The attack table: on the current page when it fits, else on the next page (the report's
 * second and last); when not all attacks fit there either, the most recent ones that do.
 */
export function drawAttacks(l: Layout, m: ReportModel, legend: string): void {
  const columns: Column[] = [
    { header: 'Date', width: 1.55 },
    { header: 'Start', width: 0.8 },
    { header: 'Duration', width: 1.35 },
    { header: 'Peak pain', width: 0.85, align: 'center' },
    { header: 'Type', width: 1.9 },
    { header: 'Features', width: 2.8 },
    { header: 'Medication: relief at 2 h', width: 3.6 },
    { header: 'Dis.', width: 0.55, align: 'center' },
  ];
  const rows: CellValue[][] = m.attacks.map((a): CellValue[] => [
    a.date,
    a.time,
    a.duration,
    { text: a.peakPain === null ? '' : String(a.peakPain), bold: (a.peakPain ?? 0) >= 7 },
    a.type,
    a.features,
    a.medication,
    a.disability === null ? '' : String(a.disability),
  ]);
  const size = 7;
  const extra = 45; // heading and legend
  if (
    l.room() < l.tableHeight(columns, rows, size) + extra &&
    l.doc.bufferedPageRange().count < 2
  ) {
    ensure(l, Number.POSITIVE_INFINITY);
  }
  l.heading(`Attacks (${m.attacks.length})`, 'local time of onset; medication with relief at 2 h');
  if (m.attacks.length === 0) {
    l.paragraph('No attacks in this period.');
    return;
  }
  const legendHeight = 18;
  const fits = (from: number, room: number) =>
    l.tableHeight(columns, rows.slice(from), size) <= room;
  let first = 0;
  if (!fits(0, l.room() - legendHeight)) {
    const room = l.room() - legendHeight - 12; // and a line saying what is not shown
    while (first < rows.length && !fits(first, room)) first++;
  }
  if (first > 0) {
    const s = first > 1 ? 's' : '';
    l.paragraph(
      `${first} earlier attack${s} of the period not shown (all attacks are in the CSV and FHIR exports).`,
      { size: 7.5, color: COLORS.muted },
    );
  }
  l.table(columns, rows.slice(first), { size });
  l.paragraph(
    `Features: ${legend}. Dis.: disability 0 none – 3 bed rest. Relief: none / partial / complete.`,
    { size: 6.5, color: COLORS.muted },
  );
}
