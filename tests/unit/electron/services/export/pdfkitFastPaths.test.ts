import { describe, expect, it } from 'vitest';
import { buildMinutes, buildPlan } from '../../../../../shared/documents';
import { renderPdf } from '../../../../../electron/services/export/pdfRenderer';
import { findFontsDir } from '../../../../../electron/services/export/fonts';
import { FAST_PATHS, PDFKIT_PINNED, fastPathsAllowed, installedPdfkitVersion } from '../../../../../electron/services/export/pdfkitVersion';
import { richConference } from '../../../../fixtures/richConference';

const fontsDir = findFontsDir();
const made = new Date('2026-11-24T09:30:00Z');

/** Hostile content (long words, tabs, many scripts, missing glyphs, kerned words, moved marks). */
function hostile() {
  const c = richConference({ actions: 60, longParagraph: 3_000 });
  c.attendees[0]!.name = 'Ewa Żółć\tNowak 陈 😀 فاطمة الزهراء Γιώργος';
  c.plan.contingency = 'Supercalifragilisticexpialidocious'.repeat(12);
  c.plan.bottomLines = 'AVATAR Tyre WAVE To Vy. Cafe\u0301 then مُحَمَّد and on: AVATAR again, Tyre again.';
  return [buildMinutes(c, 'full'), buildPlan(c, 'family')];
}

// The fast paths replace pdfkit's own layout, encode, line drawing and content writing; they must
// change the speed only. Hostile content included, and words whose glyphs are kerned ("AVATAR",
// "Tyre") or moved off the line (a combining accent, Arabic vowel marks), which the line drawer
// writes differently.
describe('pdfkit fast paths', () => {
  it('give byte-for-byte the same PDF as pdfkit’s own code, all together and each one left off in turn', async () => {
    for (const model of hostile()) {
      const own = await renderPdf(model, fontsDir, made, { fastPaths: false });
      const fast = await renderPdf(model, fontsDir, made);
      expect(fast.pages).toBe(own.pages);
      expect(Buffer.from(fast.bytes).equals(Buffer.from(own.bytes))).toBe(true);
      for (const path of FAST_PATHS) {
        const without = await renderPdf(model, fontsDir, made, { fastPaths: { [path]: false } });
        expect(Buffer.from(without.bytes).equals(Buffer.from(own.bytes)), `${path} off`).toBe(true);
        const alone = await renderPdf(model, fontsDir, made, { fastPaths: Object.fromEntries(FAST_PATHS.map((p) => [p, p === path])) });
        expect(Buffer.from(alone.bytes).equals(Buffer.from(own.bytes)), `${path} alone`).toBe(true);
      }
    }
  });

  it('run only with the pinned pdfkit: the installed one is it, and another version gets pdfkit’s own code, said once', async () => {
    expect(installedPdfkitVersion()).toBe(PDFKIT_PINNED);
    const said: string[] = [];
    expect(fastPathsAllowed(PDFKIT_PINNED, (m) => said.push(m))).toBe(true);
    expect(fastPathsAllowed('0.99.0', (m) => said.push(m))).toBe(false);
    expect(fastPathsAllowed('0.99.0', (m) => said.push(m))).toBe(false);
    expect(said).toEqual([`pdfkit 0.99.0 is installed, not ${PDFKIT_PINNED}: the export's fast paths are off and pdfkit's own code makes the documents.`]);
    const [model] = hostile();
    const own = await renderPdf(model!, fontsDir, made, { fastPaths: false });
    const otherVersion = await renderPdf(model!, fontsDir, made, { pdfkitVersion: '0.99.0' });
    expect(Buffer.from(otherVersion.bytes).equals(Buffer.from(own.bytes))).toBe(true);
  });
});
