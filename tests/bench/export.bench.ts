// Export speed: the minutes of a large conference (25 attendees, ~30,000 words of minutes,
// 40 actions) as PDF/A with pdfkit, in-process after a warm-up, against Chromium printing the
// same document model from HTML with page.pdf() in an already-open page (what Electron's
// printToPDF does), alternating A B A B. The HTML is made to look like our PDF
// (./chromiumReference.ts); the plain HTML first used here is still printed, for information.
// Run: npm run bench -- export
import { chromium } from 'playwright';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { buildMinutes, type Block, type DocumentModel } from '../../shared/documents';
import { renderPdf, type RenderOptions } from '../../electron/services/export/pdfRenderer';
import { findFontsDir } from '../../electron/services/export/fonts';
import { richConference } from '../fixtures/richConference';
import { longWordConference, tenMegabyteConference } from '../fixtures/bigRecords';
import { referenceHtml, referencePdfOptions } from './chromiumReference';

const ROUNDS = 9;
// Chromium goes on working for a moment after page.pdf() returns (and so may we); each
// measurement starts after a short pause, so neither side is timed while the other is busy.
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

function largeConference() {
  const c = richConference({ actions: 40, minutesParagraphs: 0 });
  c.attendees = Array.from({ length: 25 }, (_, i) => ({ id: `p${i}`, name: `Attendee ${i + 1} Nowak`, role: 'Role', agency: i % 2 ? 'police' : 'education', kind: 'professional' as const, attendance: 'present' as const, remote: false }));
  c.scaling.scores = c.attendees.flatMap((a, i) => ['amy', 'ben'].map((childId) => ({ attendeeId: a.id, childId, score: i % 11, reason: `Reason given by ${a.name}.` })));
  // ~30,000 words spread over the agenda steps, 60 words a paragraph.
  const sentence = 'The social worker described the progress made since the strategy discussion and what still worries the school.';
  const perStep = Math.ceil(500 / c.meeting.agenda.length);
  for (const step of c.meeting.agenda) {
    step.minutes = { type: 'doc', content: Array.from({ length: perStep }, (_, i) => ({ type: 'paragraph', content: [{ type: 'speaker', attrs: { attendeeId: `p${i % 25}` } }, { type: 'text', text: ` ${sentence} ${sentence} ${sentence} ${sentence}` }] })) };
  }
  return c;
}

