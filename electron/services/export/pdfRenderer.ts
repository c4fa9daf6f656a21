import PDFDocument from 'pdfkit';
import * as pdfkitExports from 'pdfkit';
import { CLASSIFICATION, RESTRICTED_LABEL, type Block, type DocumentModel } from '../../../shared/documents/model';
import { loadFonts, type FontStyle } from './fonts';
import { ensureSpace, RESTRICTED_INK, type Pen } from './pen';
import { SafeText } from './safeText';
import { drawTable } from './pdfTable';
import { drawDotPlot } from './pdfDotPlot';
import { batchDocumentOutput, batchPageContent, fastFragment, speedUpFont } from './pdfkitFastPaths';
import { fastLineBreaking, type LineWrapperClass } from './pdfkitLineBreaking';
import { drawRightToLeftInOrder } from './rightToLeftLines';
import { skipRepeatedFills } from './repeatedFills';
import { documentInfo, escapeXmpValues } from './pdfMetadata';
import { paragraphDirection } from './bidiOrder';
import { HEADING_SIZE, spaceToKeepWithNext } from './keepWithNext';
import { breakLongWordsBeforeLayout } from './longWords';
import { fastPathsAllowed, type FastPath } from './pdfkitVersion';
import { compressStreamsAt } from './streamCompression';

export interface RenderedPdf {
  bytes: Uint8Array;
  pages: number;
  /** Characters the font cannot show: printed as "?" and listed here for the user. */
  missingCharacters: string[];
}

const MARGIN = { top: 70, bottom: 64, left: 56, right: 56 };
const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
const INK = '#1b1f24';
const MUTED = '#4a5360';


export interface RenderOptions {
  /**
   * false: pdfkit's own layout, encode and output code (the fast paths' equality test); or one
   * switch per fast path. Whatever is asked, they are all off when pdfkit is not the pinned version.
   */
  fastPaths?: boolean | Partial<Record<FastPath, boolean>>;
  /** The pdfkit version to check against the pinned one (tests); by default the installed one. */
  pdfkitVersion?: string;
  /** Filled with milliseconds per phase, for the benchmark's account of where the time goes. */
  phases?: Partial<Record<'setup' | 'body' | 'furniture' | 'finish', number>>;
  /** Told how far the body has got, 0 to 1 (by blocks drawn), and 1 when the file is done. */
  onProgress?: (fraction: number) => void;
}

/**
 * The document model drawn with pdfkit as PDF/A-2b: fonts embedded, metadata set, en-GB, with a
 * structure tree (headings, paragraphs, tables, figures) and everything else marked as artifacts.
 * Page furniture (header, footer with page x of y, DRAFT watermark) is drawn once all pages
 * exist, so the page count is known.
 */
