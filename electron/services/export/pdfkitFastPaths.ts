// Four of pdfkit 0.20's inner loops, rewritten for speed with the same output. Profiling the
// 67-page minutes (tests/bench/export.bench.ts) showed a fifth of the time in garbage collection,
// most of it from these:
//  - EmbeddedFont.layout joins each word's glyphs with Array.concat, copying the line so far for
//    every word;
//  - EmbeddedFont.encode formats every glyph id as hex again, though a document uses a few hundred;
//  - every content operator becomes its own Uint8Array (PDFReference.write), thousands a page;
//  - every piece of every object written to the file becomes its own Buffer and stream push.
// The replacements are installed on each document's own objects, never on pdfkit's prototypes,
// and tests/unit/electron/services/export/pdfkitFastPaths.test.ts checks they give byte-for-byte
// the same document as pdfkit's own code. pdfkit is pinned (~0.20.2) because of this.

interface GlyphLike {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface RunLike {
  glyphs: GlyphLike[];
  positions: object[];
  advanceWidth: number;
}
/** The parts of pdfkit's EmbeddedFont these paths use. */
interface EmbeddedFontLike {
  scale: number;
  widths: number[];
  unicode: number[][];
  subset: { includeGlyph(id: number): number };
  layoutCached(text: string): RunLike;
  layoutRun(text: string, features?: unknown): RunLike;
  layout(text: string, features?: unknown, onlyWidth?: boolean): { glyphs: GlyphLike[] | null; positions: object[] | null; advanceWidth: number };
  encode(text: string, features?: unknown): [string[], object[]];
  chairsideFast?: true;
}
interface PageLike {
  write(chunk: string | Uint8Array): unknown;
  end(): unknown;
}

const SPACE = 32;
const TAB = 9;

/** Installs the faster layout and encode on one document's font (once). */
export function speedUpFont(font: EmbeddedFontLike): void {
  if (font.chairsideFast || typeof font.layoutCached !== 'function') return;
  font.chairsideFast = true;

  // Words end after a space or tab, as in pdfkit, so the per-word layout cache keys are the same.
  font.layout = function layout(text, features, onlyWidth) {
    if (features) return this.layoutRun(text, features);
    const glyphs: GlyphLike[] | null = onlyWidth ? null : [];
    const positions: object[] | null = onlyWidth ? null : [];
    let advanceWidth = 0;
    let last = 0;
    // No inner closure: this runs for every word measured and every line drawn.
    for (let i = 0; i <= text.length; i++) {
      const end = i === text.length ? (last < i ? i : -1) : text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB ? i + 1 : -1;
      if (end < 0) continue;
      const run = this.layoutCached(text.slice(last, end));
      if (glyphs && positions) {
        for (let g = 0; g < run.glyphs.length; g++) {
          glyphs.push(run.glyphs[g]!);
          positions.push(run.positions[g]!);
        }
      }
      advanceWidth += run.advanceWidth;
      last = end;
    }
    return { glyphs, positions, advanceWidth };
  };

  const hex: string[] = [];
  // The subset's own glyph-to-subset-id lookup is a plain object; this array answers the same
  // question for glyphs already seen in this document (subset ids start at 0, so stored + 1).
  const subsetIdOf: number[] = [];
  font.encode = function encode(text, features) {
    const { glyphs, positions } = this.layout(text, features);
    const list = glyphs ?? [];
    const res = new Array<string>(list.length);
    for (let i = 0; i < list.length; i++) {
      const glyph = list[i]!;
      let gid = (subsetIdOf[glyph.id] ?? 0) - 1;
      if (gid < 0) subsetIdOf[glyph.id] = (gid = this.subset.includeGlyph(glyph.id)) + 1;
      res[i] = hex[gid] ??= gid.toString(16).padStart(4, '0').slice(-4);
      this.widths[gid] ??= glyph.advanceWidth * this.scale;
      this.unicode[gid] ??= glyph.codePoints;
    }
    return [res, positions ?? []];
  };
}

/**
 * Collects a page's content operators as strings and hands them to pdfkit as one chunk when
 * something else is written or the page ends. pdfkit separates chunks with a newline, so the
 * joined text is the same bytes.
 */
export function batchPageContent(page: PageLike): void {
  const write = page.write.bind(page);
  const end = page.end.bind(page);
  let parts: string[] = [];
  const flush = () => {
    if (!parts.length) return;
    const text = parts.join('\n');
    parts = [];
    write(text);
  };
  page.write = (chunk) => {
    if (typeof chunk === 'string') parts.push(chunk);
    else {
      flush();
      write(chunk);
    }
  };
  page.end = () => {
    flush();
    return end();
  };
}

interface DocumentOutput {
  _offset: number;
  _write(data: string | Uint8Array): void;
  push(chunk: Uint8Array | null): boolean;
}

/**
 * Gathers the document's output (each object is written as three to five small pieces) into
 * larger chunks before it enters the stream, instead of one Buffer and one stream push a piece.
 * Offsets for the cross-reference table are counted exactly as pdfkit counts them.
 */
export function batchDocumentOutput(doc: DocumentOutput): void {
  const push = doc.push.bind(doc);
  let held: Uint8Array[] = [];
  let heldBytes = 0;
  const flush = () => {
    if (!held.length) return;
    const chunk = Buffer.concat(held, heldBytes);
    held = [];
    heldBytes = 0;
    push(chunk);
  };
  doc._write = (data) => {
    // pdfkit keeps the low byte of each character, as latin1 does.
    const bytes = typeof data === 'string' ? Buffer.from(`${data}\n`, 'latin1') : data;
    held.push(bytes);
    heldBytes += bytes.length;
    doc._offset += bytes.length;
    if (heldBytes >= 64 * 1024) flush();
  };
  doc.push = (chunk) => {
    flush();
    return push(chunk);
  };
}
