#!/usr/bin/env node
// `npm test`: everything CI checks, in the order a failure is cheapest to find. On a fresh
// Debian machine run as root it installs what the browser and PDF checks need; elsewhere it
// names exactly what is missing. Prints one line per step and a closing count.
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { playwrightFailures, vitestFailures } from './failureSummary.mjs';

const root = resolve(import.meta.dirname, '..');
const env = { ...process.env, CHAIRSIDE_SKIP_BUILD: '1', FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR };

/** Debian packages the tests use: the browser for end-to-end tests, poppler and qpdf for PDF checks. */
const NEEDED = [
  { bin: '/usr/bin/chromium', pkg: 'chromium' },
  { bin: '/usr/bin/pdftotext', pkg: 'poppler-utils' },
  { bin: '/usr/bin/qpdf', pkg: 'qpdf' },
];

function ensureSystemPackages() {
  const missing = NEEDED.filter((n) => !existsSync(n.bin));
  if (!missing.length) return;
  const names = missing.map((m) => m.pkg).join(' ');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(`Missing: ${missing.map((m) => m.bin).join(', ')}. Install the packages ${names} (Debian/Ubuntu: sudo apt-get install -y ${names}) and run npm test again.`);
    process.exit(1);
  }
  console.log(`Installing ${names} with apt-get (needed for the browser and PDF tests)…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing.map((m) => m.pkg)], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

const UNIT_REPORT = resolve(root, 'test-results/unit.json');
const E2E_REPORT = resolve(root, 'test-results/e2e.json');
const npx = (...args) => ['npx', '--no-install', ...args];
const steps = [
  { name: 'type-check', cmd: npx('tsc', '-p', 'tsconfig.json', '--noEmit') },
  { name: 'type-check shared/ (no DOM, no Node)', cmd: npx('tsc', '-p', 'tsconfig.shared.json', '--noEmit') },
  { name: 'lint (includes the layering rules)', cmd: npx('eslint', '.', '--max-warnings=0'), when: () => existsSync(resolve(root, 'eslint.config.js')) },
  { name: 'unit tests', cmd: npx('vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${UNIT_REPORT}`), failures: () => vitestFailures(UNIT_REPORT) },
  { name: 'build', cmd: ['node', 'scripts/build.mjs', '--quiet'] },
  { name: 'end-to-end tests (browser host in Chromium; Electron where a binary exists)', cmd: npx('playwright', 'test'), failures: () => playwrightFailures(E2E_REPORT) },
  { name: 'packaging check (electron-builder with a stand-in Electron, asar contents)', cmd: ['node', 'scripts/package-check.mjs'], when: () => existsSync(resolve(root, 'scripts/package-check.mjs')) },
  { name: 'Electron security scan (electronegativity)', cmd: ['node', 'scripts/security-scan.mjs'], when: () => existsSync(resolve(root, 'scripts/security-scan.mjs')) },
];

ensureSystemPackages();
for (const report of [UNIT_REPORT, E2E_REPORT]) rmSync(report, { force: true }); // never name an earlier run's failures
const only = process.argv.slice(2);
const results = [];
for (const step of steps) {
  if (only.length && !only.some((o) => step.name.startsWith(o))) continue;
  if (step.when && !step.when()) {
    console.log(`\n— ${step.name}: not set up in this checkout, so not run`);
    results.push({ step, status: 'not run' });
    continue;
  }
  console.log(`\n— ${step.name}`);
  const started = Date.now();
  const r = spawnSync(step.cmd[0], step.cmd.slice(1), { cwd: root, stdio: 'inherit', env: { ...env, ...step.env } });
  const status = r.status === 0 ? 'passed' : 'FAILED';
  results.push({ step, status, seconds: (Date.now() - started) / 1000 });
  if (status === 'FAILED' && step.name === 'build') break; // nothing after it can run
}

console.log('\nChairside test summary');
for (const r of results) {
  console.log(`  ${r.status.padEnd(7)} ${r.step.name}${r.seconds ? ` (${r.seconds.toFixed(0)} s)` : ''}`);
  if (r.status !== 'FAILED' || !r.step.failures) continue;
  for (const f of r.step.failures()) console.log(`      ✗ ${f.name}\n          ${f.why}`);
}
const passed = results.filter((r) => r.status === 'passed').length;
const failed = results.filter((r) => r.status === 'FAILED').length;
console.log(`steps: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