export async function renderPdf(model: DocumentModel, fontsDir: string, made: Date, options: RenderOptions = {}): Promise<RenderedPdf> {
  const allowed = fastPathsAllowed(options.pdfkitVersion);
  const asked = options.fastPaths;
  const on = (path: FastPath) => allowed && asked !== false && (typeof asked !== 'object' || asked[path] !== false);
  let phaseStart = performance.now();
  const phase = (name: keyof NonNullable<RenderOptions['phases']>) => {
    const now = performance.now();
    if (options.phases) options.phases[name] = now - phaseStart;
    phaseStart = now;
  };
  const fonts = loadFonts(fontsDir);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    tagged: true,
    lang: 'en-GB',
    bufferPages: true,
    autoFirstPage: false,
    displayTitle: true,
    // No default font: one given here is cached under its own name, not 'regular', and pdfkit
    // would then rebuild and compare the font on every doc.font('regular') (a third of the time).
    // Without one, no unembedded standard font (Helvetica) is created either, which PDF/A forbids.
    font: null as unknown as string,
    // Only entries pdfkit also writes to the XMP metadata: PDF/A requires the two to agree, and
    // pdfkit has no XMP counterpart for ModDate.
    info: documentInfo(model, made),
  });
  for (const [style, font] of Object.entries(fonts)) doc.registerFont(style, font as unknown as string);
  escapeXmpValues(doc);
  // Not a fast path (the file differs from pdfkit's at its default level), so with them off too.
  compressStreamsAt(doc as never);
  // Not a fast path but a layout rule, so with the fast paths off too: words wider than the line
  // are cut before pdfkit wraps them, which it does in time and memory growing with their square.
  breakLongWordsBeforeLayout(doc as never);
  // pdfkit exports its LineWrapper (0.20: named in the module, a property in CommonJS).
  const LineWrapper = (pdfkitExports as unknown as { LineWrapper?: LineWrapperClass }).LineWrapper;
  if (on('lineBreaking') && LineWrapper) fastLineBreaking(doc as never, LineWrapper);
  // Before the right-to-left drawer, which hands its pieces to whatever _fragment it finds.
  if (on('fragment')) fastFragment(doc as never);
  drawRightToLeftInOrder(doc, () => pen.safe.sawRightToLeft);
  skipRepeatedFills(doc as never);
  countDocumentForLayoutCache();
  const prepareFont = (style: string) => {
    shareLayoutCache(doc, style);
    if (on('fontLayout')) speedUpFont(currentFont(doc));
  };
  doc.font('regular');
  prepareFont('regular');
  const regular = fonts.regular;
  // The structure tree: a Document holding headings, paragraphs, tables and figures in reading
  // order. pdfkit carries an element's marked content across page breaks itself.
  const root = doc.struct('Document');
  doc.addStructure(root);
  const groups: PDFKit.PDFStructureElement[] = [root];
  const current = () => groups[groups.length - 1]!;
  // The style last chosen, so a drawing made part-way through a paragraph can put it back.
  const text: { style: FontStyle } = { style: 'regular' };
  const pen: Pen = {
    doc,
    safe: new SafeText((cp) => regular.hasGlyphForCodePoint(cp)),
    font: (style, size) => {
      doc.font(style).fontSize(size).fillColor(INK);
      prepareFont(style);
      text.style = style;
    },
    useStyle: (style) => {
      doc.font(style);
      prepareFont(style);
      text.style = style;
    },
    aside: (draw) => {
      // Read pdfkit's own record of size and colour: blocks also set them directly.
      const saved = { ...text, x: doc.x, y: doc.y, size: (doc as unknown as { _fontSize: number })._fontSize, fill: (doc as unknown as { _fillColor?: [string, number?] })._fillColor };
      draw();
      pen.font(saved.style, saved.size);
      if (saved.fill) doc.fillColor(...saved.fill);
      [doc.x, doc.y] = [saved.x, saved.y];
    },
    tag: (type, draw, tagOptions) => {
      current().add(doc.struct(type, tagOptions as PDFKit.Mixins.StructureElementOptions, draw));
    },
    group: (type, fill, tagOptions) => {
      const element = doc.struct(type, tagOptions as PDFKit.Mixins.StructureElementOptions);
      current().add(element);
      groups.push(element);
      try {
        fill();
      } finally {
        groups.pop();
        element.end();
      }
    },
    artifact: (draw) => {
      doc.markContent('Artifact', { type: 'Layout' });
      draw();
      doc.endMarkedContent();
    },
    width: PAGE.width - MARGIN.left - MARGIN.right,
    bottom: PAGE.height - MARGIN.bottom,
  };

  if (on('documentOutput')) batchDocumentOutput(doc as never);
  if (on('pageContent')) doc.on('pageAdded', () => batchPageContent(doc.page as never));
  // The watermark goes down first on every page, so the text sits on top of it.
  if (!model.final) doc.on('pageAdded', () => watermark(pen));
  doc.addPage();

  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));

  phase('setup');
  pen.font('bold', 18);
  pen.tag('H1', () => doc.text(pen.safe.clean(model.title), { width: pen.width }));
  pen.font('regular', 10);
  pen.tag('P', () => doc.fillColor(MUTED).text(pen.safe.clean(model.subject), { width: pen.width }));
  doc.moveDown(0.8);
  model.blocks.forEach((block, i) => {
    if (block.type === 'heading') ensureSpace(pen, spaceToKeepWithNext(model.blocks, i));
    drawBlock(pen, block);
    // The body is nearly all of the time; the rest (page furniture, compression) is the last 5%.
    options.onProgress?.((0.95 * (i + 1)) / model.blocks.length);
  });
  phase('body');
  root.end();

  furniture(pen, model, made);
  phase('furniture');
  const pages = doc.bufferedPageRange().count;
  doc.end();
  await ended;
  phase('finish');
  options.onProgress?.(1);
  return { bytes: new Uint8Array(Buffer.concat(chunks)), pages, missingCharacters: [...pen.safe.missing] };
}


