// Scaling step: time to render with 40 attendees × 6 children, and to apply one score, against
// the same page with 1 child × 5 attendees, in the same run, alternating (see BENCHMARKS.md).
// Runs a production build of tests/bench/scaling-harness (the real ScalingStep on a seeded
// conference, saves answered in memory) in Debian Chromium through Playwright.
//   node tests/bench/scaling.bench.mjs [--rounds 7]
import { build } from 'vite';
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { resolve, extname, join, normalize } from 'node:path';
import os from 'node:os';

const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(root, 'dist/bench/scaling-harness');
const argRounds = process.argv.indexOf('--rounds');
const ROUNDS = Math.max(5, argRounds > 0 ? Number(process.argv[argRounds + 1]) : 7);
const MOUNTS_PER_ROUND = 3;
const SCORES_PER_ROUND = 5;

await build({ configFile: resolve(import.meta.dirname, 'scaling-harness/vite.config.mjs'), logLevel: 'warn' });

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

const CASES = [
  { key: 'big', label: '6 children × 40 attendees', query: 'children=6&attendees=40' },
  { key: 'ref', label: '1 child × 5 attendees (reference)', query: 'children=1&attendees=5' },
];
const pages = {};
for (const c of CASES) {
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.error(`[${c.key}] ${e.message}`));
  await page.goto(`${base}?page=scaling&autostart=0&${c.query}`);
  await page.waitForFunction(() => Boolean(window.__bench));
  pages[c.key] = page;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function round(page) {
  await page.bringToFront();
  const mounts = [];
  for (let i = 0; i < MOUNTS_PER_ROUND; i++) mounts.push(await page.evaluate(() => window.__bench.mount()));
  const scores = [];
  for (let i = 0; i < SCORES_PER_ROUND; i++) scores.push(await page.evaluate(([row, key]) => window.__bench.score(row, key), [i % 5, String((i * 3 + 1) % 10)]));
  return {
    renderSync: median(mounts.map((m) => m.sync)),
    renderPaint: median(mounts.map((m) => m.paint)),
    scoreSync: median(scores.map((s) => s.sync)),
    scorePaint: median(scores.map((s) => s.paint)),
  };
}

// Warm-up: JIT, style and font caches, for both pages.
for (const c of CASES) await round(pages[c.key]);

const results = Object.fromEntries(CASES.map((c) => [c.key, []]));
for (let r = 0; r < ROUNDS; r++) {
  const order = r % 2 ? [...CASES].reverse() : CASES;
  for (const c of order) results[c.key].push(await round(pages[c.key]));
}
const version = browser.version();
await browser.close();
server.close();

const METRICS = [
  ['renderSync', 'render: React commit (ms)'],
  ['renderPaint', 'render: to next paint (ms)'],
  ['scoreSync', 'apply one score: keydown handled (ms)'],
  ['scorePaint', 'apply one score: to next paint (ms)'],
];
const summary = {};
const rows = [];
for (const [m, label] of METRICS) {
  const stat = (k) => {
    const xs = results[k].map((x) => x[m]);
    return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
  };
  const big = stat('big');
  const ref = stat('ref');
  summary[m] = { big, ref, ratio: big.median / ref.median };
  const f = (s) => `${s.median.toFixed(1)} (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
  rows.push([label, f(big), f(ref), `${(big.median / ref.median).toFixed(2)}×`]);
}
const head = ['metric', CASES[0].label, CASES[1].label, 'ratio'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(`\nScaling step, ${ROUNDS} rounds alternating (median of ${MOUNTS_PER_ROUND} renders / ${SCORES_PER_ROUND} scores per round); median (min–max) over rounds`);
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));

const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', memGiB: Math.round(os.totalmem() / 2 ** 30), platform: `${os.platform()} ${os.release()}`, node: process.version, chromium: version };
console.log(`\nMachine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memGiB} GiB, Chromium ${version} headless, production React build.`);
await mkdir(resolve(root, 'bench-results'), { recursive: true });
await writeFile(
  resolve(root, 'bench-results/scaling.json'),
  `${JSON.stringify({ benchmark: 'scaling', at: new Date().toISOString(), rounds: ROUNDS, machine, cases: CASES, summary, raw: results }, null, 2)}\n`,
);
console.log('Wrote bench-results/scaling.json');
