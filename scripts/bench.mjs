#!/usr/bin/env node
// `npm run bench`: every benchmark under tests/bench, one after another (they share two cores,
// so never in parallel). Each prints its own table, measured against a reference in the same
// run, and writes JSON to bench-results/. Benchmarks are never part of `npm test`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);
const files = readdirSync(resolve(root, 'tests/bench'))
  .filter((f) => /\.bench\.(mjs|ts)$/.test(f))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();

spawnSync(process.execPath, [resolve(root, 'scripts/build.mjs'), '--quiet'], { cwd: root, stdio: 'inherit' });
let failed = 0;
for (const f of files) {
  console.log(`\n=== ${f} ===`);
  const args = f.endsWith('.ts') ? ['--import', 'tsx', `tests/bench/${f}`] : [`tests/bench/${f}`];
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
console.log(`\n${files.length - failed} benchmarks ran, ${failed} failed. Results: bench-results/*.json`);
process.exit(failed ? 1 : 0);
