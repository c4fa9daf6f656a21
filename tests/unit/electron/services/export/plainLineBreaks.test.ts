import { describe, expect, it } from 'vitest';
import * as pdfkit from 'pdfkit';
import { PlainLineBreaks } from '../../../../../electron/services/export/plainLineBreaks';

type EachWord = (this: unknown, text: string, fn: (word: string, w: number, bk: { position: number }) => unknown) => void;
const { LineWrapper } = pdfkit as unknown as { LineWrapper: { prototype: { eachWord: EachWord } } };

/** Where pdfkit's own line breaker (the linebreak package) lets a line break. */
function pdfkitBreaks(text: string): number[] {
  const positions: number[] = [];
  LineWrapper.prototype.eachWord.call({ wordWidth: () => 0, lineWidth: Infinity, continuedX: 0 }, text, (_w, _x, bk) => {
    positions.push(bk.position);
  });
  return positions;
}

// One or more characters of every line breaking class in the set: letters (Latin, accented,
// symbols taken as letters), digits, space, hyphens and dashes, opening and closing
// brackets, infix and symbol separators, ! and ?, quotes, prefixes and postfixes, no-break
// space, soft hyphen, ellipsis and the middle dot.
const SAMPLE = [...'aZéłŚ&#@1 -–—([)]},.:;/!?"\'«»’“$£+%°·\u00a0\u00ad…§×¿'];

describe('plain line breaks', () => {
  it('break where pdfkit’s own line breaker breaks, for every string of three sampled characters', () => {
    const breaker = new PlainLineBreaks(pdfkitBreaks);
    let checked = 0;
    for (const a of SAMPLE)
      for (const b of SAMPLE)
        for (const c of SAMPLE) {
          const text = a + b + c;
          expect(breaker.breaks(text), JSON.stringify(text)).toEqual(pdfkitBreaks(text));
          checked++;
        }
    expect(checked).toBe(SAMPLE.length ** 3);
  });

  it('break where pdfkit’s own line breaker breaks in long random text of the whole set, spaces and all', () => {
    const breaker = new PlainLineBreaks(pdfkitBreaks);
    const all = [...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)), ...Array.from({ length: 0x180 - 0xa0 }, (_, i) => String.fromCharCode(0xa0 + i)), ...'–—‘’“”…'];
    let seed = 14;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 3000; n++) {
      // Mostly letters and spaces, as text is, with any character of the set now and then.
      const text = Array.from({ length: 1 + Math.floor(random() * 60) }, () => (random() < 0.5 ? 'abcdefgh  '[Math.floor(random() * 10)]! : all[Math.floor(random() * all.length)]!)).join('');
      expect(breaker.breaks(text), JSON.stringify(text)).toEqual(pdfkitBreaks(text));
    }
  });

  it('leave text with any other character (line breaks, controls, other scripts, emoji) to pdfkit', () => {
    const breaker = new PlainLineBreaks(pdfkitBreaks);
    for (const text of ['one\ntwo', 'a\rb', 'x\u0301', 'ليلى حداد', '陈 Ewa', 'a\u200db', '😀 a', '\u0007']) expect(breaker.breaks(text)).toBeNull();
    expect(breaker.breaks('')).toEqual([]);
    expect(breaker.breaks('The social worker (Education): 23/11/2026.')).toEqual(pdfkitBreaks('The social worker (Education): 23/11/2026.'));
  });
});
