import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BIDI_CONTROLS, paragraphDirection, visualPieces } from '../../../../../electron/services/export/bidiOrder';

describe('right-to-left words in a left-to-right line', () => {
  it('leaves lines without right-to-left letters alone', () => {
    expect(visualPieces('Zofia Nowak-Świątek, 23/11/2026 Γιώργος')).toBeNull();
  });

  it('shows an Arabic name’s words in reverse order, with the punctuation after it kept on its right', () => {
    expect(visualPieces('Zofia, ليلى حداد, Sam')).toEqual(['Zofia', ',', ' ', 'حداد', ' ', 'ليلى', ',', ' ', 'Sam']);
  });

  it('follows the standard where a number comes straight after Arabic (it joins the Arabic), and a direction mark where one is typed', () => {
    // Rule W2: a number after Arabic letters is an Arabic number, shown with the Arabic phrase.
    expect(visualPieces('Zofia, ليلى حداد, 23/11/2026')).toEqual(['Zofia', ',', ' ', '23/11/2026', ' ', ',', 'حداد', ' ', 'ليلى']);
    // A left-to-right mark after the name ends the phrase there; the mark itself is not drawn.
    expect(visualPieces('Zofia, ليلى حداد\u200E, 23/11/2026')).toEqual(['Zofia', ',', ' ', 'حداد', ' ', 'ليلى', ',', ' ', '23/11/2026']);
  });

  it('keeps an isolated Arabic phrase and its number together, and draws no isolate or embedding character', () => {
    const pieces = visualPieces('Ref \u2067ليلى حداد 12\u2069 ok')!;
    expect(pieces).toEqual(['Ref', ' ', '12', ' ', 'حداد', ' ', 'ليلى', ' ', 'ok']);
    expect(visualPieces('\u202Bقال: one\u202C two')!.join('')).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('keeps a number inside an Arabic phrase in its own order', () => {
    expect(visualPieces('عمره 12/5 سنة')).toEqual(['سنة', ' ', '12/5', ' ', 'عمره']);
  });

  it('reverses each run separately when left-to-right words come between', () => {
    expect(visualPieces('أ ب and ج د')).toEqual(['ب', ' ', 'أ', ' ', 'and', ' ', 'د', ' ', 'ج']);
  });

  it('takes a paragraph’s direction from most of its letters, so an English sentence that starts with an Arabic name stays left to right', () => {
    expect(paragraphDirection('ليلى حداد: becomes subject of a child protection plan')).toBe('ltr');
    expect(paragraphDirection('قالت الأم إن Sam يساعدها')).toBe('rtl');
    expect(paragraphDirection('2026 ...')).toBe('ltr');
  });

  it('in a right-to-left paragraph reverses everything but keeps English words and numbers in their own order', () => {
    expect(visualPieces('قال Sam Smith إن 12 طفلا', 'rtl')).toEqual(['طفلا', ' ', '12', ' ', 'إن', ' ', 'Sam', ' ', 'Smith', ' ', 'قال']);
  });

  it('mirrors brackets that are shown right to left', () => {
    expect(visualPieces('أ (ب) ج')).toEqual(['ج', ' ', '(', 'ب', ')', ' ', 'أ']);
    expect(visualPieces('قالت الأم (عبر المترجم): نعم', 'rtl')).toEqual(['نعم', ' ', ':', '(', 'المترجم', ' ', 'عبر', ')', ' ', 'الأم', ' ', 'قالت']);
    expect(visualPieces('Sam (ليلى)')).toEqual(['Sam', ' ', '(', 'ليلى', ')']);
    // An English aside in brackets keeps both brackets, unmirrored, inside an Arabic paragraph.
    expect(visualPieces('said (the interpreter): نعم', 'rtl')).toEqual(['نعم', ' ', ':', 'said', ' ', '(', 'the', ' ', 'interpreter', ')']);
  });

  it('never loses or adds a character', () => {
    const alphabet = fc.constantFrom('a', 'Ż', ' ', ',', '1', '/', 'ل', 'ي', 'ש', '😀', '\u064B', '(', ')', '«', '\u200E', '\u200F', '\u2067', '\u2069', '\u202B', '\u202C');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (chars) => {
        const line = chars.join('');
        for (const base of ['ltr', 'rtl'] as const) {
          const pieces = visualPieces(line, base);
          if (!pieces) return;
          const unmirror = (text: string) => [...text].map((ch) => ({ ')': '(', ']': '[', '}': '{', '>': '<', '»': '«' })[ch] ?? ch).sort();
          expect(unmirror(pieces.join(''))).toEqual(unmirror(line.replace(BIDI_CONTROLS, '')));
        }
      }),
      { numRuns: 500 },
    );
  });
});
