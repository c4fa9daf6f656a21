import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildMinutes, buildPlan, type DocumentModel } from '../../../../../shared/documents';
import { p } from '../../../../../shared/documents/model';
import { renderPdf } from '../../../../../electron/services/export/pdfRenderer';
import { findFontsDir } from '../../../../../electron/services/export/fonts';
import { richConference } from '../../../../fixtures/richConference';

const fontsDir = findFontsDir();
const made = new Date('2026-11-24T09:30:00Z');
const tool = (name: string) => ['/usr/bin', '/usr/local/bin'].some((d) => existsSync(join(d, name)));
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
/** Said in the test's name where a tool it needs is missing, so a skip is never silent. */
const missingNote = (tools: string[]) => {
  const gone = tools.filter((t) => !tool(t));
  return gone.length ? ` (not run: ${gone.join(', ')} missing; npm test installs them on Debian)` : '';
};

async function toFile(bytes: Uint8Array): Promise<{ path: string; done: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'chairside-pdf-'));
  const path = join(dir, 'out.pdf');
  writeFileSync(path, bytes);
  return { path, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** PDF/A: every document information entry has its equal in the XMP metadata, which is valid XML. */
function expectInfoMatchesXmp(info: string, xmp: string) {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_m, name: string) => entities[name]!);
  expect(xmp.replace(/&(amp|lt|gt|quot|apos);/g, '')).not.toMatch(/&/); // every & starts an entity
  const xmpFor: Record<string, RegExp> = {
    Title: /<dc:title>[^]*?<rdf:li[^>]*>([^<]*)</, Author: /<dc:creator>[^]*?<rdf:li>([^<]*)</, Subject: /<dc:description>[^]*?<rdf:li[^>]*>([^<]*)</,
    Keywords: /<pdf:Keywords>([^<]*)</, Creator: /<xmp:CreatorTool>([^<]*)</, Producer: /<pdf:Producer>([^<]*)</,
  };
  for (const [entry, pattern] of Object.entries(xmpFor)) {
    const value = new RegExp(`^${entry}:\\s+(.*)$`, 'm').exec(info)?.[1];
    expect(value, entry).toBeTruthy();
    const inXmp = pattern.exec(xmp)?.[1];
    expect(inXmp, entry).toBeDefined();
    expect(unescape(inXmp!), entry).toBe(value);
  }
}

