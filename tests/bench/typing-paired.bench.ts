// Typing with a paired peer (issue #17): the chair's laptop and the minute-taker's laptop, each its
// own browser host with its own data folder and its own browser context, paired on loopback through
// the app's own screens, both showing the same step of 30,000-word minutes (seeded as the one-window
// typing bench seeds them: tests/bench/minutesSeed.ts).
//  1. Keystroke → next frame on the chair's page while the minute-taker's page follows every key,
//     against a plain <textarea> holding the same words in the same run, alternating A B A B
//     (the goal: p95 ratio ≤ 1.0, as in the one-window bench). The same page and step before
//     pairing, against the textarea too, shows what the editor costs by itself.
//  2. Round trip: from the keydown on one laptop's page to the first frame after the character
//     reached the other laptop's page (renderer → its host → encrypted link → the other host →
//     its renderer → the editor), p50/p95/max over every key typed, both directions. The two
//     pages' clocks are compared as performance.timeOrigin + performance.now() (one machine).
//   node --import tsx tests/bench/typing-paired.bench.ts [--rounds 5] [--keys 200] [--words 30000] [--back-keys 300] [--layout spread|single]
// `--layout single` puts every word in the typed step (the worst case for a page following the other's keys).
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { startHostProcess, type HostProcess } from '../e2e/hostProcess';
import type { Conference } from '../../shared/model';
import { BENCH_ATTENDEES, TYPING_STEP_INDEX, seedMinutes, type Layout } from './minutesSeed';
import { KEY_TO_FRAME } from './keyToFrame.mjs';

const root = resolve(import.meta.dirname, '../..');
/** The word after `--name` on the command line, if it is there. */
const argText = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const arg = (name: string, dflt: number) => Number(argText(name) ?? dflt);
const ROUNDS = Math.max(5, arg('rounds', 5));
const KEYS = arg('keys', 200);
const WORDS = arg('words', 30_000);
const BACK_KEYS = arg('back-keys', 300);
const LAYOUT: Layout = argText('layout') === 'single' ? 'single' : 'spread';
/** `--profile [alone]`: a CPU profile of the chair's page over the first editor round, as --trace chooses it (open it in Chromium's DevTools). */
const PROFILE = process.argv.includes('--profile');
/**
 * `--trace [alone]`: a Chromium performance trace of the chair's page over the first paired round,
 * or with `alone` the first round before pairing (open it in DevTools' Performance panel): which
 * tasks ran between a slow key's keydown and its frame.
 */
const TRACE = process.argv.includes('--trace');
const TRACED_PHASE = argText('trace') === 'alone' || argText('profile') === 'alone' ? 'alone' : 'paired';

const TEXT = 'the chair asked kelly what would help on school mornings and she said a lift from grandma ';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
};
const median = (xs: number[]) => pct(xs, 50);
const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;

// ---------------------------------------------------------------- the two laptops
const dirs: string[] = [];
const hosts: HostProcess[] = [];
async function laptop(): Promise<HostProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'chairside-bench-'));
  // The browser host asks before keeping its plain key; a bench has given that answer.
  writeFileSync(join(dir, 'settings.json'), JSON.stringify({ weakKeyProtectionAccepted: true }));
  dirs.push(dir);
  const host = await startHostProcess(dir);
  hosts.push(host);
  return host;
}

async function call<T>(host: HostProcess, channel: string, input: unknown): Promise<T> {
  const res = await fetch(`${new URL(host.url).origin}/api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-chairside-secret': host.chairSecret },
    body: JSON.stringify(input),
  });
  const result = (await res.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

// ---------------------------------------------------------------- the textarea reference
let textareaText = '';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
// The same page as typing-harness's textarea mode (same styles, spellchecked en-GB), without React:
// a textarea's typing does not go through React after its first render.
const reference = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Textarea reference</title>
<style>body { font-family: system-ui, sans-serif; margin: 0; font-size: 15px; color: #1b1e23; }
.harness-main { padding: 0.75rem 1rem; box-sizing: border-box; }
.harness-textarea { width: 100%; height: 70vh; font: inherit; line-height: 1.5; box-sizing: border-box; }</style></head>
<body><main class="harness-main"><label for="ta">Minutes (plain textarea)</label>
<textarea id="ta" class="harness-textarea" spellcheck="true" lang="en-GB">${esc(textareaText)}</textarea></main></body></html>`);
});