function drawBlock(pen: Pen, b: Block): void {
  const { doc } = pen;
  doc.x = MARGIN.left;
  switch (b.type) {
    case 'heading': {
      const size = HEADING_SIZE[b.level];
      doc.moveDown(b.level === 3 ? 0.4 : 0.8);
      pen.font('bold', size);
      // The document title is the only H1; sections are H2 and their parts H3, so no level is
      // skipped (the documents use levels 2 and 3; a level 1 would be a section too).
      pen.tag(b.level === 3 ? 'H3' : 'H2', () => doc.text(pen.safe.clean(b.text), { width: pen.width }));
      doc.moveDown(0.3);
      return;
    }
    case 'paragraph': {
      pen.font('regular', 10);
      ensureSpace(pen, 24);
      const runs = b.runs.map((r) => ({ ...r, text: pen.safe.clean(r.text) }));
      const whole = runs.map((r) => r.text).join('');
      // A paragraph written in Arabic or Hebrew is set right to left against the right margin,
      // as one run: pdfkit cannot reorder words across runs of different styles.
      const rtl = pen.safe.sawRightToLeft && paragraphDirection(whole) === 'rtl';
      pen.tag('P', () => {
        if (b.restricted) {
          pen.font('bold', 10);
          doc.fillColor(RESTRICTED_INK).text(RESTRICTED_LABEL, { width: pen.width });
          doc.fillColor(RESTRICTED_INK).font('regular');
        }
        if (rtl) {
          pen.useStyle('regular');
          doc.text(whole, { width: pen.width, lineGap: 1.5, align: 'right', baseDirection: 'rtl' } as PDFKit.Mixins.TextOptions);
          return;
        }
        runs.forEach((r, i) => {
          const style = r.bold ? (r.italic ? 'boldItalic' : 'bold') : r.italic ? 'italic' : 'regular';
          pen.useStyle(style);
          doc.text(r.text, { width: pen.width, continued: i < runs.length - 1, lineGap: 1.5 });
        });
      });
      doc.fillColor(INK).moveDown(0.35);
      return;
    }
    case 'keyValue':
      drawTable(pen, { type: 'table', columns: [{ title: '', weight: 1 }, { title: '', weight: 3 }], rows: b.rows.map((r) => ({ cells: r })), empty: '' }, { header: false, keyColumn: true });
      return;
    case 'table':
      drawTable(pen, b, { header: true, keyColumn: false });
      return;
    case 'dotPlot':
      drawDotPlot(pen, b);
      return;
  }
}

// pdfkit caches each word's layout per document, so every export started cold. A word's layout
// depends only on the parsed font (shared by every document, see fonts.ts): one cache per style
// serves them all. Subsetting happens later, per document, so nothing document-specific is kept.
// The caches start again now and then, so a long-running app does not keep every word forever,
// and whenever one holds too many words: a record of ten megabytes of different words kept
// gigabytes of laid-out glyphs otherwise. Forgetting a layout only costs laying it out again.
interface RunCache {
  words: Map<string, unknown>;
}
const layoutCaches = new Map<string, RunCache>();
const MAX_CACHED_WORDS = 20_000;
let documentsSinceReset = 0;

