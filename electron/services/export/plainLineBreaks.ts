// pdfkit finds where a line may break with the Unicode line breaking algorithm (the linebreak
// package, UAX #14), a state machine run character by character over every paragraph: a tenth of
// a large export's time. For text made only of the characters below, that machine's decision at
// each character depends on two characters alone: the one before it, or, after spaces, the last
// one before the spaces. Those decisions are asked of pdfkit's own line breaker once per pair of
// characters and remembered, so such text is broken in one plain loop, at exactly the same places.
//
// Why two characters are enough here: linebreak keeps, besides the class of the character before
// (spaces do not change it) and whether a space came just before, state only for combining marks
// and control characters (CM), zero-width joiners (LB8a), Hebrew letters (LB21a), regional
// indicators (LB30a) and mandatory breaks (BK, CR, LF, NL); none of those is in the set. The unit
// test checks the loop against the line breaker over all short strings of a sample of every class
// in the set, and over long random strings.

/** Printable Basic Latin, Latin-1 and Latin Extended-A (no controls), and common typography. */
const EXTRA = [0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026];
const SIZE = 0x180 + EXTRA.length;
const SPACE = 0x20;

/** Index of a character in the tables, or -1 when it is outside the set. */
function indexOf(code: number): number {
  if (code < 0x180) return (code >= 0x20 && code <= 0x7e) || code >= 0xa0 ? code : -1;
  return code >= 0x2013 && code <= 0x2026 ? (EXTRA.indexOf(code) >= 0 ? 0x180 + EXTRA.indexOf(code) : -1) : -1;
}

/** Break positions of a string as pdfkit's line breaker gives them (the oracle). */
export type BreakOracle = (text: string) => number[];

export class PlainLineBreaks {
  // 0 not asked yet, 1 break, 2 no break.
  private readonly direct = new Uint8Array(SIZE * SIZE);
  private readonly afterSpaces = new Uint8Array(SIZE * SIZE);
  private readonly afterLeadingSpaces = new Uint8Array(SIZE);

  constructor(private readonly oracle: BreakOracle) {}

  /**
   * Where a line may break in `text` (each position starts a word; the last is the text's
   * length), or null if the text holds a character outside the set: pdfkit's breaker must decide.
   */
  breaks(text: string): number[] | null {
    const out: number[] = [];
    const { direct, afterSpaces, afterLeadingSpaces } = this;
    let before = -1; // table index of the last character that was not a space
    let spaces = false; // whether a space came just before
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === SPACE) {
        spaces = true;
        continue;
      }
      // The table index (the character's code below 0x180).
      const at = code < 0x180 ? ((code >= 0x20 && code <= 0x7e) || code >= 0xa0 ? code : -1) : indexOf(code);
      if (at < 0) return null;
      if (i > 0) {
        // Inline, without a closure: this runs for every character of every paragraph.
        const table = !spaces ? direct : before < 0 ? afterLeadingSpaces : afterSpaces;
        const key = before < 0 ? at : before * SIZE + at;
        let answer = table[key]!;
        if (answer === 0) answer = this.learn(table, key, before, at, spaces);
        if (answer === 1) out.push(i);
      }
      before = at;
      spaces = false;
    }
    if (text.length) out.push(text.length);
    return out;
  }

  /**
   * Asks pdfkit's breaker whether a line may break before `at` after `before` (-1: the text
   * starts), with spaces between or not, remembers the answer (1 break, 2 no break) and gives it.
   */
  private learn(table: Uint8Array, key: number, before: number, at: number, spaces: boolean): number {
    const sample = `${before < 0 ? '' : String.fromCharCode(characterAt(before))}${spaces ? ' ' : ''}${String.fromCharCode(characterAt(at))}`;
    const answer = this.oracle(sample).includes(sample.length - 1) ? 1 : 2;
    table[key] = answer;
    return answer;
  }
}

function characterAt(index: number): number {
  return index < 0x180 ? index : EXTRA[index - 0x180]!;
}
