// The reference the export benchmark compares against: the same document model written as HTML
// and printed by Chromium, made to look like our PDF so both sides do the same work. Same A4
// margins and font (DejaVu Sans, installed with Chromium's fonts), same sizes and line spacing,
// bold and italic runs, restricted passages labelled and coloured, tables with a shaded header row
// repeated on each page, the dot plot drawn (as SVG), the header and footer on every page, and the
// DRAFT watermark on every page. The page counts printed by the benchmark show how close it is.
import type { Block, DocumentModel } from '../../shared/documents/model';
import { CLASSIFICATION, RESTRICTED_LABEL } from '../../shared/documents/model';

const esc = (s: string) => s.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);

// DejaVu Sans: ascent 1901, descent 483, on 2048 units a pt; our paragraphs add a 1.5 pt gap.
const LINE = (2384 / 2048);

const CSS = `
@page { size: A4; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: ${(10 * LINE + 1.5).toFixed(2)}pt; color: #1b1f24; margin: 0; }
h1 { font-size: 18pt; line-height: ${(18 * LINE).toFixed(2)}pt; margin: 0; }
.subject { color: #4a5360; margin: 0 0 ${(0.8 * 10 * LINE).toFixed(2)}pt; }
h2, h3 { break-after: avoid; margin-bottom: 0.3em; }
h2 { font-size: 13.5pt; line-height: ${(13.5 * LINE).toFixed(2)}pt; margin-top: 0.8em; }
h3 { font-size: 11.5pt; line-height: ${(11.5 * LINE).toFixed(2)}pt; margin-top: 0.4em; }
p { margin: 0 0 ${(0.35 * 10 * LINE).toFixed(2)}pt; }
.restricted, .restricted td { color: #6b1d7a; }
.label { font-weight: bold; display: block; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; line-height: ${(9 * LINE).toFixed(2)}pt; margin-bottom: 6pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { padding: 4pt; border-bottom: 0.4pt solid #c9d0d8; text-align: left; vertical-align: top; }
thead th { background: #eef1f4; }
.kv th { width: 25%; }
figure { margin: 0 0 8pt; break-inside: avoid; }
figcaption { font-weight: bold; font-size: 9pt; }
.anchors { display: flex; justify-content: space-between; gap: 16pt; font-size: 8pt; color: #4a5360; }
.watermark { position: fixed; top: 40%; left: 0; width: 100%; text-align: center; font-weight: bold; font-size: 110pt; color: #ececec; transform: rotate(-35deg); z-index: -1; }
`;

function dotPlot(b: Extract<Block, { type: 'dotPlot' }>): string {
  const counts = new Map<number, number>();
  for (const s of b.scores) counts.set(s, (counts.get(s) ?? 0) + 1);
  const stack = Math.max(1, ...counts.values()) * 9;
  const w = 463;
  const lineY = stack + 8;
  const ticks = Array.from({ length: 11 }, (_, v) => {
    const x = 10 + (w * v) / 10;
    return `<line x1="${x}" y1="${lineY - 3}" x2="${x}" y2="${lineY + 3}" stroke="#4a5360"/><text x="${x}" y="${lineY + 13}" font-size="8" text-anchor="middle">${v}</text>`;
  }).join('');
  const dots = [...counts].flatMap(([v, n]) => Array.from({ length: n }, (_, k) => `<circle cx="${10 + (w * v) / 10}" cy="${lineY - 6 - k * 9}" r="3.6" fill="#14548a"/>`)).join('');
  return `<figure><figcaption>${esc(b.title)}</figcaption><svg role="img" aria-label="Dot plot of the scores" width="${w + 20}" height="${lineY + 16}" viewBox="0 0 ${w + 20} ${lineY + 16}"><line x1="10" y1="${lineY}" x2="${w + 10}" y2="${lineY}" stroke="#4a5360"/>${ticks}${dots}</svg><div class="anchors"><span>0: ${esc(b.zero || 'not set')}</span><span>10: ${esc(b.ten || 'not set')}</span></div></figure>`;
}

function block(b: Block): string {
  switch (b.type) {
    case 'heading':
      return b.level === 3 ? `<h3>${esc(b.text)}</h3>` : `<h2>${esc(b.text)}</h2>`;
    case 'paragraph': {
      const runs = b.runs.map((r) => {
        let t = esc(r.text);
        if (r.bold) t = `<b>${t}</b>`;
        if (r.italic) t = `<i>${t}</i>`;
        return t;
      });
      return b.restricted ? `<p class="restricted"><span class="label">${esc(RESTRICTED_LABEL)}</span>${runs.join('')}</p>` : `<p>${runs.join('')}</p>`;
    }
    case 'keyValue':
      return `<table class="kv">${b.rows.map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}</table>`;
    case 'table': {
      if (!b.rows.length) return `<p>${esc(b.empty)}</p>`;
      const total = b.columns.reduce((s, c) => s + c.weight, 0);
      const head = b.columns.map((c) => `<th scope="col" style="width:${((100 * c.weight) / total).toFixed(1)}%">${esc(c.title)}</th>`).join('');
      const rows = b.rows.map((r) => `<tr${r.restricted ? ' class="restricted"' : ''}>${r.cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('');
      return `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
    case 'dotPlot':
      return dotPlot(b);
  }
}

/** The whole document as one HTML page, ready for page.setContent. */
export function referenceHtml(model: DocumentModel): string {
  const watermark = model.final ? '' : '<div class="watermark" aria-hidden="true">DRAFT</div>';
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${esc(model.title)}</title><style>${CSS}</style></head><body>${watermark}<h1>${esc(model.title)}</h1><p class="subject">${esc(model.subject)}</p>${model.blocks.map(block).join('')}</body></html>`;
}

// Playwright takes margins in px, in, cm or mm, not points.
const inches = (pt: number) => `${(pt / 72).toFixed(4)}in`;

/** page.pdf() options: margins as ours, with our header and footer on every page. */
export function referencePdfOptions(model: DocumentModel, made: Date) {
  const title = model.kind === 'minutes' ? 'Conference minutes' : 'Child protection plan';
  const day = `${String(made.getDate()).padStart(2, '0')}/${String(made.getMonth() + 1).padStart(2, '0')}/${made.getFullYear()}`;
  const small = "font-family:'DejaVu Sans';font-size:8.5pt;color:#4a5360;width:100%;margin:0 56pt;";
  return {
    format: 'A4' as const,
    displayHeaderFooter: true,
    headerTemplate: `<div style="${small}padding-bottom:3pt;border-bottom:0.5pt solid #c9d0d8">${esc(`${model.localAuthority} · ${title}${model.audience === 'family' ? ' (family copy)' : ''}`)}</div>`,
    footerTemplate: `<div style="${small}display:flex;justify-content:space-between"><b style="color:#1b1f24">${CLASSIFICATION}</b><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span> · Version ${model.version}${model.final ? '' : ' (draft)'} · Made ${day}</span></div>`,
    margin: { top: inches(70), bottom: inches(64), left: inches(56), right: inches(56) },
  };
}