// ---------------------------------------------------------------- what each page records
// The other laptop's keys, beside each key's latency (keyToFrame.mjs): registered before any page
// script. A string, not a function: tsx would wrap a function's inner functions in a helper the
// page lacks.
const WATCH = `(() => {
  const w = window;
  w.__seen = [];
  // The other laptop's keys: every change to the minutes on screen, with the length of their
  // text then, stamped at the frame that shows it.
  // The text of the minutes without the other person's caret label, which is not typed text.
  w.__text = (el) => {
    let n = el.textContent.length;
    for (const caret of el.querySelectorAll('.cs-remote-caret')) n -= caret.textContent.length;
    return n;
  };
  let observer = null;
  w.__watch = (selector) => {
    const el = document.querySelector(selector);
    observer?.disconnect();
    observer = new MutationObserver(() => {
      const n = w.__text(el);
      requestAnimationFrame(() => w.__seen.push([performance.timeOrigin + performance.now(), n]));
    });
    observer.observe(el, { subtree: true, childList: true, characterData: true });
    return w.__text(el);
  };
})();`;

const minutesBox = (page: Page) => page.getByRole('textbox', { name: /^Minutes: / }).first();

/**
 * Types as a person does: 15–20 keys a second with jitter (so keys do not lock to vsync), each
 * key held until just before the next goes down. Playwright's press() lets go of a key within a
 * millisecond, and Chromium's task for a keyup starts by laying out the page: with press() every
 * key's layout ran before its frame, on both sides of the comparison, which a held key does not
 * make happen.
 */
async function typeKeys(page: Page, n: number, offset = 0) {
  for (let i = 0; i < n; i++) {
    const ch = TEXT[(i + offset) % TEXT.length]!;
    const key = ch === ' ' ? 'Space' : ch;
    await page.keyboard.down(key);
    await sleep(50 + Math.random() * 17);
    await page.keyboard.up(key);
  }
}

/** Keys typed on `from` (their keydown times), matched to the frames that showed them on `to`. */
function roundTrips(downs: number[], seen: [number, number][], baseLength: number): number[] {
  const out: number[] = [];
  let j = 0;
  for (let k = 0; k < downs.length; k++) {
    while (j < seen.length && seen[j]![1] < baseLength + k + 1) j++;
    if (j === seen.length) break;
    out.push(seen[j]![0] - downs[k]!);
  }
  return out;
}

async function resetRecords(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __downs: number[]; __seen: unknown[] };
    w.__lat = [];
    w.__downs = [];
    w.__seen = [];
  });
}
const records = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __downs: number[]; __seen: [number, number][] };
    return { lat: w.__lat, downs: w.__downs, seen: w.__seen };
  });
const minutesText = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('.cs-minutes-doc')!.cloneNode(true) as HTMLElement;
    el.querySelectorAll('.cs-remote-caret').forEach((caret) => caret.remove());
    return el.textContent!;
  });

// ---------------------------------------------------------------- run
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const errors: string[] = [];
async function contextFor(who: string): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await ctx.addInitScript(KEY_TO_FRAME);
  await ctx.addInitScript(WATCH);
  const page = await ctx.newPage();
  page.on('pageerror', (e) => (errors.push(`${who}: ${e.message}`), console.error(`[${who}] ${e.message}`)));
  return { ctx, page };
}

