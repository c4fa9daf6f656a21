import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The pdfkit whose inner loops the fast paths (pdfkitFastPaths.ts) replace, byte for byte. It is
 * pinned exactly in package.json; should another version ever be installed, the fast paths are
 * left off and pdfkit's own code makes the documents, slower but as pdfkit means them.
 */
export const PDFKIT_PINNED = '0.20.2';

/** The fast paths, each of which can be left off on its own (the equality test does). */
export const FAST_PATHS = ['fragment', 'fontLayout', 'documentOutput', 'pageContent', 'lineBreaking'] as const;
export type FastPath = (typeof FAST_PATHS)[number];

let installed: string | undefined;

/** The installed pdfkit's version, read once from its package.json ('unknown' if it cannot be read). */
export function installedPdfkitVersion(): string {
  if (installed === undefined) {
    try {
      // pdfkit's exports do not include its package.json: find it beside its entry point (js/).
      const entry = createRequire(import.meta.url).resolve('pdfkit');
      installed = (JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version?: string }).version ?? 'unknown';
    } catch {
      installed = 'unknown';
    }
  }
  return installed;
}

const warned = new Set<string>();

/** Whether the fast paths may run with this pdfkit; says once why not when they may not. */
export function fastPathsAllowed(version: string = installedPdfkitVersion(), warn: (message: string) => void = console.warn): boolean {
  if (version === PDFKIT_PINNED) return true;
  if (!warned.has(version)) {
    warned.add(version);
    warn(`pdfkit ${version} is installed, not ${PDFKIT_PINNED}: the export's fast paths are off and pdfkit's own code makes the documents.`);
  }
  return false;
}
