/**
 * Storage benchmark: saving one conference against a plain atomic write of the same bytes, and
 * listing against reading one index file, with 10, 100 and 1,000 conferences stored. Each pair
 * alternates A B A B in the same run (see BENCHMARKS.md). Run: node --import tsx tests/bench/storage.bench.ts
 *
 * Section 0 prices the durable write path (issue 13) step by step on the same sealed bytes, all
 * alternating in one run: a plain write, the atomic write the app used before (conf's
 * atomically: temp file, one write, fsync, rename), ours without the read-back, ours with it
 * (read back and decrypt), and a whole save through the services.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { newConference, newId, type Conference } from '../../shared/model';
import { createConferenceServices } from '../../electron/services/conferenceServices';
import { TestKeyProvider } from '../../electron/services/keys/testKeyProvider';
import { writeFileAtomic } from '../../electron/services/storage/atomicWrite';
import { createConfStore, openEncryptedStore } from '../../electron/services/storage/storeFactory';
import { summarise } from '../../electron/services/storage/summary';
import { storeCipher } from '../../electron/services/storage/storeCipher';
import { writeDurably } from '../../electron/services/storage/durableWrite';
import { writeFileSync as atomicallyWrite } from 'atomically';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const root = mkdtempSync(join(tmpdir(), 'chairside-bench-'));

interface Row { name: string; samplesMs: number[]; median: number; min: number; max: number; ratio?: number }
const rows: Row[] = [];
function record(name: string, samplesMs: number[]): Row {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const row = { name, samplesMs, median: sorted[Math.floor(sorted.length / 2)]!, min: sorted[0]!, max: sorted[sorted.length - 1]! };
  rows.push(row);
  return row;
}
const time = async (fn: () => unknown) => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};

/** Alternates the measured action and its reference, one warm-up each first. */
async function pair(name: string, reference: string, a: () => unknown, b: () => unknown) {
  await a();
  await b();
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    as.push(await time(a));
    bs.push(await time(b));
  }
  const result = { a: record(name, as), b: record(reference, bs) };
  result.a.ratio = result.a.median / result.b.median;
  return result;
}

function services(dataDir: string) {
  return createConferenceServices({ dataDir, keyProvider: new TestKeyProvider(dataDir), appVersion: 'bench', host: 'browser' });
}

/** A conference of about `bytes` of content, spread over map items (each field is capped at 100,000 characters). */
function bigConference(base: Conference, bytes: number): Conference {
  const items = Math.ceil(bytes / 90_000);
  const map = Array.from({ length: items }, (_, i) => ({ id: `m${i}`, kind: 'danger' as const, text: `Item ${i} `.padEnd(90_000, 'The worry is that the children may be hurt. '), childIds: [], restricted: false }));
  return { ...base, map, children: [{ id: newId(), name: 'Amara Okafor', unborn: false, dateOfBirth: '2019-04-02' }] };
}

/** Writes `count` small conferences straight to disk; the services then index them once at start-up. */
async function seed(dataDir: string, count: number): Promise<void> {
  const key = await new TestKeyProvider(dataDir).getDataKey();
  const dir = join(dataDir, 'conferences');
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const c = newConference({ kind: 'review', date: `2025-${String((i % 12) + 1).padStart(2, '0')}-10`, familyName: `Family ${i}` });
    c.children = [{ id: newId(), name: `Child ${i} Okafor`, unborn: false, dateOfBirth: '2018-01-01' }];
    openEncryptedStore(createConfStore, dir, c.id, key).store = { record: c };
  }
}

/** Alternates every action in turn (A B C … A B C …), one warm-up each first; ratios against the first. */
async function group(actions: [string, () => unknown][]) {
  for (const [, fn] of actions) await fn();
  const samples = actions.map(() => [] as number[]);
  for (let i = 0; i < ROUNDS * 3; i++) for (const [j, [, fn]] of actions.entries()) samples[j]!.push(await time(fn));
  const out = actions.map(([name], j) => record(name, samples[j]!));
  for (const row of out) row.ratio = row.median / out[0]!.median;
  return out;
}

/** Each step of the write path, on the same conference, sealed the same way. */
async function writePathSteps(label: string, bytes: number) {
  const dataDir = join(root, `steps-${label}`);
  const { handlers, repository } = services(dataDir);
  const created = await handlers.createConference({ details: { kind: 'initial', date: '2026-01-10' } });
  let conference = bytes > 0 ? bigConference(created, bytes) : created;
  const first = await handlers.saveConference({ conference, baseRevision: 0 });
  conference = { ...conference, revision: first.revision, updatedAt: first.updatedAt };
  const key = await new TestKeyProvider(dataDir).getDataKey();
  const cipher = storeCipher(key, conference.id);
  const sealed = () => cipher.serialize({ record: conference });
  const dir = join(root, `steps-${label}-files`);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'c.json');
  let n = 0;
  console.log(`${label}: ${(sealed().length / 1e3).toFixed(0)} kB sealed`);
  await group([
    [`${label}: plain write (writeFileSync, no fsync)`, () => writeFileSync(path, sealed())],
    [`${label}: before: conf's atomic write (1 write, fsync, rename)`, () => atomicallyWrite(path, sealed(), { mode: 0o600 })],
    [`${label}: durable write, no read-back (loop, fsync, rename, folder fsync)`, () => writeDurably(path, sealed())],
    [`${label}: durable write + read-back and decrypt (what saves use)`, () => writeDurably(path, sealed(), { verify: (b) => void cipher.deserialize(b.toString('utf8')) })],
    [
      `${label}: a whole save through the services`,
      async () => {
        conference = { ...conference, meeting: { ...conference.meeting, purpose: `edit ${n++}` } };
        const s = await handlers.saveConference({ conference, baseRevision: conference.revision });
        conference = { ...conference, revision: s.revision, updatedAt: s.updatedAt };
      },
    ],
  ]);
  await repository.close();
}

