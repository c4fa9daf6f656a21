// Right-to-left text (Arabic, Hebrew) in our documents. pdfkit sets every line left to right;
// fontkit shapes an Arabic or Hebrew word and reverses its letters itself, so a single word looks
// right, but the words of a two-word Arabic name came out in the wrong order. Each laid-out line
// is put into visual order by the Unicode bidirectional algorithm (bidi-js: explicit direction
// marks, embeddings, overrides and isolates, numbers, bracket pairs and mirroring all as the
// standard says), then drawn piece by piece: a word in its own order (fontkit reverses a
// right-to-left one), everything else where the algorithm puts it.
//
// One choice differs from the standard: a paragraph is right to left when most of its letters
// are, and is then set against the right margin. (Rule P2 takes the first strong letter instead;
// in our English documents that would turn "ليلى حداد: becomes subject of a plan" into a
// right-to-left line.) Lines are reordered one at a time, after pdfkit has broken the paragraph:
// an embedding that runs over a line break starts again on the next line.
import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

// Right-to-left letters, and the marks and controls that ask for right to left without a letter.
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const RTL_SIGNAL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200F\u202B\u202E\u2067\u061C]/u;
const LTR_LETTER = /[\p{L}\p{M}]/u;
/** Direction marks, embeddings, overrides and isolates: they steer the order and are not drawn. */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
// Whitespace, numbers with their separators, punctuation and symbols, or the rest of a word.
const TOKEN = /\s+|\p{N}+(?:[.,:/-]\p{N}+)*|[\p{P}\p{S}]|[^\s\p{N}\p{P}\p{S}]+/gu;

export type BaseDirection = 'ltr' | 'rtl';

/** Whether the text holds anything that can be shown right to left (a letter, a mark or a control). */
export function hasRightToLeft(text: string): boolean {
  return RTL_SIGNAL.test(text);
}

/** A paragraph's direction: right to left when most of its letters are; otherwise left to right. */
export function paragraphDirection(text: string): BaseDirection {
  if (!RTL_LETTER.test(text)) return 'ltr'; // the usual case, answered by one native scan
  let rtl = 0;
  let ltr = 0;
  for (const ch of text) {
    if (RTL_LETTER.test(ch)) rtl++;
    else if (LTR_LETTER.test(ch)) ltr++;
  }
  return rtl > ltr ? 'rtl' : 'ltr';
}

/**
 * The line cut into pieces in visual order, left to right, or null when it holds nothing that
 * could be shown right to left (the usual case, drawn as it is). Each piece is a word, a number,
 * a space or a mark, in its own (logical) order; brackets shown right to left are mirrored;
 * direction controls are left out.
 */
export function visualPieces(line: string, base: BaseDirection = 'ltr'): string[] | null {
  if (!hasRightToLeft(line)) return null;
  const levels = bidi.getEmbeddingLevels(line, base);
  // Visual position → index in the line (UTF-16 code units, as bidi-js counts).
  const order = bidi.getReorderedIndices(line, levels);
  const pieces: string[] = [];
  let i = 0;
  while (i < order.length) {
    const start = order[i]!;
    const rtl = (levels.levels[start]! & 1) === 1;
    const step = rtl ? -1 : 1;
    let j = i + 1;
    while (j < order.length && order[j] === order[j - 1]! + step) j++;
    const from = rtl ? order[j - 1]! : start;
    const to = rtl ? start : order[j - 1]!;
    // A reversed run is cut into words and marks in their own order, the words' order reversed;
    // a left-to-right run's pieces stay in order.
    const tokens = line.slice(from, to + 1).replace(BIDI_CONTROLS, '').match(TOKEN) ?? [];
    if (rtl) for (let k = tokens.length - 1; k >= 0; k--) pieces.push(mirror(tokens[k]!));
    else pieces.push(...tokens);
    i = j;
  }
  return pieces;
}

function mirror(token: string): string {
  if (token.length > 2) return token;
  return bidi.getMirroredCharacter(token) ?? token;
}
