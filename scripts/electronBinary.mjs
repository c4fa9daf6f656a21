// Where the Electron binary is, if it is on this machine. The `electron` package downloads
// its binary the first time it is required; `installed()` only looks, `fetch()` may download.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const pkg = resolve(import.meta.dirname, '../node_modules/electron');

/** The binary's path when it is already present, without downloading anything. */
export function installedElectron() {
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const name = readFileSync(pathFile, 'utf8').trim();
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkg, 'dist');
  const full = join(dist, name);
  return existsSync(full) ? full : null;
}

/** The binary's path, downloading it if this machine can; null (quietly) when it cannot. */
export function fetchElectron() {
  const present = installedElectron();
  if (present) return present;
  const r = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], { cwd: resolve(import.meta.dirname, '..'), encoding: 'utf8', timeout: 180_000 });
  const path = r.status === 0 ? r.stdout.trim() : '';
  return path && existsSync(path) ? path : null;
}