// pdfkit keeps the current font in a private field; pdfkit is pinned (0.20.2) for this reason.
function currentFont<T = never>(doc: PDFKit.PDFDocument): T {
  return (doc as unknown as { _font: T })._font;
}

interface CachingFont {
  layoutRun(text: string): unknown;
  layoutCached(text: string): unknown;
  chairsideCache?: RunCache;
}

function shareLayoutCache(doc: PDFKit.PDFDocument, style: string): void {
  const font = currentFont<CachingFont>(doc);
  let cache = layoutCaches.get(style);
  if (!cache) layoutCaches.set(style, (cache = { words: new Map() }));
  if (font.chairsideCache === cache) return;
  font.chairsideCache = cache;
  // pdfkit's layoutCached, with the shared, bounded cache in place of its own object.
  font.layoutCached = function layoutCached(text) {
    const words = this.chairsideCache!.words;
    let run = words.get(text);
    if (run === undefined) {
      if (words.size >= MAX_CACHED_WORDS) words.clear();
      words.set(text, (run = this.layoutRun(text)));
    }
    return run;
  };
}

function countDocumentForLayoutCache(): void {
  if (++documentsSinceReset > 50) {
    layoutCaches.clear();
    documentsSinceReset = 0;
  }
}

/** DRAFT across the page, pale, under everything else on it. */
function watermark(pen: Pen): void {
  const { doc } = pen;
  const { width, height } = doc.page;
  // A page often starts part-way through a paragraph or a table cell: the text that flows on
  // must keep its font, size and colour (restricted text stays marked in colour).
  pen.aside(() => {
    doc.markContent('Artifact', { type: 'Layout' });
    doc.save();
    doc.rotate(-35, { origin: [width / 2, height / 2] });
    pen.font('bold', 110);
    doc.fillColor('#ececec').text('DRAFT', 0, height / 2 - 60, { width, align: 'center', lineBreak: false });
    doc.restore();
    doc.endMarkedContent();
  });
}

/** Header and footer on every page, marked as artifacts so they stay out of the reading order. */
function furniture(pen: Pen, model: DocumentModel, made: Date): void {
  const { doc } = pen;
  const range = doc.bufferedPageRange();
  const madeText = `${String(made.getDate()).padStart(2, '0')}/${String(made.getMonth() + 1).padStart(2, '0')}/${made.getFullYear()}`;
  const titleShort = model.kind === 'minutes' ? 'Conference minutes' : 'Child protection plan';
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { width, height } = doc.page;
    // Writing in the margins must not start new pages.
    const savedBottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' } as PDFKit.Mixins.MarkingOptions);
    pen.font('regular', 8.5);
    doc.fillColor(MUTED).text(pen.safe.clean(`${model.localAuthority} · ${titleShort}${model.audience === 'family' ? ' (family copy)' : ''}`), MARGIN.left, 32, { width: width - MARGIN.left - MARGIN.right, lineBreak: false, ellipsis: true });
    doc.moveTo(MARGIN.left, 46).lineTo(width - MARGIN.right, 46).lineWidth(0.5).strokeColor('#c9d0d8').stroke();
    pen.font('bold', 8.5);
    doc.fillColor(INK).text(CLASSIFICATION, MARGIN.left, height - 40, { lineBreak: false });
    pen.font('regular', 8.5);
    doc.fillColor(MUTED).text(`Page ${i - range.start + 1} of ${range.count} · Version ${model.version}${model.final ? '' : ' (draft)'} · Made ${madeText}`, MARGIN.left, height - 40, { width: width - MARGIN.left - MARGIN.right, align: 'right', lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins.bottom = savedBottom;
  }
}
