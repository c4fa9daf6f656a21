import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { paragraphDirection, visualPieces } from '../../../../../electron/services/export/bidiOrder';

describe('right-to-left words in a left-to-right line', () => {
  it('leaves lines without right-to-left letters alone', () => {
    expect(visualPieces('Zofia Nowak-Świątek, 23/11/2026 Γιώργος')).toBeNull();
  });

  it('shows an Arabic name’s words in reverse order, with the punctuation after it kept on its right', () => {
    expect(visualPieces('Zofia, ليلى حداد, 23/11/2026')).toEqual(['Zofia', ',', ' ', 'حداد', ' ', 'ليلى', ',', ' ', '23/11/2026']);
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
    const alphabet = fc.constantFrom('a', 'Ż', ' ', ',', '1', '/', 'ل', 'ي', 'ש', '😀', '\u064B', '(', ')', '«');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (chars) => {
        const line = chars.join('');
        for (const base of ['ltr', 'rtl'] as const) {
          const pieces = visualPieces(line, base);
          if (!pieces) return;
          const unmirror = (text: string) => [...text].map((ch) => ({ ')': '(', ']': '[', '}': '{', '>': '<', '»': '«' })[ch] ?? ch).sort();
          expect(unmirror(pieces.join(''))).toEqual(unmirror(line));
        }
      }),
      { numRuns: 500 },
    );
  });
});
