// Eight of pdfkit 0.20's (and fontkit's) inner loops, rewritten for speed with the same output. Profiling the
// 67-page minutes (tests/bench/export.bench.ts) showed a fifth of the time in garbage collection,
// most of it from these:
//  - EmbeddedFont.layout joins each word's glyphs with Array.concat, copying the line so far for
//    every word;
//  - EmbeddedFont.encode formats every glyph id as hex again, though a document uses a few hundred;
//  - word widths for line breaking are remembered for one paragraph only, then measured again;
//  - every content operator becomes its own Uint8Array (PDFReference.write), thousands a page;
//  - every piece of every object written to the file becomes its own Buffer and stream push;
//  - every line drawn is laid out and encoded again glyph by glyph (_fragment), though its words
//    were met before: the text operators of each word are now made once per document;
//  - every paragraph goes through the Unicode line breaker character by character (eachWord):
//    plain text is now broken by a loop over remembered answers of that same breaker
//    (pdfkitLineBreaking.ts);
//  - fontkit's subset decodes every glyph's outline again for every document: once per process
//    now (with the 'fontLayout' switch).
// The replacements are installed on each document's own objects, never on pdfkit's prototypes,
// and tests/unit/electron/services/export/pdfkitFastPaths.test.ts checks they give byte-for-byte
// the same document as pdfkit's own code. pdfkit is pinned (exactly 0.20.2, checked at start-up: pdfkitVersion.ts) because of this.


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
  subset: { includeGlyph(id: number): number; _addGlyph?: (gid: number) => number; font?: GlyphSource };
  layoutCached(text: string): RunLike;
  layoutRun(text: string, features?: unknown): RunLike;
  layout(text: string, features?: unknown, onlyWidth?: boolean): { glyphs: GlyphLike[] | null; positions: object[] | null; advanceWidth: number };
  widthOfString(text: string, size: number, features?: unknown): number;
  encode(text: string, features?: unknown): [string[], object[]];
  /** Ours: the TJ operands of a line, or null where a glyph is moved off its line (marks). */
  textOperands?(text: string): string[] | null;
  chairsideFast?: true;
}
/** The parts of a fontkit font and glyph the subset path uses. */
interface GlyphSource {
  getGlyph(gid: number): { _decode?: () => unknown } | null;
}
interface PositionLike {
  xAdvance: number;
  advanceWidth: number;
  xOffset: number;
  yOffset: number;
}
/**
 * A word's glyphs as TJ operands: the hex of each stretch of glyphs that ends in a kerning
 * adjustment, with that adjustment, then the hex of the glyphs after the last one (which joins
 * the next word's first stretch, as in pdfkit's own loop).
 */
interface WordOperands {
  stretches: string[];
  adjustments: string[];
  tail: string;
  /** A glyph is moved up, down or sideways: pdfkit's own code draws such lines. */
  moved: boolean;
}
interface PageLike {
  write(chunk: string | Uint8Array): unknown;
  end(): unknown;
}