try {
  const chairHost = await laptop();
  const takerHost = await laptop();

  // The chair's conference with the minutes already written, saved through the host's own API.
  const created = await call<Conference>(chairHost, 'chairside:conference.create', { details: { kind: 'initial', date: '2026-11-23', familyName: 'Smith', chair: 'Alex Chair' } });
  const c = structuredClone(created);
  c.attendees = BENCH_ATTENDEES;
  textareaText = seedMinutes(c.meeting.agenda, BENCH_ATTENDEES, WORDS, LAYOUT);
  c.meeting.currentStepId = c.meeting.agenda[TYPING_STEP_INDEX]!.id;
  await call(chairHost, 'chairside:conference.save', { conference: c, baseRevision: created.revision });
  await new Promise<void>((r) => reference.listen(0, '127.0.0.1', r));
  const referenceUrl = `http://127.0.0.1:${(reference.address() as { port: number }).port}/`;

  const chair = await contextFor('chair');
  const taker = await contextFor('minute-taker');
  await chair.page.goto(chairHost.url);
  await chair.page.getByRole('button', { name: /^Open .*Smith/ }).first().click();
  await chair.page.getByRole('button', { name: 'Minute-taker view' }).click();
  const chairBox = minutesBox(chair.page);
  const takerBox = minutesBox(taker.page);
  await chairBox.waitFor({ timeout: 60_000 });
  const onScreen = (await minutesText(chair.page)).length;
  if (onScreen < WORDS / c.meeting.agenda.length) throw new Error(`The chair's step shows only ${onScreen} characters.`);

  type Round = { p50: number; p95: number; max: number; n: number };
  /**
   * The chair types into the step, alternating with the textarea, A B A B. With the minute-taker
   * paired, their page follows every key: the round trips chair → minute-taker come back too.
   */
  async function chairRounds(paired: boolean) {
    const rounds: { editor: Round[]; textarea: Round[] } = { editor: [], textarea: [] };
    const trips: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      for (const mode of r % 2 ? (['textarea', 'editor'] as const) : (['editor', 'textarea'] as const)) {
        let lat: number[];
        if (mode === 'editor') {
          await chairBox.focus();
          await chair.page.keyboard.press('Control+End');
          await sleep(300);
          const base = paired ? await taker.page.evaluate(() => (window as unknown as { __watch(s: string): number }).__watch('.cs-minutes-doc')) : 0;
          await resetRecords(chair.page);
          if (paired) await resetRecords(taker.page);
          const cdp = (PROFILE || TRACE) && (TRACED_PHASE === 'paired') === paired && r === 0 ? await chair.ctx.newCDPSession(chair.page) : null;
          const traced: unknown[] = [];
          if (cdp && PROFILE) {
            await cdp.send('Profiler.enable');
            await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
            await cdp.send('Profiler.start');
          } else if (cdp) {
            cdp.on('Tracing.dataCollected', (e) => traced.push(...e.value));
            await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute', transferMode: 'ReportEvents' });
          }
          await typeKeys(chair.page, KEYS, r * KEYS);
          await sleep(1_500); // the last frames, the last keys over the link, main's save
          if (cdp) await mkdir(resolve(root, 'bench-results'), { recursive: true });
          if (cdp && PROFILE) {
            await writeFile(resolve(root, `bench-results/typing-${paired ? 'paired' : 'alone'}-chair.cpuprofile`), JSON.stringify((await cdp.send('Profiler.stop')).profile));
          } else if (cdp) {
            const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
            await cdp.send('Tracing.end');
            await complete;
            await writeFile(resolve(root, `bench-results/typing-${paired ? 'paired' : 'alone'}-chair.trace.json`), JSON.stringify({ traceEvents: traced }));
          }
          const mine = await records(chair.page);
          lat = mine.lat;
          if (paired) {
            const rt = roundTrips(mine.downs, (await records(taker.page)).seen, base);
            if (rt.length < KEYS * 0.95) throw new Error(`Only ${rt.length} of ${KEYS} keys reached the minute-taker's page.`);
            trips.push(...rt);
          }
        } else {
          const page = await chair.ctx.newPage();
          await page.goto(referenceUrl);
          await page.locator('textarea').focus();
          await page.keyboard.press('Control+End');
          await sleep(300);
          await resetRecords(page);
          await typeKeys(page, KEYS, r * KEYS);
          await sleep(1_500);
          lat = (await records(page)).lat;
          await page.close();
        }
        rounds[mode].push({ p50: pct(lat, 50), p95: pct(lat, 95), max: Math.max(...lat), n: lat.length });
      }
      console.error(`done: ${paired ? 'paired' : 'alone'}, round ${r + 1} of ${ROUNDS}`);
    }
    return { rounds, trips };
  }

  // 0: the chair alone, the same page and step before pairing: what the editor costs by itself.
  await chairBox.focus();
  await chair.page.keyboard.press('Control+End');
  await typeKeys(chair.page, 20);
  await sleep(1_500);
  const alone = await chairRounds(false);

  // Pair through the screens, as two people would.
  await chair.page.getByRole('button', { name: /^Minute-taker’s laptop/ }).click();
  await chair.page.getByRole('button', { name: 'Let the minute-taker join' }).click();
  const address = (await chair.page.getByTestId('collab-address').textContent())!;
  const code = (await chair.page.getByTestId('collab-code').textContent())!;
  await taker.page.goto(takerHost.url);
  await taker.page.getByLabel("Address of the chair's laptop").fill(address);
  await taker.page.getByLabel('Code').fill(code);
  await taker.page.getByRole('button', { name: 'Join' }).click();
  await taker.page.getByText(/You are the minute-taker/).waitFor({ timeout: 60_000 });
  await takerBox.waitFor({ timeout: 60_000 });
  // The chair's editor binds to the shared document once the session has it (a new editor).
  await chair.page.getByRole('button', { name: /^Minute-taker’s laptop: minute-taker connected/ }).waitFor({ timeout: 30_000 });
  await sleep(1_000);
  const stepName = await chairBox.getAttribute('aria-label');
  if (stepName !== (await takerBox.getAttribute('aria-label'))) throw new Error('The two pages are not on the same step.');

  // Both carets at the end, as two people typing on would have them.
  for (const side of [taker, chair]) {
    await minutesBox(side.page).focus();
    await side.page.keyboard.press('Control+End');
  }
  // A warm-up both ways: the first keys of a session pay for code loading on both sides.
  const before = (await minutesText(taker.page)).length;
  await typeKeys(chair.page, 20);
  await typeKeys(taker.page, 20);
  await sleep(1_500);
  if ((await minutesText(taker.page)).length < before + 40) throw new Error('The warm-up keys did not all reach the minute-taker\'s page.');

  // 1 and 2a: the chair types; the minute-taker's page follows.
  const { rounds, trips: chairToTaker } = await chairRounds(true);

  // 2b: the minute-taker types; the chair's page follows.
  await takerBox.focus();
  await taker.page.keyboard.press('Control+End');
  await sleep(300);
  const chairBase = await chair.page.evaluate(() => (window as unknown as { __watch(s: string): number }).__watch('.cs-minutes-doc'));
  await resetRecords(chair.page);
  await resetRecords(taker.page);
  await typeKeys(taker.page, BACK_KEYS);
  await sleep(1_500);
  const takerRec = await records(taker.page);
  const takerToChair = roundTrips(takerRec.downs, (await records(chair.page)).seen, chairBase);
  if (takerToChair.length < BACK_KEYS * 0.95) throw new Error(`Only ${takerToChair.length} of ${BACK_KEYS} keys reached the chair's page.`);

  // Both ended with the same minutes in this step.
  const [a, b] = [await minutesText(chair.page), await minutesText(taker.page)];
  if (a !== b) throw new Error('The two pages show different minutes at the end.');
  if (errors.length) throw new Error(errors.join('; '));

  const summary = (rs: Round[]) => {
    const f = (k: 'p50' | 'p95' | 'max') => ({ median: r1(median(rs.map((x) => x[k]))), min: r1(Math.min(...rs.map((x) => x[k]))), max: r1(Math.max(...rs.map((x) => x[k]))) });
    return { p50: f('p50'), p95: f('p95'), max: f('max'), keysMeasured: median(rs.map((x) => x.n)) };
  };
  // Ratio per round, then the median: both sides of a round ran back to back on the same machine state.
  const ratioOf = (rs: { editor: Round[]; textarea: Round[] }) => {
    const ratios = rs.editor.map((e, i) => e.p95 / rs.textarea[i]!.p95);
    return { median: r2(median(ratios)), min: r2(Math.min(...ratios)), max: r2(Math.max(...ratios)) };
  };
  const p95Ratio = ratioOf(rounds);
  const aloneRatio = ratioOf(alone.rounds);
  const trip = (xs: number[]) => ({ p50: r1(pct(xs, 50)), p95: r1(pct(xs, 95)), max: r1(Math.max(...xs)), keys: xs.length });
  const result = {
    words: WORDS,
    layout: LAYOUT,
    chairEditorPaired: summary(rounds.editor),
    textarea: summary(rounds.textarea),
    p95Ratio,
    alone: { chairEditor: summary(alone.rounds.editor), textarea: summary(alone.rounds.textarea), p95Ratio: aloneRatio },
    minuteTakerEditorWhileTyping: { p50: r1(pct(takerRec.lat, 50)), p95: r1(pct(takerRec.lat, 95)), max: r1(Math.max(...takerRec.lat)), keys: takerRec.lat.length },
    roundTrip: { chairToMinuteTaker: trip(chairToTaker), minuteTakerToChair: trip(takerToChair) },
  };

  const cell = (m: { median: number; min: number; max: number }) => `${m.median} [${m.min}–${m.max}]`.padEnd(20);
  console.log(`Typing with a paired peer, ${WORDS.toLocaleString('en-GB')} words ${LAYOUT === 'single' ? 'all in the typed step' : 'spread over the agenda'}, keystroke → next frame (ms), median of ${ROUNDS} rounds [min–max], ${KEYS} keys a round`);
  console.log('side                       p50                 p95                 max                 p95 ratio');
  console.log(`chair's editor, paired     ${cell(result.chairEditorPaired.p50)}${cell(result.chairEditorPaired.p95)}${cell(result.chairEditorPaired.max)}${p95Ratio.median} [${p95Ratio.min}–${p95Ratio.max}]`);
  console.log(`textarea                   ${cell(result.textarea.p50)}${cell(result.textarea.p95)}${cell(result.textarea.max)}`);
  console.log(`chair's editor, alone      ${cell(result.alone.chairEditor.p50)}${cell(result.alone.chairEditor.p95)}${cell(result.alone.chairEditor.max)}${aloneRatio.median} [${aloneRatio.min}–${aloneRatio.max}]`);
  console.log(`textarea (alone rounds)    ${cell(result.alone.textarea.p50)}${cell(result.alone.textarea.p95)}${cell(result.alone.textarea.max)}`);
  console.log(
    `minute-taker's editor while typing to the chair: p50 ${result.minuteTakerEditorWhileTyping.p50}, p95 ${result.minuteTakerEditorWhileTyping.p95}, max ${result.minuteTakerEditorWhileTyping.max} (${result.minuteTakerEditorWhileTyping.keys} keys)`,
  );
  console.log('Round trip, keydown on one page → the frame showing it on the other (ms)   p50     p95     max     keys');
  for (const [name, t] of [
    ['chair → minute-taker', result.roundTrip.chairToMinuteTaker],
    ['minute-taker → chair', result.roundTrip.minuteTakerToChair],
  ] as const) {
    console.log(`${name.padEnd(75)}${String(t.p50).padEnd(8)}${String(t.p95).padEnd(8)}${String(t.max).padEnd(8)}${t.keys}`);
  }
  console.log(`Goal: p95 ratio ≤ 1.0 at ${WORDS.toLocaleString('en-GB')} words with a paired peer → ${p95Ratio.median} (${p95Ratio.median <= 1 ? 'met' : 'NOT met'})`);

  await mkdir(resolve(root, 'bench-results'), { recursive: true });
  await writeFile(
    resolve(root, `bench-results/typing-paired${LAYOUT === 'single' ? '-single' : ''}.json`),
    JSON.stringify(
      {
        bench: 'typing-paired',
        at: new Date().toISOString(),
        machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, browser: 'Debian Chromium (headless)' },
        rounds: ROUNDS,
        keysPerRound: KEYS,
        result,
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  reference.close();
  for (const h of hosts) await h.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}
