import { hasRightToLeft, visualPieces, type BaseDirection } from './bidiOrder';

interface FragmentOptions {
  width?: number;
  lineWidth?: number;
  textWidth?: number;
  wordCount?: number;
  align?: string;
  /** Ours, passed through pdfkit's text options: the paragraph's direction (left to right if unset). */
  baseDirection?: BaseDirection;
  [key: string]: unknown;
}
/** pdfkit's private method that draws one laid-out line (pdfkit is pinned, 0.20.2). */
interface FragmentDrawer {
  _fragment(text: string, x: number, y: number, options: FragmentOptions): void;
  widthOfString(text: string, options?: FragmentOptions): number;
}

/**
 * Lines holding right-to-left words are drawn piece by piece in visual order (see bidiOrder.ts),
 * after pdfkit has broken the paragraph into lines, as the bidirectional algorithm does. Other
 * lines are drawn by pdfkit as before. `seen` says whether any right-to-left letter has been
 * met yet, so documents without any skip the check on every line.
 */
export function drawRightToLeftInOrder(doc: PDFKit.PDFDocument, seen: () => boolean): void {
  const d = doc as unknown as FragmentDrawer;
  const draw = d._fragment.bind(d);
  d._fragment = (text, x, y, options) => {
    // All drawn text has been through SafeText first, which notes any right-to-left letter.
    // A line's trailing spaces are dropped: they are invisible at its end, but in a
    // right-to-left line they would be drawn at its start.
    if (!seen() || !hasRightToLeft(text)) return draw(text, x, y, options);
    const line = String(text).replace(/\n/g, '').replace(/\s+$/, '');
    const pieces = visualPieces(line, options.baseDirection)!;
    // Where the line starts, as pdfkit would place it, then each piece after the last.
    let at = x;
    if (options.width && options.lineWidth !== undefined) {
      if (options.align === 'right') at += options.lineWidth - d.widthOfString(line, options);
      else if (options.align === 'center') at += options.lineWidth / 2 - d.widthOfString(line, options) / 2;
    }
    for (const piece of pieces) {
      const width = d.widthOfString(piece, options);
      if (piece.trim()) draw(piece, at, y, { ...options, align: 'left', textWidth: width, wordCount: 1 });
      at += width;
    }
  };
}
