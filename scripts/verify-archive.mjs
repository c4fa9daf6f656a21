#!/usr/bin/env node
// `npm run verify-archive -- <folder or .zip>`: re-checks an archive package against its
// manifest: every file listed is present with the same size and SHA-256, and nothing else is.
// Exit code 0 when the package is intact, 1 when anything differs, 2 when it cannot be read.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { unzipSync } from 'fflate';

const target = process.argv[2];
if (!target) {
  console.error('Usage: npm run verify-archive -- <archive folder or .zip>');
  process.exit(2);
}

/** name → bytes for every file in the package, whether a folder or a zip with one folder inside. */
function readPackage(path) {
  if (statSync(path).isDirectory()) return new Map(readdirSync(path).map((n) => [n, readFileSync(join(path, n))]));
  const entries = unzipSync(readFileSync(path));
  return new Map(Object.entries(entries).filter(([n]) => !n.endsWith('/')).map(([n, b]) => [basename(n), Buffer.from(b)]));
}

let files;
try {
  files = readPackage(target);
} catch (err) {
  console.error(`Cannot read ${target}: ${err.message}`);
  process.exit(2);
}
const manifestBytes = files.get('manifest.json');
if (!manifestBytes) {
  console.error(`${target} has no manifest.json: it is not a Chairside archive package.`);
  process.exit(2);
}
const manifest = JSON.parse(manifestBytes.toString('utf8'));
const problems = [];
for (const entry of manifest.files) {
  const bytes = files.get(entry.name);
  if (!bytes) problems.push(`missing: ${entry.name}`);
  else if (bytes.length !== entry.bytes) problems.push(`wrong size: ${entry.name} (${bytes.length} bytes, manifest says ${entry.bytes})`);
  else if (createHash('sha256').update(bytes).digest('hex') !== entry.sha256) problems.push(`changed: ${entry.name} (checksum differs from the manifest)`);
}
const listed = new Set([...manifest.files.map((f) => f.name), 'manifest.json']);
for (const name of files.keys()) if (!listed.has(name)) problems.push(`not in the manifest: ${name}`);

if (problems.length) {
  console.log(`NOT OK: ${target}\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`OK: ${manifest.files.length} files match the manifest (conference ${manifest.conference.kind} ${manifest.conference.date}, made by Chairside ${manifest.appVersion} at ${manifest.createdAt}).`);