const SPACE = 32;
const MAX_REMEMBERED_WORDS = 50_000;
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

  // Line breaking measures every word of every paragraph; pdfkit remembers widths only within
  // one paragraph. The width of a string in font units is the same wherever it is met.
  const unitWidths = new Map<string, number>();
  font.widthOfString = function widthOfString(text, size, features) {
    if (features) return this.layout(text, features, true).advanceWidth * (size / 1000);
    let width = unitWidths.get(text);
    if (width === undefined) {
      // Bounded, like the layout cache (pdfRenderer.ts): a huge record of different words
      // would otherwise keep every one of them.
      if (unitWidths.size >= MAX_REMEMBERED_WORDS) unitWidths.clear();
      unitWidths.set(text, (width = this.layout(text, undefined, true).advanceWidth));
    }
    return width * (size / 1000);
  };

  rememberDecodedGlyphs(font);

  const hex: string[] = [];
  // The subset's own glyph-to-subset-id lookup is a plain object; this array answers the same
  // question for glyphs already seen in this document (subset ids start at 0, so stored + 1).
  const subsetIdOf: number[] = [];
  const hexOf = (self: EmbeddedFontLike, glyph: GlyphLike) => {
    let gid = (subsetIdOf[glyph.id] ?? 0) - 1;
    if (gid < 0) subsetIdOf[glyph.id] = (gid = self.subset.includeGlyph(glyph.id)) + 1;
    self.widths[gid] ??= glyph.advanceWidth * self.scale;
    self.unicode[gid] ??= glyph.codePoints;
    return (hex[gid] ??= gid.toString(16).padStart(4, '0').slice(-4));
  };
  font.encode = function encode(text, features) {
    const { glyphs, positions } = this.layout(text, features);
    const list = glyphs ?? [];
    const res = new Array<string>(list.length);
    for (let i = 0; i < list.length; i++) res[i] = hexOf(this, list[i]!);
    return [res, positions ?? []];
  };

  // Per document: subset ids belong to this document's font.
  const operandsOfWord = new Map<string, WordOperands>();
  const wordOperands = (self: EmbeddedFontLike, word: string): WordOperands => {
    const run = self.layoutCached(word);
    const out: WordOperands = { stretches: [], adjustments: [], tail: '', moved: false };
    let stretch = '';
    for (let g = 0; g < run.glyphs.length; g++) {
      // Glyphs join the subset in the order they are drawn, as in pdfkit's encode.
      stretch += hexOf(self, run.glyphs[g]!);
      const pos = run.positions[g] as PositionLike;
      if (pos.xOffset || pos.yOffset) out.moved = true;
      const kern = pos.xAdvance - pos.advanceWidth;
      if (kern !== 0) {
        out.stretches.push(stretch);
        out.adjustments.push(String(pdfNumber(-kern)));
        stretch = '';
      }
    }
    out.tail = stretch;
    return out;
  };
  font.textOperands = function textOperands(text) {
    const operands: string[] = [];
    let carry = '';
    let last = 0;
    for (let i = 0; i <= text.length; i++) {
      const end = i === text.length ? (last < i ? i : -1) : text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB ? i + 1 : -1;
      if (end < 0) continue;
      const word = text.slice(last, end);
      last = end;
      let w = operandsOfWord.get(word);
      if (!w) {
        // Made again later, a word's operands are the same: its glyphs keep their subset ids.
        if (operandsOfWord.size >= MAX_REMEMBERED_WORDS) operandsOfWord.clear();
        operandsOfWord.set(word, (w = wordOperands(this, word)));
      }
      // pdfkit's own code then encodes the whole line; the glyphs this loop has already added
      // to the subset come first in that line too, so the subset's order is unchanged.
      if (w.moved) return null;
      if (w.stretches.length) {
        operands.push(`<${carry}${w.stretches[0]}> ${w.adjustments[0]}`);
        for (let k = 1; k < w.stretches.length; k++) operands.push(`<${w.stretches[k]}> ${w.adjustments[k]}`);
        carry = w.tail;
      } else carry += w.tail;
    }
    // The last stretch ends without an adjustment, which pdfkit writes as 0.
    if (carry) operands.push(`<${carry}> 0`);
    return operands;
  };
}

// A glyph's outline as fontkit decodes it from the font file, per parsed font (fonts are parsed
// once per process, fonts.ts): the same for every document.
const decodedGlyphs = new WeakMap<GlyphSource, Map<number, unknown>>();

/**
 * fontkit's subset decodes the outline of every glyph it takes in, for every document, only to
 * see whether it is made of other glyphs (TTFSubset._addGlyph): a twentieth of a large export.
 * Here each glyph is decoded once per process; the subset is given the remembered outline, only
 * while it adds that glyph to this document's subset. fontkit never changes a decoded outline
 * of a font without variations (ours have none).
 */
