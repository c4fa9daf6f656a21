import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { TEMP_FILE } from '../../../../../electron/services/storage/paths';
import { freshDataDir, removeDataDir, servicesFor } from '../../../../fixtures/dataFolder';

const KILLS = Number(process.env.KILL_TEST_ROUNDS ?? 200);
const timing = { load: 0, ready: 0, run: 0, check: 0 };

interface Child {
  process: ChildProcessWithoutNullStreams;
  lines: string[];
  waitFor(line: string): Promise<void>;
}

function start(script: string, dataDir: string, seed: number): Child {
  const child = spawn(process.execPath, [script, dataDir, String(seed), '5000'], { stdio: 'pipe' });
  const lines: string[] = [];
  const waiters: { line: string; resolve: () => void }[] = [];
  let buffered = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const w of waiters.filter((x) => x.line === line)) w.resolve();
    }
  });
  return {
    process: child,
    lines,
    waitFor: (line) =>
      lines.includes(line)
        ? Promise.resolve()
        : new Promise((resolve, reject) => {
            waiters.push({ line, resolve });
            child.once('exit', (code) => reject(new Error(`child exited (${code}) before "${line}"`)));
          }),
  };
}

const killed = (child: Child) => new Promise<void>((resolve) => {
  if (child.process.exitCode !== null || child.process.signalCode !== null) resolve();
  else child.process.once('exit', () => resolve());
  child.process.kill('SIGKILL');
});

describe('a process killed while saving', () => {
  let dataDir: string;
  let buildDir: string;
  let script: string;

  beforeAll(async () => {
    dataDir = freshDataDir('chairside-kill-');
    buildDir = mkdtempSync(join(tmpdir(), 'chairside-kill-build-'));
    script = join(buildDir, 'saveLoop.mjs');
    // One bundled file starts in a fraction of the time tsx would need, 200 times over.
    await build({
      entryPoints: [join(import.meta.dirname, '../../../../fixtures/saveLoop.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: script,
      minify: true,
      logLevel: 'warning',
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    });
    const { handlers, repository } = servicesFor(dataDir);
    await handlers.createConference({ details: { kind: 'initial', date: '2026-01-10' } });
    await handlers.createConference({ details: { kind: 'review', date: '2026-01-11' } });
    // Let go of the data folder, as a quitting app does, so the children may write to it.
    await repository.close();
  });
  afterAll(() => {
    removeDataDir(dataDir);
    rmSync(buildDir, { recursive: true, force: true });
  });

  it(`never leaves a half-written or unreadable file (${KILLS} kills)`, async () => {
    const acknowledged = new Map<string, number>();
    let totalSaves = 0;
    let midWrite = 0;
    const seenTemps = new Set<string>();
    // Two children load ahead while one runs, so start-up time overlaps the work.
    const queue = [start(script, dataDir, 1), start(script, dataDir, 2)];
    try {
      for (let round = 0; round < KILLS; round++) {
        const child = queue.shift()!;
        let t = performance.now();
        const lap = (k: keyof typeof timing) => { timing[k] += performance.now() - t; t = performance.now(); };
        await child.waitFor('loaded');
        lap('load');
        queue.push(start(script, dataDir, round + 3));
        child.process.stdin.write('go\n');
        await child.waitFor('ready');
        lap('ready');
        // The child's start-up opened every store: check what it found against what was acknowledged.
        const opened = child.lines.filter((l) => l.startsWith('opened '));
        expect(opened).toHaveLength(2);
        for (const line of opened) {
          const [, id, revision] = line.split(' ');
          expect(Number(revision), line).toBeGreaterThanOrEqual(acknowledged.get(id!) ?? 0);
        }
        expect(child.lines).toContain('quarantined 0');
        lap('check');
        // Kill at a random moment among its first saves.
        await child.waitFor('count 1');
        await new Promise((r) => setTimeout(r, Math.random() * 40));
        await killed(child);
        lap('run');

        // A temp file left behind means the kill landed inside a write.
        const temps = [...readdirSync(join(dataDir, 'conferences')), ...readdirSync(dataDir)].filter((n) => TEMP_FILE.test(n) && !seenTemps.has(n));
        if (temps.length > 0) midWrite++;
        temps.forEach((n) => seenTemps.add(n));
        for (const line of child.lines) {
          const [word, id, revision] = line.split(' ');
          if (word !== 'saved' || !id) continue;
          totalSaves++;
          acknowledged.set(id, Math.max(acknowledged.get(id) ?? 0, Number(revision)));
        }
        expect(existsSync(join(dataDir, 'quarantine'))).toBe(false);

      }
      // And the app itself, started once more, lists and opens both with every acknowledged save.
      const { handlers } = servicesFor(dataDir);
      const listed = await handlers.listConferences({});
      expect(listed.quarantined).toEqual([]);
      expect(listed.conferences).toHaveLength(2);
      for (const summary of listed.conferences) {
        const { conference } = await handlers.openConference({ id: summary.id });
        expect(conference.revision).toBeGreaterThanOrEqual(acknowledged.get(summary.id) ?? 0);
      }
    } finally {
      for (const child of queue) child.process.kill('SIGKILL');
    }
    console.log(`kill test: ${KILLS} kills, ${midWrite} inside a write, ${totalSaves} acknowledged saves; ms spent`, Object.fromEntries(Object.entries(timing).map(([k, v]) => [k, Math.round(v)])));
    // The kills must have landed among real work, some of them inside writes.
    expect(totalSaves).toBeGreaterThan(0);
    if (KILLS >= 100) expect(midWrite).toBeGreaterThan(0);
  }, 240_000);
});
