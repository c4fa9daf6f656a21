import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { freshDataDir, removeDataDir, servicesFor } from '../../../../fixtures/dataFolder';

const SAVES_EACH = 500;

interface Run {
  go(): void;
  done: Promise<string[]>;
  loaded: Promise<void>;
  opened: Promise<void>;
}

function start(script: string, dataDir: string, id: string): Run {
  const child = spawn(process.execPath, [script, dataDir, id, String(SAVES_EACH)], { stdio: 'pipe' });
  let text = '';
  let onLoaded: () => void = () => {};
  let onOpened: () => void = () => {};
  const loaded = new Promise<void>((resolve) => (onLoaded = resolve));
  const opened = new Promise<void>((resolve) => (onOpened = resolve));
  const done = new Promise<string[]>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.startsWith('loaded\n')) onLoaded();
      if (text.startsWith('loaded\nopened\n')) onOpened();
    });
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.once('exit', (code) => (code === 0 ? resolve(text.split('\n').filter((l) => l && l !== 'loaded' && l !== 'opened')) : reject(new Error(`child exited ${code}: ${text.slice(-2000)}`))));
  });
  return { go: () => child.stdin.write('go\n'), done, loaded, opened };
}

describe('two processes on one data folder', () => {
  let dataDir: string;
  let buildDir: string;
  let script: string;

  beforeAll(async () => {
    dataDir = freshDataDir('chairside-race-');
    buildDir = mkdtempSync(join(tmpdir(), 'chairside-race-build-'));
    script = join(buildDir, 'raceSaves.mjs');
    await build({
      entryPoints: [join(import.meta.dirname, '../../../../fixtures/raceSaves.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: script,
      logLevel: 'warning',
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    });
  });
  afterAll(() => {
    removeDataDir(dataDir);
    rmSync(buildDir, { recursive: true, force: true });
  });

  it(`racing ${2 * SAVES_EACH} saves lose no update: one writes, the other is read-only and says so`, async () => {
    const { handlers, repository } = servicesFor(dataDir);
    const { id } = await handlers.createConference({ details: { kind: 'initial', date: '2026-01-10' } });
    await repository.close();

    const runs = [start(script, dataDir, id), start(script, dataDir, id)];
    await Promise.all(runs.map((r) => r.loaded));
    runs.forEach((r) => r.go()); // both open the folder at once
    await Promise.all(runs.map((r) => r.opened));
    runs.forEach((r) => r.go()); // then both save as fast as they can
    const outputs = await Promise.all(runs.map((r) => r.done));

    const acknowledged = outputs.flatMap((lines) => lines.filter((l) => l.startsWith('saved ')).map((l) => Number(l.split(' ')[1])));
    // Each acknowledged revision was acknowledged once: no save overwrote another it never saw.
    expect(new Set(acknowledged).size).toBe(acknowledged.length);
    const { conference } = await servicesFor(dataDir).handlers.openConference({ id });
    expect(conference.revision).toBe(acknowledged.length);
    expect(Math.max(...acknowledged)).toBe(acknowledged.length);

    // Exactly one process had the folder; the other refused every save with a sentence.
    const modes = outputs.map((lines) => lines[0] ?? '');
    expect(modes.filter((m) => m === 'mode writable')).toHaveLength(1);
    const other = outputs[modes.indexOf('mode writable') === 0 ? 1 : 0]!;
    expect(other[0]).toMatch(/^mode read-only Another Chairside on this computer .* is using this data folder/);
    const refusals = other.filter((l) => l.startsWith('refused '));
    expect(refusals).toHaveLength(SAVES_EACH);
    for (const r of refusals) expect(r).toMatch(/^refused read-only /);
    console.log(`race: ${acknowledged.length} saves acknowledged, ${refusals.length} refused by the read-only process`);
  }, 120_000);
});
