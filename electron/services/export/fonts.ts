import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { create, type Font } from 'fontkit';

export const FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  boldItalic: 'DejaVuSans-BoldOblique.ttf',
} as const;
export type FontStyle = keyof typeof FONT_FILES;
/** Parsed fonts, as pdfkit accepts them (anything with layout()). */
export type FontSet = Record<FontStyle, Font>;

/**
 * resources/fonts, found by walking up from this file: the same search works from the source
 * (tsx, vitest), the built browser host and the packaged app's main bundle.
 */
export function findFontsDir(from: string = import.meta.dirname): string {
  let dir = resolve(from);
  for (;;) {
    for (const candidate of [join(dir, 'resources', 'fonts'), join(dir, 'fonts')]) {
      if (existsSync(join(candidate, FONT_FILES.regular))) return candidate;
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('The document fonts (resources/fonts) were not found.');
    dir = up;
  }
}

const cache = new Map<string, FontSet>();

/**
 * Each font is read and parsed once per process and the parsed font is handed to every
 * document. Given a path or a Buffer, pdfkit parses the font again for each new document, and
 * decoding DejaVu's tables took most of an export's time (about 3 s of a 67-page document).
 */
export function loadFonts(dir: string): FontSet {
  let set = cache.get(dir);
  if (!set) {
    set = Object.fromEntries(Object.entries(FONT_FILES).map(([style, file]) => [style, create(readFileSync(join(dir, file))) as Font])) as FontSet;
    cache.set(dir, set);
  }
  return set;
}
