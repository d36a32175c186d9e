/**
 * A small layout layer over pdfkit for the doctor report: section headings, paragraphs and
 * ruled tables on an A4 page with fixed margins, measuring text before drawing it so tables
 * never overflow the page.
 */
import { FONT } from './fonts.ts';

export const COLORS = {
  text: '#1f2a30',
  muted: '#5b6b73',
  rule: '#c9d3d8',
  zebra: '#f2f5f6',
  accent: '#2f4b5a',
  alert: '#9b2c2c',
  box: '#f6f3ea',
} as const;

export interface Column {
  header: string;
  /** Share of the table width (the widths are normalised). */
  width: number;
  align?: 'left' | 'right' | 'center';
}

/** A table cell: text, optionally bold or in the alert colour. */
export type CellValue = string | { text: string; bold?: boolean; alert?: boolean };

export const MARGIN = 36;

export class Layout {
  readonly doc: PDFKit.PDFDocument;
  readonly left = MARGIN;
  readonly width: number;
  readonly bottom: number;

  constructor(doc: PDFKit.PDFDocument) {
    this.doc = doc;
    this.width = doc.page.width - 2 * MARGIN;
    this.bottom = doc.page.height - MARGIN - 18;
  }

  get y(): number {
    return this.doc.y;
  }

  set y(value: number) {
    this.doc.y = value;
  }

  /** Space left on the page, in points. */
  room(): number {
    return this.bottom - this.doc.y;
  }

  /** A section heading with a thin rule under it. */
  heading(text: string, note?: string): void {
    const { doc } = this;
    this.y += 8;
    const y = this.y;
    doc
      .font(FONT.bold)
      .fontSize(10)
      .fillColor(COLORS.accent)
      .text(text, this.left, y, { lineBreak: false });
    if (note) {
      const w = doc.widthOfString(text);
      doc
        .font(FONT.regular)
        .fontSize(7.5)
        .fillColor(COLORS.muted)
        .text(note, this.left + w + 8, y + 2, { lineBreak: false });
    }
    this.y = y + 13;
    doc
      .moveTo(this.left, this.y)
      .lineTo(this.left + this.width, this.y)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
    this.y += 4;
  }

  /** A paragraph in the body font. */
  paragraph(text: string, options: { size?: number; color?: string; bold?: boolean } = {}): void {
    this.doc
      .font(options.bold ? FONT.bold : FONT.regular)
      .fontSize(options.size ?? 8.5)
      .fillColor(options.color ?? COLORS.text)
      .text(text, this.left, this.y, { width: this.width });
    this.y += 2;
  }

  private cellText(v: CellValue) {
    return typeof v === 'string'
      ? { text: v, bold: false, alert: false }
      : { bold: false, alert: false, ...v };
  }

  private rowHeight(widths: number[], cells: CellValue[], size: number, header = false): number {
    const { doc } = this;
    return (
      Math.max(
        ...cells.map((c, i) => {
          const t = this.cellText(c);
          doc.font(header || t.bold ? FONT.bold : FONT.regular).fontSize(size);
          return doc.heightOfString(t.text || ' ', { width: (widths[i] ?? 20) - 6 });
        }),
      ) + 4
    );
  }

  private drawRow(
    widths: number[],
    columns: readonly Column[],
    cells: CellValue[],
    y: number,
    size: number,
    header: boolean,
  ) {
    const { doc } = this;
    let x = this.left;
    cells.forEach((c, i) => {
      const t = this.cellText(c);
      doc
        .font(header || t.bold ? FONT.bold : FONT.regular)
        .fontSize(size)
        .fillColor(header ? COLORS.muted : t.alert ? COLORS.alert : COLORS.text)
        .text(t.text, x + 3, y + 2, {
          width: (widths[i] ?? 20) - 6,
          align: columns[i]?.align ?? 'left',
        });
      x += widths[i] ?? 0;
    });
  }

  /**
   * A table with a header row and zebra stripes. Draws as many rows as fit above `limit`
   * (default: the page bottom) and returns how many it drew.
   */
  table(
    columns: readonly Column[],
    rows: readonly CellValue[][],
    options: { size?: number; limit?: number } = {},
  ): number {
    const { doc } = this;
    const size = options.size ?? 7.5;
    const total = columns.reduce((n, c) => n + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const limit = options.limit ?? this.bottom;
    const headerCells = columns.map((c) => c.header);
    const hh = this.rowHeight(widths, headerCells, size, true);
    const top = this.y;
    this.drawRow(widths, columns, headerCells, top, size, true);
    this.y = top + hh;
    doc
      .moveTo(this.left, this.y)
      .lineTo(this.left + this.width, this.y)
      .lineWidth(0.6)
      .strokeColor(COLORS.accent)
      .stroke();
    let drawn = 0;
    for (const row of rows) {
      const h = this.rowHeight(widths, row, size);
      const y = this.y;
      if (y + h > limit) break;
      if (drawn % 2 === 1) doc.rect(this.left, y, this.width, h).fill(COLORS.zebra);
      this.drawRow(widths, columns, row, y, size, false);
      this.y = y + h;
      drawn++;
    }
    doc
      .moveTo(this.left, this.y)
      .lineTo(this.left + this.width, this.y)
      .lineWidth(0.4)
      .strokeColor(COLORS.rule)
      .stroke();
    this.y += 3;
    return drawn;
  }

  /** Height a table of these rows would take (all rows). */
  tableHeight(columns: readonly Column[], rows: readonly CellValue[][], size = 7.5): number {
    const total = columns.reduce((n, c) => n + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const header = this.rowHeight(
      widths,
      columns.map((c) => c.header),
      size,
      true,
    );
    return rows.reduce((n, r) => n + this.rowHeight(widths, r, size), header) + 4;
  }

  /** A tinted box with text (for the "not a diagnosis" notice). */
  box(text: string): void {
    const { doc } = this;
    doc.font(FONT.regular).fontSize(7.5);
    const y = this.y;
    const h = doc.heightOfString(text, { width: this.width - 12 }) + 8;
    doc.rect(this.left, y, this.width, h).fill(COLORS.box);
    doc.fillColor(COLORS.text).text(text, this.left + 6, y + 4, { width: this.width - 12 });
    this.y = y + h + 4;
  }
}
