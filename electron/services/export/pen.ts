import type { FontStyle } from './fonts';
import type { SafeText } from './safeText';

/** Everything the block drawers need: the document, the text cleaner, the font switch. */
export interface Pen {
  doc: PDFKit.PDFDocument;
  safe: SafeText;
  font(style: FontStyle, size: number): void;
  /** Changes the style only, keeping the size and colour (for runs within a paragraph). */
  useStyle(style: FontStyle): void;
  width: number;
  bottom: number;
}

/** Start a new page when fewer than `need` points are left, so headings never sit alone at the foot. */
export function ensureSpace(pen: Pen, need: number): void {
  if (pen.doc.y + need > pen.bottom) pen.doc.addPage();
}
