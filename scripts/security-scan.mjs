#!/usr/bin/env node
// `npm run security:scan`: runs electronegativity over the Electron shell (offline, for our
// Electron version) and fails on any HIGH or CRITICAL finding that is not in the reviewed
// allow-list (security/electronegativity-allow.json). Lower findings are printed for review.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const version = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const allow = JSON.parse(readFileSync(join(root, 'security/electronegativity-allow.json'), 'utf8')).allowed;
const dir = mkdtempSync(join(tmpdir(), 'chairside-scan-'));
const csv = join(dir, 'report.csv');
const run = spawnSync(process.execPath, [join(root, 'node_modules/@doyensec/electronegativity/dist/index.js'), '-i', 'electron', '-o', csv, '-e', version, '-r', '-v', 'false'], { cwd: root, encoding: 'utf8' });
let rows;
try {
  rows = readFileSync(csv, 'utf8').trim().split('\n').slice(1);
} catch {
  console.error(`security scan FAILED: electronegativity wrote no report (exit ${run.status}).\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
// issue, severity, confidence, filename, location, …  (the exit code is 0 even with findings, so read the report)
/** One CSV line → fields, honouring quotes (samples and descriptions contain commas). */
function fields(line) {
  const out = [];
  for (const m of line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)) out.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
  return out;
}
const findings = rows.map((line) => {
  const [issue, severity, confidence, file, location] = fields(line);
  return { issue, severity, confidence, file, location };
});
const isAllowed = (f) => allow.some((a) => a.issue === f.issue && a.file === f.file);
const blocking = findings.filter((f) => (f.severity === 'HIGH' || f.severity === 'CRITICAL') && !isAllowed(f));
for (const f of findings) console.log(`  ${f.severity.padEnd(8)} ${f.issue} (${f.confidence}) ${f.file}:${f.location}${isAllowed(f) ? ' [allowed after review]' : ''}`);
if (blocking.length) {
  console.error(`security scan FAILED: ${blocking.length} HIGH/CRITICAL finding(s) not in security/electronegativity-allow.json.`);
  process.exit(1);
}
console.log(`security scan passed: ${findings.length} finding(s), none HIGH or CRITICAL outside the allow-list (Electron ${version}).`);
