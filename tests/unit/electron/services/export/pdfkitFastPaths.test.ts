import { describe, expect, it } from 'vitest';
import { buildMinutes, buildPlan } from '../../../../../shared/documents';
import { renderPdf } from '../../../../../electron/services/export/pdfRenderer';
import { findFontsDir } from '../../../../../electron/services/export/fonts';
import { richConference } from '../../../../fixtures/richConference';

const fontsDir = findFontsDir();
const made = new Date('2026-11-24T09:30:00Z');

// The fast paths replace pdfkit's own layout, encode, line drawing and content writing; they must
// change the speed only. Hostile content (long words, tabs, many scripts, missing glyphs)
// included, and words whose glyphs are kerned ("AVATAR", "Tyre") or moved off the line (a
// combining accent, Arabic vowel marks), which the line drawer writes differently.
describe('pdfkit fast paths', () => {
  it('give byte-for-byte the same PDF as pdfkit’s own code', async () => {
    const c = richConference({ actions: 60, longParagraph: 3_000 });
    c.attendees[0]!.name = 'Ewa Żółć\tNowak 陈 😀 فاطمة الزهراء Γιώργος';
    c.plan.contingency = 'Supercalifragilisticexpialidocious'.repeat(12);
    c.plan.bottomLines = 'AVATAR Tyre WAVE To Vy. Cafe\u0301 then مُحَمَّد and on: AVATAR again, Tyre again.';
    for (const model of [buildMinutes(c, 'full'), buildPlan(c, 'family')]) {
      const own = await renderPdf(model, fontsDir, made, { fastPaths: false });
      const fast = await renderPdf(model, fontsDir, made);
      expect(fast.pages).toBe(own.pages);
      expect(Buffer.from(fast.bytes).equals(Buffer.from(own.bytes))).toBe(true);
    }
  });
});
