import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildMinutes, buildPlan } from '../../../../../shared/documents';
import { renderPdf } from '../../../../../electron/services/export/pdfRenderer';
import { findFontsDir } from '../../../../../electron/services/export/fonts';
import { restrictedConference } from '../../../../fixtures/restrictedConference';

// The family copies as files: random conferences with markers in every free-text field, each
// rendered to PDF, and each file searched as text (pdftotext), as raw bytes and as qpdf's
// uncompressed rewrite (metadata, structure tree, alternative text), in every encoding a string
// takes in a PDF. The markers' brackets are not in DejaVu (they would print as "?"), so the
// search is for the ASCII inside them.

const tools = ['/usr/bin/pdftotext', '/usr/bin/qpdf', '/usr/bin/pdfinfo'];
const missing = tools.filter((t) => !existsSync(t));
const fontsDir = findFontsDir();
const made = new Date('2026-11-24T09:30:00Z');
const utf16 = (s: string) => Buffer.from(s, 'utf16le').swap16();
const forms = (s: string) => [s, utf16(s).toString('latin1'), utf16(s).toString('hex'), Buffer.from(s).toString('hex')].map((f) => f.toLowerCase());
const inner = (m: string) => m.replace(/^⟦|⟧$/g, '');

describe('family copies as PDF files', () => {
  it.skipIf(missing.length > 0)(`hold no marker in their text, bytes or metadata, over 12 random conferences${missing.length ? ` (not run: ${missing.join(', ')} missing)` : ''}`, async () => {
    const samples = fc.sample(restrictedConference, { seed: 20261203, numRuns: 12 });
    const dir = mkdtempSync(join(tmpdir(), 'chairside-family-pdf-'));
    try {
      for (const [i, { conference, markers, minutesMarkers, copyMarkers }] of samples.entries()) {
        const secrets = [...new Set([...markers, ...minutesMarkers, ...copyMarkers])].map(inner);
        for (const model of [buildMinutes(conference, 'family'), buildPlan(conference, 'family')]) {
          const pdf = await renderPdf(model, fontsDir, made);
          const file = join(dir, `${i}-${model.kind}.pdf`);
          writeFileSync(file, pdf.bytes);
          execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, `${file}.qdf`]);
          const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
          const raw = (readFileSync(file, 'latin1') + readFileSync(`${file}.qdf`, 'latin1') + execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' })).toLowerCase();
          expect(text).toContain('family copy'); // the check reads the file it thinks it reads
          for (const s of secrets) {
            expect(text, `${model.kind} ${i}: text holds ${s}`).not.toContain(s);
            for (const f of forms(s)) expect(raw.includes(f), `${model.kind} ${i}: bytes hold ${s}`).toBe(false);
          }
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
