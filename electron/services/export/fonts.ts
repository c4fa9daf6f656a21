import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  boldItalic: 'DejaVuSans-BoldOblique.ttf',
} as const;
export type FontStyle = keyof typeof FONT_FILES;
export type FontSet = Record<FontStyle, Buffer>;

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
 * Each font file is read once per process and kept as a Buffer: pdfkit re-parses a font named
 * by path on every switch, which made table-heavy documents three times slower.
 */
export function loadFonts(dir: string): FontSet {
  let set = cache.get(dir);
  if (!set) {
    set = Object.fromEntries(Object.entries(FONT_FILES).map(([style, file]) => [style, readFileSync(join(dir, file))])) as FontSet;
    cache.set(dir, set);
  }
  return set;
}