function rememberDecodedGlyphs(font: EmbeddedFontLike): void {
  const subset = font.subset;
  const source = subset.font;
  const add = subset._addGlyph;
  if (typeof add !== 'function' || !source || typeof source.getGlyph !== 'function') return;
  let known = decodedGlyphs.get(source);
  if (!known) decodedGlyphs.set(source, (known = new Map()));
  const remembered = known;
  subset._addGlyph = function addGlyph(gid) {
    const glyph = source.getGlyph(gid);
    const decode = glyph?._decode;
    if (!glyph || typeof decode !== 'function' || Object.prototype.hasOwnProperty.call(glyph, '_decode')) return add.call(this, gid);
    glyph._decode = function decodeOnce() {
      if (!remembered.has(gid)) remembered.set(gid, decode.call(this));
      return remembered.get(gid);
    };
    try {
      return add.call(this, gid);
    } finally {
      delete glyph._decode;
    }
  };
}

/** pdfkit's number formatting (PDFObject.number): six decimals at most. */
function pdfNumber(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

interface FragmentOptions {
  align?: string;
  baseline?: unknown;
  width?: number;
  wordSpacing?: number;
  characterSpacing?: number;
  horizontalScaling?: number;
  features?: unknown;
  fill?: boolean;
  stroke?: boolean;
  [key: string]: unknown;
}
interface FragmentDocument {
  _font: EmbeddedFontLike & { id: string; ascender: number; ref(): unknown };
  _fontSize: number;
  _ctm: number[];
  page: { height: number; fonts: Record<string, unknown> };
  _fragment(text: string, x: number, y: number, options: FragmentOptions): void;
  addContent(data: string): unknown;
}

/** Whether a line has options a plain left-aligned line of our documents never uses. */
function needsPdfkit(options: FragmentOptions): boolean {
  return (
    ((options.align || 'left') !== 'left' && !!options.width) ||
    options.baseline != null ||
    !!options.wordSpacing ||
    !!options.characterSpacing ||
    (!!options.horizontalScaling && options.horizontalScaling !== 100) ||
    !!options.features ||
    !!options.stroke ||
    // Decorations: links, destinations, underline, strike-through, slant.
    options.link != null ||
    options.goTo != null ||
    options.destination != null ||
    options.underline != null ||
    options.strike != null ||
    options.oblique != null
  );
}

/**
 * Draws a plain line (left-aligned, default baseline, no spacing, scaling, decoration or
 * OpenType features) with each word's TJ operands made once per document, writing the same
 * operators pdfkit's _fragment writes. Everything else goes to pdfkit's own _fragment.
 * The line's operators go to the page as one piece (q … Q): pdfkit ends every piece with a
 * newline, so one piece joined by newlines is the same bytes as pdfkit's nine, for a ninth of
 * the calls. pdfkit's save and restore around the line leave its matrix as it was, so the
 * matrix is put back here the same way (a copy, as restore brings back the saved copy); any
 * colour tracked across save and restore (repeatedFills.ts) is unchanged by the pair.
 */
export function fastFragment(doc: FragmentDocument): void {
  const own = doc._fragment.bind(doc);
  doc._fragment = function fragment(text, x, y, options) {
    const font = this._font;
    if (!font.textOperands || needsPdfkit(options)) return own(text, x, y, options);
    let line = typeof text === 'string' ? text : String(text);
    if (line.indexOf('\n') >= 0) line = line.replace(/\n/g, '');
    if (!line.length) return;
    const operands = font.textOperands(line);
    if (!operands) return own(text, x, y, options);
    const dy = (font.ascender / 1000) * this._fontSize;
    if (this.page.fonts[font.id] == null) this.page.fonts[font.id] = font.ref();
    const height = pdfNumber(this.page.height);
    // pdfkit's transform(1, 0, 0, -1, 0, height) inside save and restore.
    const body = operands.length ? `[${operands.join(' ')}] TJ\n` : '';
    this.addContent(`q\n1 0 0 -1 0 ${height} cm\nBT\n1 0 0 1 ${pdfNumber(x)} ${pdfNumber(this.page.height - y - dy)} Tm\n/${font.id} ${pdfNumber(this._fontSize)} Tf\n${body}ET\nQ`);
    this._ctm = this._ctm.slice();
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
    // pdfkit would turn the string into bytes in a JavaScript loop; latin1 keeps the same low
    // byte of each character, natively. Its trailing newline is added here, as pdfkit adds it.
    const bytes = Buffer.from(`${parts.join('\n')}\n`, 'latin1');
    parts = [];
    write(bytes);
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
