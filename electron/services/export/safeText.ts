import { hasRightToLeft } from './bidiOrder';

const PRINTABLE_ASCII = /^[\x20-\x7e\n]*$/;

/**
 * Text as the PDF can show it. Control characters are removed; characters the embedded font
 * has no glyph for (emoji, Chinese with DejaVu) become a visible "?" and are reported, so
 * nothing is dropped silently.
 */
export class SafeText {
  private readonly known = new Map<number, boolean>();
  readonly missing = new Set<string>();
  /** Whether any right-to-left letter has been seen, so lines are only reordered when needed. */
  sawRightToLeft = false;

  constructor(private readonly hasGlyph: (codePoint: number) => boolean) {}

  clean(text: string): string {
    // Most text is plain printable ASCII, which the font has and needs no change.
    if (PRINTABLE_ASCII.test(text)) return text;
    if (!this.sawRightToLeft && hasRightToLeft(text)) this.sawRightToLeft = true;
    let out = '';
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp === 10) {
        out += '\n';
        continue;
      }
      if (cp === 9) {
        out += '    ';
        continue;
      }
      // Direction marks and isolates steer the right-to-left ordering (bidiOrder.ts) and are
      // never drawn, so the font need not have them; fontkit gives them no width.
      if (cp === 0x61c || cp === 0x200e || cp === 0x200f || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) {
        out += ch;
        continue;
      }
      // C0/C1 controls, zero-width joiners and variation selectors carry nothing printable.
      if (cp < 32 || (cp >= 0x7f && cp < 0xa0) || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f)) continue;
      let ok = this.known.get(cp);
      if (ok === undefined) {
        ok = this.hasGlyph(cp);
        this.known.set(cp, ok);
      }
      if (ok) out += ch;
      else {
        this.missing.add(ch);
        out += '?';
      }
    }
    return out;
  }
}
