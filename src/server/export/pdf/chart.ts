/**
 * Draws an Observable Plot chart into a PDF page: the spec (from `src/shared/charts.ts`) is
 * rendered to SVG on the server with linkedom's DOM, then converted to PDF vector graphics by
 * svg-to-pdfkit, with text in the report's embedded DejaVu fonts (so it stays extractable).
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import SVGtoPDF from 'svg-to-pdfkit';
import { FONT } from './fonts.ts';

/** Renders `spec` as SVG text (server-side, no browser). */
export function chartSvg(spec: Plot.PlotOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const chart = Plot.plot({
    ...spec,
    document: document as unknown as Plot.PlotOptions['document'],
  });
  chart.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return chart.outerHTML;
}

/** Draws `spec` at (x, y) with its own width and height (points). */
export function drawChart(
  doc: PDFKit.PDFDocument,
  spec: Plot.PlotOptions,
  x: number,
  y: number,
): void {
  SVGtoPDF(doc, chartSvg(spec), x, y, {
    width: spec.width,
    height: spec.height,
    assumePt: true,
    fontCallback: (_family, bold, italic) =>
      bold ? FONT.bold : italic ? FONT.italic : FONT.regular,
    warningCallback: () => {},
  });
}
