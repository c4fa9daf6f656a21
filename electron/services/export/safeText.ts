/**
 * Text as the PDF can show it. Control characters are removed; characters the embedded font
 * has no glyph for (emoji, Chinese with DejaVu) become a visible "?" and are reported, so
 * nothing is dropped silently.
 */
export class SafeText {
  private readonly known = new Map<number, boolean>();
  readonly missing = new Set<string>();

  constructor(private readonly hasGlyph: (codePoint: number) => boolean) {}

  clean(text: string): string {
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
