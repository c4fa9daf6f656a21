// Right-to-left words (Arabic, Hebrew) inside our left-to-right documents. pdfkit sets every
// line left to right; fontkit shapes an Arabic word and reverses its letters, so a single word
// already looks right, but the words of a two-word Arabic name came out in the wrong order.
// This puts one line's pieces in the order they are seen, a simplified form of the Unicode
// bidirectional algorithm for a left-to-right paragraph:
//  - a run of right-to-left words, with any spaces, numbers and punctuation between them, is
//    shown in reverse order;
//  - numbers keep their own order (23/11/2026 stays as it is), and punctuation before the first
//    or after the last right-to-left word stays with the left-to-right text around it.
// Not handled: right-to-left paragraphs (lines stay left-aligned), mirrored brackets and
// explicit direction marks. The export reports what it supports in the app's export notes.

const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LTR_LETTER = /[\p{L}\p{M}]/u;
// Whitespace, numbers with their separators, punctuation and symbols, or the rest of a word.
const TOKEN = /\s+|\p{N}+(?:[.,:/-]\p{N}+)*|[\p{P}\p{S}]|[^\s\p{N}\p{P}\p{S}]+/gu;

type Direction = 'rtl' | 'ltr' | 'neutral';

function directionOf(token: string): Direction {
  if (RTL_LETTER.test(token)) return 'rtl';
  if (LTR_LETTER.test(token)) return 'ltr';
  return 'neutral';
}

export function hasRightToLeft(text: string): boolean {
  return RTL_LETTER.test(text);
}

/**
 * The line cut into pieces in visual order, left to right, or null when it holds no
 * right-to-left letters (the usual case, drawn as it is).
 */
export function visualPieces(line: string): string[] | null {
  if (!hasRightToLeft(line)) return null;
  const tokens = line.match(TOKEN) ?? [];
  const directions = tokens.map(directionOf);
  const pieces: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (directions[i] !== 'rtl') {
      pieces.push(tokens[i]!);
      i++;
      continue;
    }
    // The run reaches the last right-to-left token before any left-to-right one.
    let end = i;
    for (let j = i + 1; j < tokens.length && directions[j] !== 'ltr'; j++) if (directions[j] === 'rtl') end = j;
    for (let k = end; k >= i; k--) pieces.push(tokens[k]!);
    i = end + 1;
  }
  return pieces;
}
