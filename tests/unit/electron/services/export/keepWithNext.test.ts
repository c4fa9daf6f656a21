import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { h, p, type Block, type DocumentModel } from '../../../../../shared/documents/model';
import { renderPdf } from '../../../../../electron/services/export/pdfRenderer';
import { findFontsDir } from '../../../../../electron/services/export/fonts';
import { spaceToKeepWithNext } from '../../../../../electron/services/export/keepWithNext';

const fontsDir = findFontsDir();
const hasPdfToText = existsSync('/usr/bin/pdftotext');

const model = (blocks: Block[]): DocumentModel => ({
  kind: 'minutes', audience: 'full', title: 'Keep with next', subject: 'Headings and what follows them', author: 'Alex Chair',
  localAuthority: 'Test Borough', keywords: [], version: 1, final: true, blocks,
});

/** The text of each page, in order. */
async function pagesOf(blocks: Block[]): Promise<string[]> {
  const pdf = await renderPdf(model(blocks), fontsDir, new Date('2026-11-24T09:30:00Z'));
  const dir = mkdtempSync(join(tmpdir(), 'chairside-keep-'));
  try {
    writeFileSync(join(dir, 'out.pdf'), pdf.bytes);
    return execFileSync('pdftotext', [join(dir, 'out.pdf'), '-'], { encoding: 'utf8' }).split('\f');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const onPage = (pages: string[], text: string) => pages.findIndex((page) => page.includes(text));

describe('headings stay with what they introduce', () => {
  it('asks for the heading, the headings straight after it and the start of the first other block', () => {
    const blocks = [h(2, 'A'), h(3, 'B'), p('text')];
    expect(spaceToKeepWithNext(blocks, 0)).toBeGreaterThan(spaceToKeepWithNext(blocks, 1));
    expect(spaceToKeepWithNext(blocks, 1)).toBeGreaterThan(30);
    expect(spaceToKeepWithNext([h(2, 'last')], 0)).toBeGreaterThan(0);
  });

  // Filler pushes the headings down a few points at a time, across the foot of the first page,
  // so some run puts them in each of the last places on it.
  it.skipIf(!hasPdfToText)('never leaves a section heading, or a section and its first part, at the foot of a page', async () => {
    for (let lines = 34; lines <= 56; lines++) {
      const filler = Array.from({ length: lines }, (_, i) => p(`Filler line ${i + 1}.`));
      const pages = await pagesOf([
        ...filler,
        h(2, 'Section heading'),
        h(3, 'First part heading'),
        p('The first words of the part.'),
        h(3, 'Table part heading'),
        { type: 'table', columns: [{ title: 'Column one', weight: 1 }, { title: 'Column two', weight: 1 }], rows: [{ cells: ['cell a', 'cell b'] }], empty: '' },
        h(3, 'Scores part heading'),
        { type: 'dotPlot', title: 'Plot title', zero: 'worst', ten: 'safe', scores: [3, 3, 3, 5, 7] },
      ]);
      const where = `with ${lines} lines of filler`;
      expect(onPage(pages, 'First part heading'), where).toBe(onPage(pages, 'Section heading'));
      expect(onPage(pages, 'The first words of the part.'), where).toBe(onPage(pages, 'First part heading'));
      expect(onPage(pages, 'Column one'), where).toBe(onPage(pages, 'Table part heading'));
      expect(onPage(pages, 'cell a'), where).toBe(onPage(pages, 'Table part heading'));
      expect(onPage(pages, '10: safe'), where).toBe(onPage(pages, 'Scores part heading'));
    }
  }, 60_000);
});
