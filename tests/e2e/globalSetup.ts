import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Builds the renderer and the host once per run, unless the caller (npm test) already did. */
export default function globalSetup(): void {
  if (process.env.CHAIRSIDE_SKIP_BUILD === '1') return;
  const root = resolve(import.meta.dirname, '../..');
  execFileSync(process.execPath, [resolve(root, 'scripts/build.mjs'), '--quiet'], { cwd: root, stdio: 'inherit' });
  process.env.CHAIRSIDE_SKIP_BUILD = '1';
}
