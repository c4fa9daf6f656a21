// Typing latency in the minutes: keystroke → the next animation frame (the frame that shows the
// character), at the end of 1,000 / 10,000 / 30,000-word minutes, against a plain <textarea> holding
// the same words, in the same run, alternating A B A B (see /work/shared/notes/BENCHMARKS.md).
// Editor side: the real MinuteTakerView (one tiptap editor per step, autosave with whole-conference
// serialisation on each save). "spread": the words over the agenda's steps as a real meeting has them;
// "single": every word in the step being typed into (the worst case).
//   node tests/bench/typing.bench.mjs [--rounds 5] [--keys 200] [--sizes 1000,10000,30000]
import { build } from 'vite';
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { resolve, extname, join, normalize } from 'node:path';
import os from 'node:os';
import { KEY_TO_FRAME } from './keyToFrame.mjs';

const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(root, 'dist/bench/typing-harness');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const ROUNDS = Math.max(5, Number(arg('rounds', 5)));
const KEYS = Number(arg('keys', 200));
const SIZES = String(arg('sizes', '1000,10000,30000')).split(',').map(Number);

await build({ configFile: resolve(import.meta.dirname, 'typing-harness/vite.config.mjs'), logLevel: 'warn' });

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
  const file = join(outDir, path || 'index.html');
  if (!file.startsWith(outDir)) return void res.writeHead(403).end();
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/index.html`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
await ctx.addInitScript(KEY_TO_FRAME);

const TEXT = 'the chair asked kelly what would help on school mornings and she said a lift from grandma ';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function runOnce(mode, words, layout) {
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => (errors.push(e.message), console.error(`[${mode}] ${e.message}`)));
  page.on('console', (m) => m.type() === 'error' && console.error(`[${mode} console] ${m.text()}`));
  await page.goto(`${base}?mode=${mode}&words=${words}&layout=${layout}`);
  await page.waitForFunction(() => window.__ready === true, null, { timeout: 60_000 });
  // The caret at the very end of the document, as a minute-taker typing on would have it.
  await page.locator(mode === 'textarea' ? 'textarea' : '.cs-minutes-doc').focus();
  await page.keyboard.press('Control+End');
  await sleep(300);
  await page.evaluate(() => (window.__lat = []));
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.press(TEXT[i % TEXT.length] === ' ' ? 'Space' : TEXT[i % TEXT.length]);
    // 15–20 keys a second with jitter, so keys do not lock to vsync.
    await sleep(50 + Math.random() * 17);
  }
  await sleep(1_500); // let the last frames and the autosave land
  const lat = await page.evaluate(() => window.__lat);
  await page.close();
  if (errors.length) throw new Error(`${mode} ${words}: ${errors.join('; ')}`);
  return lat;
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const median = (xs) => pct(xs, 50);
const r1 = (x) => Math.round(x * 10) / 10;

const CASES = [...SIZES.map((w) => ({ words: w, layout: 'spread' })), { words: Math.max(...SIZES), layout: 'single' }];
const results = [];
for (const c of CASES) {
  const rounds = { editor: [], textarea: [] };
  for (let r = 0; r < ROUNDS; r++) {
    for (const mode of r % 2 ? ['textarea', 'editor'] : ['editor', 'textarea']) {
      const lat = await runOnce(mode, c.words, c.layout);
      rounds[mode].push({ p50: pct(lat, 50), p95: pct(lat, 95), max: Math.max(...lat), n: lat.length });
    }
  }
  const summary = (mode) => {
    const rs = rounds[mode];
    const f = (k) => ({ median: r1(median(rs.map((x) => x[k]))), min: r1(Math.min(...rs.map((x) => x[k]))), max: r1(Math.max(...rs.map((x) => x[k]))) });
    return { p50: f('p50'), p95: f('p95'), max: f('max'), keysMeasured: median(rs.map((x) => x.n)) };
  };
  const ed = summary('editor');
  const ta = summary('textarea');
  // Ratio per round, then the median: both sides of a round ran back to back on the same machine state.
  const ratios = rounds.editor.map((e, i) => e.p95 / rounds.textarea[i].p95);
  results.push({ ...c, editor: ed, textarea: ta, p95Ratio: { median: Math.round(median(ratios) * 100) / 100, min: Math.round(Math.min(...ratios) * 100) / 100, max: Math.round(Math.max(...ratios) * 100) / 100 } });
  console.error(`done: ${c.words} words, ${c.layout}`);
}

await browser.close();
server.close();

console.log(`Typing latency, keystroke → next frame (ms), median of ${ROUNDS} rounds [min–max], ${KEYS} keys a round`);
console.log('words   layout  side      p50                 p95                 max                 p95 ratio');
for (const r of results) {
  for (const side of ['editor', 'textarea']) {
    const s = r[side];
    const cell = (m) => `${m.median} [${m.min}–${m.max}]`.padEnd(20);
    console.log(
      `${String(r.words).padEnd(8)}${r.layout.padEnd(8)}${side.padEnd(10)}${cell(s.p50)}${cell(s.p95)}${cell(s.max)}${side === 'editor' ? `${r.p95Ratio.median} [${r.p95Ratio.min}–${r.p95Ratio.max}]` : ''}`,
    );
  }
}
const goal = results.find((r) => r.words === 30000 && r.layout === 'spread');
if (goal) console.log(`Goal: p95 ratio ≤ 1.0 at 30,000 words → ${goal.p95Ratio.median} (${goal.p95Ratio.median <= 1 ? 'met' : 'NOT met'})`);

await mkdir(resolve(root, 'bench-results'), { recursive: true });
await writeFile(
  resolve(root, 'bench-results/typing.json'),
  JSON.stringify(
    {
      bench: 'typing',
      at: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, browser: 'Debian Chromium (headless)' },
      rounds: ROUNDS,
      keysPerRound: KEYS,
      results,
    },
    null,
    2,
  ),
);
