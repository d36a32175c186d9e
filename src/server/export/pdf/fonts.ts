/**
 * The report's embedded Unicode fonts (DejaVu Sans, TTF): pdfkit's built-in Helvetica is
 * WinAnsi-only and garbles "→", "−" or "≥" (docs/stack-and-style.md §2.6).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Names under which the fonts are registered in every report document. */
export const FONT = { regular: 'body', bold: 'bold', italic: 'italic' } as const;

const FILES = {
  [FONT.regular]: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  [FONT.bold]: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  [FONT.italic]: 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf',
};

/** Registers the three DejaVu faces on a document. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, file] of Object.entries(FILES)) doc.registerFont(name, require.resolve(file));
}
