// pdfkit's line wrapper breaks a word wider than the line by measuring the whole leftover again
// after every line it fills, and every measurement is kept in the font's layout cache: a word of
// n characters costs n²/line work and n²/line memory (10,000 characters took 7.8 s, 40,000 more
// than 90 s, and a 10 MB record ran out of memory). Here such words are cut into line-wide pieces
// before pdfkit sees them, in one pass over the word, so pdfkit only ever meets words that fit.

/** Runs without whitespace shorter than this are left to pdfkit: their cost is bounded. */
export const LONG_RUN = 48;
const LONG_RUN_PATTERN = new RegExp(`\\S{${LONG_RUN},}`, 'g');

/**
 * `text` with a line break put into every whitespace-free run that is wider than `width`, so
 * that each piece fills one line. `charWidth` gives one character's advance in points (summing
 * it is linear; kerning is then corrected by measuring each piece once with `measure`).
 * Pieces never split a surrogate pair, nor separate a combining mark from its letter.
 */
export function breakLongWords(text: string, width: number, charWidth: (ch: string) => number, measure: (piece: string) => number): string {
  if (text.length < LONG_RUN || !(width > 0) || !hasLongRun(text)) return text;
  return text.replace(LONG_RUN_PATTERN, (run) => breakRun(run, width, charWidth, measure));
}

/** A plain loop: most text has no long run, and this is many times quicker than the pattern. */
function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // The pattern's \s, less rare spaces (U+1680, U+2000–200A, …): counting those as letters can
    // only answer yes where the pattern then finds nothing to break.
    if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0xfeff) run = 0;
    else if (++run >= LONG_RUN) return true;
  }
  return false;
}

function breakRun(run: string, width: number, charWidth: (ch: string) => number, measure: (piece: string) => number): string {
  const pieces: string[] = [];
  let start = 0;
  let used = 0;
  let i = 0;
  while (i < run.length) {
    const next = nextCluster(run, i);
    const w = charWidth(run.slice(i, next));
    if (used + w > width && i > start) {
      start = cut(run, start, i, width, measure, pieces);
      // The cut may have moved back a character or two for kerning: count from there again.
      used = 0;
      i = start;
      continue;
    }
    used += w;
    i = next;
  }
  // The last piece: whatever is left, which fits (pdfkit lays it out with the words after it).
  if (start < run.length) pieces.push(run.slice(start));
  return pieces.length > 1 ? pieces.join('\n') : run;
}

/** Pushes run[start, end) shortened until its shaped width fits; returns where the next piece starts. */
function cut(run: string, start: number, end: number, width: number, measure: (piece: string) => number, pieces: string[]): number {
  let stop = end;
  // The summed advances ignore kerning, which can make a piece a little wider than its sum.
  while (stop > start + 1 && measure(run.slice(start, stop)) > width) stop = previousCluster(run, start, stop);
  pieces.push(run.slice(start, stop));
  return stop;
}

/** Index after the character at i and any combining marks that follow it. */
function nextCluster(s: string, i: number): number {
  let j = i + (isHighSurrogate(s.charCodeAt(i)) && isLowSurrogate(s.charCodeAt(i + 1)) ? 2 : 1);
  while (j < s.length && isCombining(s.charCodeAt(j))) j++;
  return j;
}

function previousCluster(s: string, start: number, stop: number): number {
  let j = stop - 1;
  while (j > start && (isCombining(s.charCodeAt(j)) || (isLowSurrogate(s.charCodeAt(j)) && isHighSurrogate(s.charCodeAt(j - 1))))) j--;
  return Math.max(j, start + 1);
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
// Combining diacritical marks (and their supplement, extended and for-symbols blocks).
const isCombining = (c: number) => (c >= 0x300 && c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f);

interface TextDocument {
  _initOptions(x?: unknown, y?: unknown, options?: unknown): { width?: number; lineBreak?: boolean; characterSpacing?: number; indent?: number };
  _text(text: unknown, x: unknown, y: unknown, options: unknown, lineCallback: unknown): unknown;
  widthOfString(text: string, options?: unknown): number;
}

/**
 * Installs the long-word breaking on one document: every text call (drawing and measuring alike,
 * so heights agree with what is drawn) passes through it. Whatever is wrapped gets its overlong
 * words cut to the width it is wrapped at; text drawn without wrapping is left alone.
 */
export function breakLongWordsBeforeLayout(doc: TextDocument): void {
  const own = doc._text.bind(doc);
  doc._text = function text(content, x, y, options, lineCallback) {
    // pdfkit's own option handling (text(s, options) or text(s, x, y, options), and a continued
    // paragraph's options); calling it again on its result changes nothing.
    const o = this._initOptions(x, y, options);
    // Most text has no long run: its measuring closures are not even made (a few thousand calls
    // a document).
    if (content != null && o.lineBreak !== false && o.width && String(content).length >= LONG_RUN && hasLongRun(String(content))) {
      // Per call: the font and size are fixed for the call, and one character's width is asked
      // for again and again along a long word.
      const widths = new Map<string, number>();
      const charWidth = (ch: string) => {
        let w = widths.get(ch);
        if (w === undefined) widths.set(ch, (w = this.widthOfString(ch, o)));
        return w;
      };
      // The first line of an indented paragraph is narrower; pieces use the narrower width.
      // pdfkit measures a piece together with the line break after it, which the font gives a
      // width; and a thousandth of a point spare, as pdfkit rounds the widths it compares.
      const width = o.width - (o.indent ?? 0) - charWidth('\n') - 0.001;
      content = breakLongWords(String(content), width, charWidth, (piece) => this.widthOfString(piece, o) + (o.characterSpacing ?? 0));
    }
    return own(content, o, undefined, undefined, lineCallback);
  };
}
