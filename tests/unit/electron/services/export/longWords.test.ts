import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildMinutes } from '../../../../../shared/documents';
import { renderPdf } from '../../../../../electron/services/export/pdfRenderer';
import { findFontsDir } from '../../../../../electron/services/export/fonts';
import { breakLongWords, LONG_RUN } from '../../../../../electron/services/export/longWords';
import { richConference } from '../../../../fixtures/richConference';
import { longWordConference, proseConference, tenMegabyteConference } from '../../../../fixtures/bigRecords';
import type { Conference } from '../../../../../shared/model';

const fontsDir = findFontsDir();
const made = new Date('2026-11-24T09:30:00Z');
const hasPdftotext = existsSync('/usr/bin/pdftotext');

/**
 * Processor milliseconds this test process spent on one full minutes export of `c`. Processor
 * time, not the wall clock: vitest runs another test file beside this one on a two-core machine,
 * and the wall clock counted whatever that file did while this one waited (a ratio test failed in
 * CI that way). The export runs in this process, so its processor time is its cost.
 */
async function timeExport(c: Conference): Promise<{ ms: number; pages: number; bytes: Uint8Array }> {
  const start = process.cpuUsage();
  const pdf = await renderPdf(buildMinutes(c, 'full'), fontsDir, made);
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, pages: pdf.pages, bytes: pdf.bytes };
}

describe('very long words are cut before layout', () => {
  const widthOf = (s: string) => [...s].length * 5;

  it('cuts a run wider than the line into pieces that each fit, losing and adding no character but the line breaks', () => {
    const word = 'x'.repeat(1_000);
    const out = breakLongWords(`before ${word} after`, 200, () => 5, widthOf);
    const pieces = out.split(/[ \n]/);
    expect(pieces.join('')).toBe(`before${word}after`);
    for (const piece of pieces) expect(widthOf(piece)).toBeLessThanOrEqual(200);
    expect(pieces.filter((p) => p.length === 40)).toHaveLength(25);
  });

  it('leaves ordinary words, and runs that fit the width, exactly as they were', () => {
    const text = `An ordinary sentence, with a link https://example.org/a/b and ${'y'.repeat(LONG_RUN + 10)}.`;
    expect(breakLongWords(text, 10_000, () => 5, widthOf)).toBe(text);
    expect(breakLongWords('short words only', 10, () => 5, widthOf)).toBe('short words only');
  });

  it('never splits a surrogate pair or parts an accent from its letter', () => {
    const run = '😀e\u0301'.repeat(200);
    const out = breakLongWords(run, 50, () => 5, widthOf);
    expect(out.replace(/\n/g, '')).toBe(run);
    for (const piece of out.split('\n')) {
      expect(piece.codePointAt(0)).not.toBe(0x301);
      expect(/^[\udc00-\udfff]/.test(piece)).toBe(false);
    }
  });

  it('goes back a character when the shaped piece is wider than its letters added up (kerning)', () => {
    const kerned = (s: string) => s.length * 5 + 3; // every piece 3 points wider than its sum
    const out = breakLongWords('z'.repeat(200), 100, () => 5, kerned);
    for (const piece of out.split('\n')) expect(kerned(piece)).toBeLessThanOrEqual(100);
  });

  // The old layout re-measured the leftover word after every line and cached every remainder:
  // 10,000 characters took 3 s here against 0.1 s for the whole normal minutes, and the time
  // grew with the square of the length (a million characters would take hours).
  // Compared with the same number of characters as ordinary words, in the same places and the
  // same run, so the test measures the long word and not the machine or the other fast paths.
  it('exports 10,000-, 100,000- and 1,000,000-character words in a fixed multiple of the time for as much ordinary text', { timeout: 240_000 }, async () => {
    await timeExport(proseConference(10_000)); // warm-up
    for (const length of [10_000, 100_000, 1_000_000]) {
      const prose = Math.min((await timeExport(proseConference(length))).ms, (await timeExport(proseConference(length))).ms);
      const { ms, pages } = await timeExport(longWordConference(length));
      expect(pages).toBeGreaterThan(1);
      console.log(`long word of ${length} characters: ${ms.toFixed(0)} ms of processor time; as much ordinary text: ${prose.toFixed(0)} ms`);
      expect(ms, `${length} characters: ${ms.toFixed(0)} ms against ${prose.toFixed(0)} ms for as much ordinary text`).toBeLessThan(5 * prose + 50);
    }
  });

  it('draws a long word in full, line after line, inside the margins', async () => {
    if (!hasPdftotext) return console.log('poppler-utils not installed: text extraction check not run.');
    const c = richConference({ actions: 6 });
    const word = 'Z' + 'abcdefghij'.repeat(1_000);
    c.plan.bottomLines = word;
    const { bytes } = await timeExport(c);
    const dir = mkdtempSync(join(tmpdir(), 'chairside-long-'));
    try {
      writeFileSync(join(dir, 'out.pdf'), bytes);
      const text = execFileSync('pdftotext', [join(dir, 'out.pdf'), '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
      const lines = text.split('\n').filter((l) => /^[Za-j]{20,}$/.test(l));
      expect(lines.join('')).toBe(word);
      const words = [...execFileSync('pdftotext', ['-bbox', join(dir, 'out.pdf'), '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
      expect(words.filter(([xMin, xMax]) => xMin! < 55 || xMax! > 595.28 - 55)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // Ten megabytes is about 300 times a normal record; the time per character may not grow with
  // the size of the record (it grew with the square of each long word before, and a record like
  // this ran out of memory).
  // Linear, not a guess at an absolute time: ten times the record may take at most twice ten
  // times as long (it grew with the square of each long word before, and ran out of memory).
  it('exports a 10 MB record in time proportional to its size (against a 1 MB record made the same way)', { timeout: 600_000 }, async () => {
    const small = tenMegabyteConference(1_000_000);
    await timeExport(small); // warm-up
    const oneMb = (await timeExport(small)).ms;
    const { ms, pages } = await timeExport(tenMegabyteConference());
    expect(pages).toBeGreaterThan(1_000);
    console.log(`10 MB record: ${ms.toFixed(0)} ms, ${pages} pages; 1 MB: ${oneMb.toFixed(0)} ms`);
    expect(ms, `10 MB: ${ms.toFixed(0)} ms, ${pages} pages; 1 MB: ${oneMb.toFixed(0)} ms`).toBeLessThan(20 * oneMb);
  });
});
