import type { FontStyle } from './fonts';
import type { SafeText } from './safeText';

/** The colour restricted information is printed in (with its words label), in every drawer. */
export const RESTRICTED_INK = '#6b1d7a';

/** Structure types used in our documents (PDF 1.7, 14.8.4): what a screen reader announces. */
export type StructureType = 'H1' | 'H2' | 'H3' | 'P' | 'Table' | 'TR' | 'TH' | 'TD' | 'Figure' | 'Sect';
export interface TagOptions {
  alt?: string;
  /** For table header cells: whether they head a column or a row. */
  scope?: 'Column' | 'Row';
}

/** Everything the block drawers need: the document, the text cleaner, the font switch, the tags. */
export interface Pen {
  doc: PDFKit.PDFDocument;
  safe: SafeText;
  font(style: FontStyle, size: number): void;
  /** Changes the style only, keeping the size and colour (for runs within a paragraph). */
  useStyle(style: FontStyle): void;
  /** Draws content as one tagged element (a heading, paragraph, cell) under the current group. */
  tag(type: StructureType, draw: () => void, options?: TagOptions): void;
  /** Opens an element that holds other elements (a table, a row) while `fill` draws them. */
  group(type: StructureType, fill: () => void, options?: TagOptions): void;
  /** Draws something apart (the watermark) and puts back the font, size, colour and position. */
  aside(draw: () => void): void;
  /** Draws page decoration (rules, shading) marked as an artifact, outside the reading order. */
  artifact(draw: () => void): void;
  width: number;
  bottom: number;
}

/** Start a new page when fewer than `need` points are left, so headings never sit alone at the foot. */
export function ensureSpace(pen: Pen, need: number): void {
  if (pen.doc.y + need > pen.bottom) pen.doc.addPage();
}
