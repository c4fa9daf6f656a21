#!/usr/bin/env node
// `npm run package:check`: packages the app with electron-builder for Linux (unpacked dir)
// using a stand-in Electron folder, since the real binary cannot be downloaded everywhere,
// then lists resources/app.asar and checks it holds what the app needs and nothing it must not,
// and reads the fuses back from the packaged binary (the stand-in carries Electron's fuse wire,
// with Electron's defaults, so a build whose afterPack hook did not flip them fails here).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import asar from '@electron/asar';
import { getCurrentFuseWire } from '@electron/fuses';
import { fuseWireProblems } from '../build/fuses.mjs';
import { writeStandInElectron } from './standInElectron.mjs';

const root = resolve(import.meta.dirname, '..');
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const work = mkdtempSync(join(tmpdir(), 'chairside-package-'));
const stand = join(work, 'electron-dist');
const out = join(work, 'release');
writeStandInElectron(stand, { version: electronVersion, license: join(root, 'node_modules/electron/LICENSE') });

const fail = (message) => {
  console.error(`packaging check FAILED: ${message}`);
  rmSync(work, { recursive: true, force: true });
  process.exit(1);
};

if (spawnSync(process.execPath, ['scripts/build.mjs', '--quiet'], { cwd: root, stdio: 'inherit' }).status !== 0) fail('the build failed');
const builder = spawnSync(
  process.execPath,
  [join(root, 'node_modules/electron-builder/cli.js'), '--linux', 'dir', '--config', 'electron-builder.yml', `-c.electronDist=${stand}`, `-c.electronVersion=${electronVersion}`, `-c.directories.output=${out}`, '--publish', 'never'],
  { cwd: root, encoding: 'utf8', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
);
if (builder.status !== 0) fail(`electron-builder exited with ${builder.status}\n${builder.stdout}\n${builder.stderr}`);

// electron-builder names the Linux binary after package.json's name.
const binary = join(out, 'linux-unpacked', JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).name);
let fuseProblems;
try {
  fuseProblems = fuseWireProblems(await getCurrentFuseWire(binary));
} catch (err) {
  fail(`cannot read the fuses of ${binary}: ${err.message}`);
}

const archive = join(out, 'linux-unpacked', 'resources', 'app.asar');
let listing;
try {
  listing = asar.listPackage(archive, {}).map((p) => p.replace(/\\/g, '/'));
} catch (err) {
  fail(`cannot read ${archive}: ${err.message}`);
}
const must = ['/package.json', '/dist/electron/main.cjs', '/dist/electron/exportWorker.cjs', '/dist/electron/preload.cjs', '/dist/electron/familyPreload.cjs', '/dist/renderer/index.html', '/dist/renderer/family.html', '/resources/fonts/DejaVuSans.ttf', '/resources/bank-holidays.json'];
const missing = must.filter((m) => !listing.includes(m));
// Our own sources and tests must never ship (third-party packages under node_modules are theirs).
const ours = listing.filter((p) => !p.startsWith('/node_modules/'));
const forbidden = ours.filter((p) => /^\/(tests|electron|shared|renderer|scripts)\//.test(p) || /\.(ts|tsx|map)$/.test(p) || /\.spec\.|\.test\./.test(p));
// Electron applies no response headers to file:// pages: the policy each page carries is the one it gets.
const pagesWithoutPolicy = missing.length
  ? []
  : ours
      .filter((p) => p.endsWith('.html'))
      .filter((p) => !/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;/.test(asar.extractFile(archive, p.slice(1)).toString('utf8')));
rmSync(work, { recursive: true, force: true });
if (missing.length) fail(`app.asar lacks ${missing.join(', ')}`);
if (forbidden.length) fail(`app.asar holds files that must not ship: ${forbidden.slice(0, 10).join(', ')}`);
if (pagesWithoutPolicy.length) fail(`pages without their content security policy <meta>: ${pagesWithoutPolicy.join(', ')}`);
if (fuseProblems.length) fail(`the packaged binary's fuses are wrong:\n  ${fuseProblems.join('\n  ')}`);
console.log(`packaging check passed: app.asar holds ${listing.length} entries, including main, the export worker, both preloads, the renderer and resources/, and no sources or tests; every page carries its CSP <meta>; the packaged binary's fuses are as build/fuses.mjs requires (Electron ${electronVersion}, stand-in binary).`);
