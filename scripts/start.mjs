#!/usr/bin/env node
// `npm start`: the desktop app. Where no Electron binary can be had (it is downloaded from
// GitHub on first use, which some machines cannot reach), say so in one line and run the
// same app in the browser host instead, opening it in the system's Chromium if there is one.
// `npm run start:web` goes straight to the browser host. Options after -- go to the host
// (e.g. `npm run start:web -- --data /tmp/chairside-try --port 5173`), except these two:
//   --no-build            use dist/ as it is (it must be built already)
// and the environment variable CHAIRSIDE_BROWSER=<path> picks the browser to open
// (CHAIRSIDE_NO_BROWSER=1 opens none).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fetchElectron } from './electronBinary.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const webOnly = args.includes('--web');
const skipBuild = args.includes('--no-build');
const hostArgs = args.filter((a) => a !== '--web' && a !== '--no-build');

function build() {
  const r = spawnSync(process.execPath, [resolve(root, 'scripts/build.mjs'), '--quiet'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function findBrowser() {
  if (process.env.CHAIRSIDE_BROWSER) return existsSync(process.env.CHAIRSIDE_BROWSER) ? process.env.CHAIRSIDE_BROWSER : null;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p)) ?? null;
}

/**
 * The app's window: Chromium in app mode on a throwaway profile. It stays our child (not
 * detached), so Ctrl+C in the terminal reaches it too and close() can end it when the host
 * stops; the profile (which holds the address with its secret) goes with it.
 */
function openAppWindow(browser, url) {
  const profile = mkdtempSync(join(tmpdir(), 'chairside-browser-'));
  const extra = typeof process.getuid === 'function' && process.getuid() === 0 ? ['--no-sandbox'] : [];
  const child = spawn(browser, [`--app=${url}`, `--user-data-dir=${profile}`, '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...extra], { stdio: 'ignore' });
  const exited = new Promise((done) => {
    child.once('exit', done);
    child.once('error', done);
  });
  void exited.then(() => rmSync(profile, { recursive: true, force: true }));
  return {
    exited,
    async close() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        // Chromium saves its profile on SIGTERM; one that hangs is not left behind.
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

if (!skipBuild) build();
const electron = webOnly ? null : fetchElectron();
if (electron) {
  const child = spawn(electron, [root], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (!webOnly) console.log('No Electron binary on this machine (it cannot be downloaded here), so Chairside is starting in the browser host instead.');
  console.log("In the browser host the data key is not protected by this computer's keychain: it is kept in a file in the data folder, so anyone who can read that folder can read the conferences.");
  const host = spawn(process.execPath, [resolve(root, 'dist/host/host.mjs'), '--json', ...hostArgs], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  let appWindow = null;
  const lines = createInterface({ input: host.stdout });
  lines.once('line', (line) => {
    const { url, dataDir } = JSON.parse(line);
    console.log(`Chairside is running at:\n  ${url}\n(the address opens one window, once: it holds a one-time code, not the key to the app)\nData folder: ${dataDir}\nPress Ctrl+C to stop (your work is saved as you go).`);
    const browser = findBrowser();
    if (browser && process.env.CHAIRSIDE_NO_BROWSER !== '1') {
      appWindow = openAppWindow(browser, url);
      void appWindow.exited.then(() => {
        if (host.exitCode === null) console.log('The Chairside window was closed. Chairside is still running at the address above; press Ctrl+C to stop it.');
      });
    } else if (!browser) {
      console.log('Open the address above in Chromium, Chrome or Edge.');
    }
  });
  const stop = () => host.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // However the host ends (Ctrl+C, a crash), the window showing it closes with it.
  host.on('exit', async (code) => {
    await appWindow?.close();
    process.exit(code ?? 0);
  });
}