describe('PDF export', () => {
  it.skipIf(!tool('qpdf') || !tool('pdftotext'))(`makes a PDF/A-2b minutes document that passes qpdf, embeds its fonts, carries metadata and holds every person, score and action${missingNote(['qpdf', 'pdftotext'])}`, async () => {
    const c = richConference({ actions: 6 });
    const pdf = await renderPdf(buildMinutes(c, 'full'), fontsDir, made);
    const f = await toFile(pdf.bytes);
    try {
      expect(run('qpdf', ['--check', f.path])).toMatch(/No syntax or stream encoding errors/);
      const fonts = run('pdffonts', [f.path]).split('\n').slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThan(0);
      for (const line of fonts) expect(line).toMatch(/\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/); // embedded, subset
      const info = run('pdfinfo', [f.path]);
      expect(info).toMatch(/Title:\s+Conference minutes \(full record\)/);
      expect(info).toMatch(/Author:\s+Alex Chair/);
      expect(info).toMatch(/Tagged:\s+yes/);
      expect(info).not.toMatch(/Encrypted:\s+yes/);
      const xmp = run('pdfinfo', ['-meta', f.path]);
      expect(xmp).toMatch(/pdfaid:part[^0-9]*2/);
      expectInfoMatchesXmp(info, xmp);
      expect(info).not.toMatch(/^ModDate:/m); // pdfkit writes no xmp:ModifyDate to match it
      expect(xmp).toContain('<xmp:CreateDate>2026-11-24T09:30:00Z</xmp:CreateDate>');
      const text = run('pdftotext', ['-layout', f.path, '-']);
      for (const a of c.attendees) expect(text).toContain(a.name.split(' ')[0]);
      for (const a of c.plan.actions) expect(text).toContain(a.what.slice(0, 20));
      for (const s of c.scaling.scores) expect(text).toContain(s.reason);
      expect(text).toContain('OFFICIAL-SENSITIVE');
      expect(text).toMatch(/Page 1 of \d+/);
      expect(text).toContain('Version 1 (draft)'); // the rotated DRAFT watermark is not extracted as text; checked by eye
      expect(text).toContain('RESTRICTED — not for the family');
      expect(text).toContain('SECRET-OP-WILLOW');
    } finally {
      f.done();
    }
  });

  it.skipIf(!tool('qpdf') || !tool('pdfinfo'))(`tags the document: headings, paragraphs, tables with header cells and figures, and nothing drawn outside the tags or artifacts${missingNote(['qpdf', 'pdfinfo'])}`, async () => {
    const c = richConference({ actions: 80, longParagraph: 6_000 });
    const f = await toFile((await renderPdf(buildMinutes(c, 'full'), fontsDir, made)).bytes);
    try {
      const tree = run('pdfinfo', ['-struct-text', f.path]);
      expect(tree.startsWith('Document')).toBe(true);
      expect(tree).toMatch(/^ {2}H1 \(block\)\n {4}"Conference minutes \(full record\)/m);
      expect(tree).toMatch(/^ {2}H2 \(block\)\n {4}"Conference details"/m);
      expect(tree).toMatch(/TH:\n +\/Scope \/Column\n +"Name"/);
      expect(tree).toMatch(/TH:\n +\/Scope \/Row\n +"Meeting"/);
      expect(tree).toMatch(/^ {2}Figure/m);
      expect(tree).not.toMatch(/H4/); // title H1, sections H2, parts H3: no level skipped
      for (const a of c.plan.actions.slice(0, 5)) expect(tree).toContain(a.what.slice(0, 20));
      // Every text, fill or stroke on every page sits inside a tag or an artifact.
      const qdf = join(f.path + '.qdf');
      execFileSync('qpdf', ['--qdf', '--object-streams=disable', f.path, qdf]);
      const pages = readFileSync(qdf, 'latin1').split(/%% Contents for page \d+/).slice(1);
      expect(pages.length).toBeGreaterThan(3);
      for (const page of pages) {
        const stream = page.slice(page.indexOf('stream') + 6, page.indexOf('endstream'));
        let depth = 0;
        const loose: string[] = [];
        for (const line of stream.split('\n').map((l) => l.trim())) {
          if (/\bB[DM]C$/.test(line)) depth++;
          else if (line === 'EMC') depth--;
          else if (depth === 0 && /(TJ|Tj|\bf|\bS|\bre)$/.test(line)) loose.push(line);
        }
        expect(loose).toEqual([]);
        expect(depth).toBe(0);
      }
    } finally {
      f.done();
    }
  });

  it.skipIf(!tool('qpdf'))(`keeps a paragraph’s size and restricted colour when it runs on to the next page, past the DRAFT mark${missingNote(['qpdf'])}`, async () => {
    const model: DocumentModel = {
      kind: 'minutes', audience: 'full', title: 'Long restricted note', subject: 'Test', author: 'Alex Chair', localAuthority: 'Test Borough',
      keywords: [], version: 1, final: false,
      blocks: [p('A restricted note that goes on and on. '.repeat(400), { restricted: true })],
    };
    const f = await toFile((await renderPdf(model, fontsDir, made)).bytes);
    try {
      execFileSync('qpdf', ['--qdf', '--object-streams=disable', f.path, `${f.path}.qdf`]);
      const pages = readFileSync(`${f.path}.qdf`, 'latin1').split(/%% Contents for page \d+/).slice(1);
      expect(pages.length).toBeGreaterThan(2);
      const restrictedInk = /0\.4196\d* 0\.1137\d* 0\.4784\d* scn/; // #6b1d7a
      for (const page of pages.slice(1)) {
        const stream = page.slice(page.indexOf('stream') + 6, page.indexOf('endstream'));
        // The first line of text after the watermark: its colour and size are the paragraph's.
        const afterMark = stream.slice(stream.indexOf('EMC'));
        const firstText = afterMark.indexOf('TJ');
        const before = afterMark.slice(0, firstText);
        const lastColour = before.slice(0, before.lastIndexOf(' scn') + 4).split('\n').pop()!;
        expect(lastColour).toMatch(restrictedInk);
        expect(before.match(/ (\d+(?:\.\d+)?) Tf/g)?.pop()).toBe(' 10 Tf');
      }
    } finally {
      f.done();
    }
  });

  it.skipIf(!tool('pdftotext'))(`keeps restricted information out of the family copies${missingNote(['pdftotext'])}`, async () => {
    const c = richConference();
    for (const model of [buildMinutes(c, 'family'), buildPlan(c, 'family')]) {
      const pdf = await renderPdf(model, fontsDir, made);
      const f = await toFile(pdf.bytes);
      try {
        const text = run('pdftotext', [f.path, '-']);
        expect(text).not.toContain('SECRET-OP-WILLOW');
        expect(text).not.toContain('Reason from'); // score reasons are the professionals'
        expect(text).toContain('family copy');
        // Nor anywhere else in the file: metadata, the structure tree's alternative text, titles.
        if (tool('qpdf')) {
          execFileSync('qpdf', ['--qdf', '--object-streams=disable', f.path, `${f.path}.qdf`]);
          const raw = readFileSync(`${f.path}.qdf`, 'latin1') + run('pdfinfo', ['-meta', f.path]);
          if (model.kind === 'minutes') expect(raw).toContain('/Alt'); // the check reaches the structure tree
          // Strings with non-ASCII characters are UTF-16BE, which qpdf writes as hex: look for
          // every form the words could take.
          const utf16 = (s: string) => Buffer.from(s, 'utf16le').swap16();
          const forms = (s: string) => [s, utf16(s).toString('latin1'), utf16(s).toString('hex'), Buffer.from(s).toString('hex')];
          expect(raw.toLowerCase()).toContain(utf16('Nowak').toString('hex')); // the title is found in this form
          for (const secret of ['SECRET-OP-WILLOW', 'Reason from']) for (const form of forms(secret)) expect(raw.toLowerCase()).not.toContain(form.toLowerCase());
        }
      } finally {
        f.done();
      }
    }
  });

  it('exports hostile content: a 10,000-character paragraph, 300 actions, many scripts, emoji and control characters', async () => {
    const c = richConference({ actions: 300, longParagraph: 10_000 });
    c.attendees[0]!.name = 'Ewa Żółć 陈 😀\u0007\u0000'; // DejaVu has the emoticons but no Chinese
    c.plan.contingency = '';
    c.plan.bottomLines = 'N'.repeat(400) + ' ' + 'https://example.org/'.repeat(30); // words longer than any line or cell
    const pdf = await renderPdf(buildMinutes(c, 'full'), fontsDir, made);
    expect(pdf.pages).toBeGreaterThan(8);
    expect(pdf.missingCharacters).toEqual(['陈']);
    expect(pdf.missingCharacters).not.toContain('\u0007');
    if (!tool('qpdf')) return void console.log('qpdf not installed: the hostile export made its pages, but its qpdf, pdftotext and layout checks were not run.');
    const f = await toFile(pdf.bytes);
    try {
      expect(run('qpdf', ['--check', f.path])).toMatch(/No syntax or stream encoding errors/);
      const text = run('pdftotext', [f.path, '-']);
      expect(text).toContain('Ewa Żółć ?');
      expect(text).not.toContain('陈');
      expect(text).toContain('Action 300');
      expect(text).toContain('Γιώργος');
      expect(text).toContain('Ayşe Yılmaz');
      // Nothing runs off the page: every word on every page lies between the side margins and
      // above the footer (the rotated DRAFT mark is not extracted as words).
      const words = [...run('pdftotext', ['-bbox', f.path, '-']).matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">/g)].map((m) => m.slice(1).map(Number));
      expect(words.length).toBeGreaterThan(2_000);
      const outside = words.filter(([xMin, , xMax, yMax]) => xMin! < 56 - 1 || xMax! > 595.28 - 56 + 1 || yMax! > 841.89 - 30);
      expect(outside).toEqual([]);
    } finally {
      f.done();
    }
  });

  it.skipIf(!tool('pdftotext'))(`sets an Arabic name’s words right to left, so a reader (and text extraction) gets them in order${missingNote(['pdftotext'])}`, async () => {
    const c = richConference();
    c.attendees[1]!.name = 'فاطمة الزهراء';
    // (A number straight after the Arabic would join it, as the bidirectional algorithm says: rule W2.)
    c.attendees[2]!.name = 'Sam ليلى حداد, junior';
    const f = await toFile((await renderPdf(buildMinutes(c, 'full'), fontsDir, made)).bytes);
    try {
      // pdftotext rebuilds logical order from the glyphs' positions: the words come out in the
      // order typed only if they were drawn right to left.
      const text = run('pdftotext', [f.path, '-']).replace(/[\u202A-\u202E]/g, '');
      expect(text).toContain('فاطمة الزهراء');
      expect(text).toContain('Sam ليلى حداد, junior');
    } finally {
      f.done();
    }
  });

  it.skipIf(!tool('pdftotext'))(`sets a paragraph written in Arabic right to left, against the right margin${missingNote(['pdftotext'])}`, async () => {
    const c = richConference({ minutesParagraphs: 0 });
    const arabic = 'قالت الأم إن الأطفال يذهبون إلى المدرسة كل يوم وإن الجدة تساعدها في المساء. ';
    c.meeting.agenda[0]!.minutes = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: arabic.repeat(3) }] }] };
    const f = await toFile((await renderPdf(buildMinutes(c, 'full'), fontsDir, made)).bytes);
    try {
      // The page with the step's minutes, the words below its heading.
      const page = run('pdftotext', ['-bbox', f.path, '-']).split('<page ').find((p) => p.includes('>introductions<'))!;
      const all = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({ xMin: Number(m[1]), y: Number(m[2]), xMax: Number(m[3]), text: m[4]! }));
      const below = all.find((w) => w.text === 'introductions')!.y + 5;
      const words = all.filter((w) => w.y > below && /[\u0600-\u06ff]/.test(w.text));
      const firstLine = words.filter((w) => Math.abs(w.y - words[0]!.y) < 1);
      expect(Math.max(...firstLine.map((w) => w.xMax))).toBeCloseTo(595.28 - 56, 0); // the right margin
      expect(Math.min(...words.map((w) => w.xMin))).toBeGreaterThan(56); // no line starts at the left margin
      const text = run('pdftotext', [f.path, '-']);
      expect(text.indexOf('قالت')).toBeLessThan(text.indexOf('يذهبون')); // read in the order written
    } finally {
      f.done();
    }
  });

  it.skipIf(!tool('pdfinfo'))(`keeps the metadata valid XMP, equal to the information dictionary, with ampersands, quotes and control characters in names${missingNote(['pdfinfo'])}`, async () => {
    const c = richConference();
    c.details.localAuthority = 'Brighton & Hove City Council';
    c.details.chair = `Alex "AJ" O'Neill\u0007`;
    c.children[0]!.name = 'Zofia <Nowak>';
    const f = await toFile((await renderPdf(buildMinutes(c, 'full'), fontsDir, made)).bytes);
    try {
      const info = run('pdfinfo', [f.path]);
      expect(info).toMatch(/^Subject:.*Brighton & Hove City Council$/m);
      expect(info).toMatch(/^Author:\s+Alex "AJ" O'Neill$/m); // the control character is gone
      expectInfoMatchesXmp(info, run('pdfinfo', ['-meta', f.path]));
    } finally {
      f.done();
    }
  });

  it.skipIf(!tool('pdftotext'))('each document is final on its own: the plan once the plan is final, whatever the minutes', async () => {
    const c = richConference();
    const text = async (model: Parameters<typeof renderPdf>[0]) => {
      const f = await toFile((await renderPdf(model, fontsDir, made)).bytes);
      try {
        return run('pdftotext', [f.path, '-']);
      } finally {
        f.done();
      }
    };
    c.minutesFinal = true;
    expect(await text(buildMinutes(c, 'full'))).not.toContain('(draft)');
    expect(await text(buildPlan(c, 'full'))).toContain('(draft)'); // the plan is not final yet
    c.minutesFinal = false;
    c.plan.final = true;
    expect(await text(buildPlan(c, 'full'))).not.toContain('(draft)'); // the outline plan goes out before the minutes
    expect(await text(buildMinutes(c, 'full'))).toContain('(draft)');
  });
});
