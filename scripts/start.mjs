#!/usr/bin/env node
// `npm start`: the desktop app. Where no Electron binary can be had (it is downloaded from
// GitHub on first use, which some machines cannot reach), say so in one line and run the
// same app in the browser host instead, opening it in the system's Chromium if there is one.
// `npm run start:web` goes straight to the browser host. Options after -- go to the host
// (e.g. `npm run start:web -- --data /tmp/chairside-try --port 5173`).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fetchElectron } from './electronBinary.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const webOnly = args.includes('--web');
const hostArgs = args.filter((a) => a !== '--web');

function build() {
  const r = spawnSync(process.execPath, [resolve(root, 'scripts/build.mjs'), '--quiet'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function findChromium() {
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p)) ?? null;
}

build();
const electron = webOnly ? null : fetchElectron();
if (electron) {
  const child = spawn(electron, [root], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (!webOnly) console.log('No Electron binary on this machine (it cannot be downloaded here), so Chairside is starting in the browser host instead.');
  const host = spawn(process.execPath, [resolve(root, 'dist/host/host.mjs'), '--json', ...hostArgs], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: host.stdout });
  lines.once('line', (line) => {
    const { url, dataDir } = JSON.parse(line);
    console.log(`Chairside is running at:\n  ${url}\nData folder: ${dataDir}\nPress Ctrl+C to stop (your work is saved as you go).`);
    const chromium = findChromium();
    if (chromium && process.env.CHAIRSIDE_NO_BROWSER !== '1') {
      const profile = mkdtempSync(join(tmpdir(), 'chairside-browser-'));
      const extra = typeof process.getuid === 'function' && process.getuid() === 0 ? ['--no-sandbox'] : [];
      spawn(chromium, [`--app=${url}`, `--user-data-dir=${profile}`, '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...extra], { stdio: 'ignore', detached: true }).unref();
    } else if (!chromium) {
      console.log('Open the address above in Chromium, Chrome or Edge.');
    }
  });
  const stop = () => host.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  host.on('exit', (code) => process.exit(code ?? 0));
}
