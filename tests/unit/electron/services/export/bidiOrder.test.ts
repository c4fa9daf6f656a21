import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { visualPieces } from '../../../../../electron/services/export/bidiOrder';

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

  it('never loses or adds a character', () => {
    const alphabet = fc.constantFrom('a', 'Ż', ' ', ',', '1', '/', 'ل', 'ي', 'ש', '😀', '\u064B');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (chars) => {
        const line = chars.join('');
        const pieces = visualPieces(line);
        if (!pieces) return;
        expect([...pieces.join('')].sort()).toEqual([...line].sort());
      }),
      { numRuns: 500 },
    );
  });
});