const esc = (s: string) => s.replace(/[&<>]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[ch]!);
/** The first reference: plain HTML without our furniture, styles or drawings (and px margins). */
function plainHtml(model: DocumentModel): string {
  const block = (b: Block): string => {
    switch (b.type) {
      case 'heading': return `<h${b.level + 1}>${esc(b.text)}</h${b.level + 1}>`;
      case 'paragraph': return `<p>${b.runs.map((r) => esc(r.text)).join('')}</p>`;
      case 'keyValue': return `<table>${b.rows.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}</table>`;
      case 'table': return `<table><thead><tr>${b.columns.map((c) => `<th>${esc(c.title)}</th>`).join('')}</tr></thead><tbody>${b.rows.map((r) => `<tr>${r.cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
      case 'dotPlot': return `<p>${esc(b.title)}: ${b.scores.join(', ')}</p>`;
    }
  };
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><style>body{font-family:'DejaVu Sans';font-size:10pt}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccc;padding:3pt;text-align:left}thead{display:table-header-group}</style></head><body><h1>${esc(model.title)}</h1>${model.blocks.map(block).join('')}</body></html>`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const pageCount = (bytes: Buffer) => (bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

async function main() {
  const model = buildMinutes(largeConference(), 'full');
  const fontsDir = findFontsDir();
  const made = new Date();
  const page = await (await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] })).newPage();
  const faithful = referenceHtml(model);
  const faithfulOptions = referencePdfOptions(model, made);
  const plain = plainHtml(model);
  const plainFooter = '<div style="font-size:8px;width:100%;text-align:right;margin-right:40px">OFFICIAL-SENSITIVE · Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';
  // The reference the goal is set against: the HTML that looks like our PDF, printed untagged.
  // Ours is tagged, so Chromium making a tagged PDF (Electron's printToPDF generateTaggedPDF) is
  // shown too, and the first, plain reference, for information.
  const print = {
    reference: async () => {
      await page.setContent(faithful);
      return page.pdf(faithfulOptions);
    },
    tagged: async () => {
      await page.setContent(faithful);
      return page.pdf({ ...faithfulOptions, tagged: true });
    },
    plain: async () => {
      await page.setContent(plain);
      return page.pdf({ format: 'A4', displayHeaderFooter: true, footerTemplate: plainFooter, headerTemplate: '<span></span>', margin: { top: '70px', bottom: '64px', left: '56px', right: '56px' } });
    },
  };
  const ours = await renderPdf(model, fontsDir, made); // warm-up (fonts read once, code compiled)
  const pages = { reference: 0, tagged: 0, plain: 0 };
  for (const k of Object.keys(print) as (keyof typeof print)[]) pages[k] = pageCount(await print[k]());
  const pdfkitTimes: number[] = [];
  const times: Record<keyof typeof print, number[]> = { reference: [], tagged: [], plain: [] };
  const phases: Record<string, number[]> = {};
  for (let i = 0; i < ROUNDS; i++) {
    await settle();
    const t = performance.now();
    const phase: NonNullable<RenderOptions['phases']> = {};
    await renderPdf(model, fontsDir, made, { phases: phase });
    pdfkitTimes.push(performance.now() - t);
    for (const [k, v] of Object.entries(phase)) (phases[k] ??= []).push(v);
    for (const k of Object.keys(print) as (keyof typeof print)[]) {
      await settle();
      const start = performance.now();
      await print[k]();
      times[k].push(performance.now() - start);
    }
  }
  await page.context().browser()?.close();
  const row = (name: string, xs: number[]) => `${name.padEnd(44)} ${median(xs).toFixed(0).padStart(6)} ms  (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
  console.log(`Export of the minutes of a large conference; median of ${ROUNDS} alternating rounds; ${cpus().length} × ${cpus()[0]?.model}`);
  console.log(row(`pdfkit PDF/A, tagged (Chairside), ${ours.pages} pages`, pdfkitTimes));
  console.log(row(`Chromium page.pdf(), same look, ${pages.reference} pages`, times.reference));
  console.log(row(`Chromium page.pdf(), same look, tagged`, times.tagged));
  console.log(row(`Chromium page.pdf(), plain HTML, ${pages.plain} pages`, times.plain));
  const ratio = median(times.reference) / median(pdfkitTimes);
  const ratioOf = (xs: number[]) => (median(xs) / median(pdfkitTimes)).toFixed(2);
  console.log(`Chairside is ${ratio.toFixed(2)}× the speed of Chromium's print of the same look (goal ≥ 5×); ${ratioOf(times.tagged)}× its tagged print; ${ratioOf(times.plain)}× its print of plain HTML`);
  console.log(`Where Chairside's time goes (medians): ${Object.entries(phases).map(([k, v]) => `${k} ${median(v).toFixed(0)} ms`).join(', ')}`);
  console.log('  body = line breaking, glyph layout and drawing of every block; finish = compressing and writing pages, fonts and the structure tree.');
  // Hostile records beside it, once each: the time must grow with the text, not its square
  // (before, 10,000 characters in one word took seconds and a 10 MB record ran out of memory).
  const hostile: Record<string, { ms: number; pages: number; timesLarge: number }> = {};
  const hostileCases: [string, () => ReturnType<typeof richConference>][] = [
    ['a 10,000-character word', () => longWordConference(10_000)],
    ['a 100,000-character word', () => longWordConference(100_000)],
    ['a 1,000,000-character word', () => longWordConference(1_000_000)],
    ['a 10 MB record', tenMegabyteConference],
  ];
  for (const [name, make] of hostileCases) {
    const hostileModel = buildMinutes(make(), 'full');
    await settle();
    const start = performance.now();
    const made2 = await renderPdf(hostileModel, fontsDir, made);
    const ms = performance.now() - start;
    hostile[name] = { ms, pages: made2.pages, timesLarge: ms / median(pdfkitTimes) };
    console.log(`${`pdfkit, ${name}, ${made2.pages} pages`.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms  (${(ms / median(pdfkitTimes)).toFixed(1)}× the large conference)`);
  }
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/export.json', JSON.stringify({ when: new Date().toISOString(), pages: ours.pages, chromiumPages: pages, rounds: ROUNDS, pdfkitMs: pdfkitTimes, chromiumMs: times, phasesMs: phases, ratio, hostile }, null, 2));
}

await main();
