// Right-to-left words (Arabic, Hebrew) inside our left-to-right documents. pdfkit sets every
// line left to right; fontkit shapes an Arabic word and reverses its letters, so a single word
// already looks right, but the words of a two-word Arabic name came out in the wrong order.
// This puts one line's pieces in the order they are seen, a simplified form of the Unicode
// bidirectional algorithm:
//  - a paragraph is right to left when most of its letters are, and is then set against the
//    right margin. (The algorithm's rule P2 takes the first letter instead; in our English
//    documents that would turn "ليلى حداد: becomes subject of a plan" into a right-to-left line.)
//  - in a left-to-right paragraph, a run of right-to-left words, with any spaces, numbers and
//    punctuation between them, is shown in reverse order; punctuation before the first or after
//    the last right-to-left word stays with the text around it;
//  - in a right-to-left paragraph, everything is shown in reverse order except runs of
//    left-to-right words, which keep theirs;
//  - numbers keep their own order (23/11/2026 stays as it is);
//  - brackets shown right to left are mirrored, so "(" still opens what follows it, and a
//    closing bracket whose opening one is inside a run joins that run (after rule N0), so
//    "said (through the interpreter):" keeps its brackets together.
// Not handled: explicit direction marks and embeddings. The export page says what is supported.

const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LTR_LETTER = /[\p{L}\p{M}]/u;
// Whitespace, numbers with their separators, punctuation and symbols, or the rest of a word.
const TOKEN = /\s+|\p{N}+(?:[.,:/-]\p{N}+)*|[\p{P}\p{S}]|[^\s\p{N}\p{P}\p{S}]+/gu;

type Direction = 'rtl' | 'ltr' | 'neutral';
export type BaseDirection = 'ltr' | 'rtl';

function directionOf(token: string): Direction {
  if (RTL_LETTER.test(token)) return 'rtl';
  if (LTR_LETTER.test(token)) return 'ltr';
  return 'neutral';
}

const MIRRORED: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '«': '»', '»': '«', '‹': '›', '›': '‹' };
const mirror = (token: string) => MIRRORED[token] ?? token;

export function hasRightToLeft(text: string): boolean {
  return RTL_LETTER.test(text);
}

/** A paragraph's direction: right to left when most of its letters are; otherwise left to right. */
export function paragraphDirection(text: string): BaseDirection {
  if (!hasRightToLeft(text)) return 'ltr'; // the usual case, answered by one native scan
  let rtl = 0;
  let ltr = 0;
  for (const ch of text) {
    if (RTL_LETTER.test(ch)) rtl++;
    else if (LTR_LETTER.test(ch)) ltr++;
  }
  return rtl > ltr ? 'rtl' : 'ltr';
}

/**
 * The line cut into pieces in visual order, left to right, or null when it holds no
 * right-to-left letters (the usual case, drawn as it is).
 */
export function visualPieces(line: string, base: BaseDirection = 'ltr'): string[] | null {
  if (!hasRightToLeft(line)) return null;
  const tokens = line.match(TOKEN) ?? [];
  const directions = tokens.map(directionOf);
  // Each closing bracket's opening bracket, by position.
  const openerOf = new Map<number, number>();
  const open: number[] = [];
  tokens.forEach((t, k) => {
    if (t === '(' || t === '[' || t === '{') open.push(k);
    else if ((t === ')' || t === ']' || t === '}') && open.length) openerOf.set(k, open.pop()!);
  });
  // Runs against the paragraph's direction: from a token of that direction to the last such
  // token before one of the paragraph's own direction.
  const against: Direction = base === 'ltr' ? 'rtl' : 'ltr';
  const units: string[][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (directions[i] !== against) {
      units.push([tokens[i]!]);
      i++;
      continue;
    }
    let end = i;
    for (let j = i + 1; j < tokens.length && directions[j] !== base; j++) {
      if (directions[j] === against || (openerOf.has(j) && openerOf.get(j)! >= i)) end = j;
    }
    units.push(tokens.slice(i, end + 1));
    i = end + 1;
  }
  // Left to right: units in order, right-to-left runs reversed inside (a unit of one token is
  // the same either way). Right to left: units in reverse order, left-to-right runs kept inside.
  // Whatever is shown right to left has its brackets mirrored.
  if (base === 'ltr') return units.flatMap((u) => (u.length > 1 ? [...u].reverse().map(mirror) : u));
  return [...units].reverse().flatMap((u) => (u.length === 1 && directionOf(u[0]!) !== 'ltr' ? [mirror(u[0]!)] : u));
}
