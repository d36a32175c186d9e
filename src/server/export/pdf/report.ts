/**
 * The doctor report: a one-to-two-page A4 PDF for a chosen period, made with pdfkit and the
 * embedded DejaVu fonts (all text extractable). Page 1 holds the summary, the migraine and
 * headache days per 28 days chart (Plot spec from `src/shared/charts.ts`), acute medication by
 * class with overuse status, therapies with their sessions and verdict, questionnaires, red
 * flags and the diagnosis suggestions marked "not a diagnosis"; the attack table follows on
 * page 1 when it fits, else on page 2 (cut to the most recent attacks that fit there).
 */
import PDFDocument from 'pdfkit';
import type { Diary } from '../../../domain/diary/diary.schema.ts';
import { FEATURE_LEGEND } from '../../../domain/interop/report/report-attacks.ts';
import { type ReportModel, reportModel } from '../../../domain/interop/report/report-model.ts';
import { blockDaysChartSpec, daysChartLegend, PRINT_STYLE } from '../../../shared/charts.ts';
import { drawChart } from './chart.ts';
import { FONT, registerFonts } from './fonts.ts';
import { COLORS, Layout } from './layout.ts';
import {
  drawAttacks,
  drawDiagnoses,
  drawMedication,
  drawQuestionnaires,
  drawRedFlags,
  drawTherapies,
  drawTriggers,
} from './sections.ts';

export interface ReportRequest {
  from: string;
  to: string;
  /** Current instant (UTC, `Z`). */
  now: string;
}

/** Rate per 28 recorded days, only when enough days were recorded for a rate to mean much. */
const per28 = (n: number, recorded: number) =>
  recorded >= 23 ? ` (${((n * 28) / recorded).toFixed(1)} per 28 recorded days)` : '';

function header(l: Layout, m: ReportModel): void {
  const { doc } = l;
  doc
    .font(FONT.bold)
    .fontSize(15)
    .fillColor(COLORS.accent)
    .text('Headache diary report', l.left, l.y);
  doc.font(FONT.regular).fontSize(8).fillColor(COLORS.muted);
  doc.text(`${m.period.from} – ${m.period.to} (${m.period.days} days)`, l.left, l.y - 14, {
    width: l.width,
    align: 'right',
  });
  l.y += 2;
  const who = [
    m.person.age === null ? '' : `Age ${m.person.age}`,
    `Time zone ${m.person.timeZone}`,
    m.person.factors.length > 0
      ? `Reported factors: ${m.person.factors.map((f) => f.replace(/_/g, ' ')).join(', ')}`
      : '',
  ].filter((s) => s !== '');
  l.paragraph(
    `Patient-reported diary (Stillpoint). ${who.join(' · ')}. Generated ${m.generated}.`,
    { size: 7.5, color: COLORS.muted },
  );
  const s = m.summary;
  const d = m.period.days;
  l.y += 2;
  l.paragraph(
    `Recorded days ${s.recordedDays} of ${d} · headache days ${s.headacheDays}${per28(s.headacheDays, s.recordedDays)} · ` +
      `migraine days ${s.migraineDays}${per28(s.migraineDays, s.recordedDays)} · acute-medication days ${s.acuteMedicationDays} · ` +
      `days lost ${s.daysLost} · attacks ${s.attacks}`,
    { size: 8.5, bold: true },
  );
  l.paragraph(m.chronicMigraine, { size: 7.5, color: COLORS.muted });
}

function chart(l: Layout, m: ReportModel): void {
  l.heading(
    'Migraine and headache days per 28 days',
    'labels: migraine / headache days; faded: < 23 of 28 days recorded, or running',
  );
  const { doc } = l;
  let x = l.left;
  for (const item of daysChartLegend(PRINT_STYLE)) {
    doc.fillColor(item.color);
    if (item.shape === 'square') doc.rect(x, l.y + 1.5, 7, 7).fill();
    else doc.polygon([x + 3.5, l.y + 1], [x + 7, l.y + 5], [x + 3.5, l.y + 9], [x, l.y + 5]).fill();
    doc
      .font(FONT.regular)
      .fontSize(7.5)
      .fillColor(COLORS.text)
      .text(item.label, x + 10, l.y + 1, { lineBreak: false });
    x += 10 + doc.widthOfString(item.label) + 14;
  }
  l.y += 12;
  const height = 165;
  const spec = blockDaysChartSpec(
    {
      blocks: m.blocks,
      sessions: m.sessionDays,
      therapies: m.therapies.map((t) => ({ name: t.name, start: t.start })),
    },
    { ...PRINT_STYLE, width: l.width, height, font: 'DejaVu Sans' },
  );
  drawChart(doc, spec, l.left, l.y);
  l.y += height + 2;
}

function footer(doc: PDFKit.PDFDocument): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0; // the footer sits in the margin; keep pdfkit from breaking the page
    const y = doc.page.height - 30;
    doc.font(FONT.regular).fontSize(6.5).fillColor(COLORS.muted);
    doc.text(
      'Stillpoint · patient-reported data · classifications follow ICHD-3 criteria and are not a diagnosis',
      36,
      y,
      { width: doc.page.width - 72, lineBreak: false },
    );
    doc.text(`page ${i + 1} of ${range.count}`, 36, y, {
      width: doc.page.width - 72,
      align: 'right',
      lineBreak: false,
    });
  }
}

/** Renders the report of `diary` for the period as PDF bytes. */
export function doctorReport(diary: Diary, request: ReportRequest): Promise<Uint8Array> {
  const model = reportModel(diary, request);
  const doc = new PDFDocument({
    size: 'A4',
    margin: 36,
    bufferPages: true,
    info: {
      Title: `Headache diary report ${model.period.from} – ${model.period.to}`,
      Author: 'Stillpoint',
      Subject: 'Patient-reported headache diary for a clinician',
      CreationDate: new Date(request.now),
    },
  });
  registerFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  const l = new Layout(doc);
  header(l, model);
  chart(l, model);
  drawMedication(l, model);
  drawTherapies(l, model);
  drawQuestionnaires(l, model);
  drawRedFlags(l, model);
  drawTriggers(l, model);
  drawDiagnoses(l, model);
  drawAttacks(l, model, FEATURE_LEGEND);
  footer(doc);
  doc.end();
  return done;
}