async function main() {
  // 0. The durable write path, step by step, for a typical (small) and a 1 MB conference.
  if (!process.env.BENCH_SKIP_STEPS) {
    await writePathSteps('small', 0);
    await writePathSteps('1 MB', 1_000_000);
  }
  if (process.env.BENCH_ONLY_STEPS) return report();
  // 1. Saving one conference of 1 MB vs a plain atomic write of the same bytes, unencrypted.
  {
    const dataDir = join(root, 'save-1mb');
    const { handlers } = services(dataDir);
    const created = await handlers.createConference({ details: { kind: 'initial', date: '2026-01-10' } });
    let conference = bigConference(created, 1_000_000);
    let revision = 0;
    const saved = await handlers.saveConference({ conference, baseRevision: revision });
    revision = saved.revision;
    conference = { ...conference, revision };
    const plainPath = join(root, 'plain.json');
    let n = 0;
    const bytes = () => JSON.stringify(conference);
    console.log(`1 MB conference: ${(bytes().length / 1e6).toFixed(2)} MB of JSON`);
    await pair(
      'save 1 MB conference (encrypted, revision-checked)',
      'reference: atomic write of the same JSON, unencrypted',
      async () => {
        // A real edit each time, so the unchanged-write shortcut does not apply.
        conference = { ...conference, meeting: { ...conference.meeting, purpose: `edit ${n++}` } };
        const s = await handlers.saveConference({ conference, baseRevision: revision });
        revision = s.revision;
        conference = { ...conference, revision, updatedAt: s.updatedAt };
      },
      () => writeFileAtomic(plainPath, JSON.stringify(conference)),
    );
  }

  // 2. Listing and saving with 10, 100 and 1,000 conferences stored.
  for (const count of [10, 100, 1_000]) {
    const dataDir = join(root, `list-${count}`);
    await seed(dataDir, count);
    const first = await time(() => services(dataDir).handlers.listConferences({}));
    console.log(`${count} stored: first start (index built from every file) ${first.toFixed(0)} ms`);
    const { handlers, repository } = services(dataDir);
    const listed = await handlers.listConferences({});
    // The reference: one unencrypted file holding the same summaries, read and parsed.
    const indexPath = join(root, `plain-index-${count}.json`);
    const summaries = await Promise.all(listed.conferences.map(async (s) => summarise(await repository.load(s.id))));
    writeFileSync(indexPath, JSON.stringify(summaries));
    const readIndex = () => JSON.parse(readFileSync(indexPath, 'utf8')) as unknown[];
    await pair(`list, app running (${count} stored)`, `reference: read one index file (${count} summaries)`, () => handlers.listConferences({}), readIndex);
    await pair(`list, app starting (${count} stored)`, `reference: read one index file again (${count} summaries)`, () => services(dataDir).handlers.listConferences({}), readIndex);
    // Saving one small conference must not cost more because others are stored.
    const one = await handlers.openConference({ id: listed.conferences[0]!.id });
    let c = one.conference;
    let k = 0;
    const plainPath = join(root, `plain-one-${count}.json`);
    await pair(
      `save one small conference (${count} stored)`,
      `reference: atomic write of its JSON (${count} stored)`,
      async () => {
        c = { ...c, meeting: { ...c.meeting, purpose: `edit ${k++}` } };
        const s = await handlers.saveConference({ conference: c, baseRevision: c.revision });
        c = { ...c, revision: s.revision, updatedAt: s.updatedAt };
      },
      () => writeFileAtomic(plainPath, JSON.stringify(c)),
    );
    await repository.close();
  }
  report();
}

function report() {
  const machine = { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', loadAverage: loadavg().map((l) => +l.toFixed(2)), node: process.version, rounds: ROUNDS };
  console.log(`\nMachine: ${machine.cpus} × ${machine.model}, load ${machine.loadAverage.join(' ')}, Node ${machine.node}; ${ROUNDS} rounds, alternating\n`);
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`${'what'.padEnd(width)}  median ms   min–max ms     × reference`);
  for (const r of rows) {
    const range = `${r.min.toFixed(2)}–${r.max.toFixed(2)}`;
    console.log(`${r.name.padEnd(width)}  ${r.median.toFixed(2).padStart(9)}   ${range.padEnd(13)}  ${r.ratio === undefined ? '' : `${r.ratio.toFixed(1)}×`}`);
  }
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/storage.json', JSON.stringify({ at: new Date().toISOString(), machine, rows }, undefined, 2));
  console.log('\nWrote bench-results/storage.json');
}

try {
  await main();
} finally {
  rmSync(root, { recursive: true, force: true });
}
