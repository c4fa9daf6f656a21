import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// `npm start` in the browser host opens the app in a Chromium window. That window used to be
// detached and outlive the host; now it closes when the host stops. The "browser" here is a
// stand-in that records how it was started and runs until it is told to stop, so the test
// needs no display.

const ROOT = resolve(import.meta.dirname, '../..');

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

test('the window npm start opens closes, with its profile, when the host stops', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chairside-start-'));
  const record = join(dir, 'browser.json');
  const fakeBrowser = join(dir, 'browser');
  writeFileSync(fakeBrowser, `#!${process.execPath}\nrequire('node:fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify({ pid: process.pid, args: process.argv.slice(2) }));\nsetInterval(() => {}, 1000);\n`);
  chmodSync(fakeBrowser, 0o755);
  const start = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs'), '--web', '--no-build', '--data', join(dir, 'data')], {
    cwd: ROOT,
    env: { ...process.env, CHAIRSIDE_BROWSER: fakeBrowser, CHAIRSIDE_NO_BROWSER: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  start.stdout.on('data', (c) => (output += c));
  start.stderr.on('data', (c) => (output += c));
  const exited = new Promise<number | null>((done) => start.once('exit', done));
  try {
    await expect.poll(() => existsSync(record), { timeout: 30_000, message: `the browser was started\n${output}` }).toBe(true);
    const browser = JSON.parse(readFileSync(record, 'utf8')) as { pid: number; args: string[] };
    expect(alive(browser.pid)).toBe(true);
    expect(browser.args.find((a) => a.startsWith('--app='))).toMatch(/^--app=http:\/\/127\.0\.0\.1:\d+\//);
    const profile = browser.args.find((a) => a.startsWith('--user-data-dir='))!.slice('--user-data-dir='.length);
    expect(existsSync(profile)).toBe(true);
    expect(output).toContain("In the browser host the data key is not protected by this computer's keychain");

    start.kill('SIGTERM');
    expect(await exited).toBe(0);
    await expect.poll(() => alive(browser.pid), { timeout: 10_000, message: 'the browser window outlived the host' }).toBe(false);
    expect(existsSync(profile)).toBe(false);
  } finally {
    start.kill('SIGKILL');
    if (existsSync(record)) {
      const { pid } = JSON.parse(readFileSync(record, 'utf8')) as { pid: number };
      if (alive(pid)) process.kill(pid, 'SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  }
});
