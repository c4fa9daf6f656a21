import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Conference } from '../../../shared/model';
import { writeFileAtomic } from '../storage/atomicWrite';
import { canonicalJson } from './canonicalJson';

// A tamper-evident log of what main accepted for each conference: every validated save, every
// change of decision and every delivered export, each entry naming the hash of the one before.
// Changing, removing or reordering an entry changes every hash after it; the chain's last hash
// (its head) is signed into each archive package's manifest with the installation key.

export const GENESIS = '0'.repeat(64);

export interface ChainEntry {
  seq: number;
  at: string;
  kind: 'save' | 'decision' | 'export';
  /** The conference revision the entry belongs to. */
  revision: number;
  /** save: the record's digest; decision: the decisions' digest; export: the files' digest. */
  digest: string;
  /** export: what was exported and for whom, e.g. "archive both". */
  detail?: string;
  prev: string;
  hash: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The record's digest: everything but the export log and status, which main changes without a save. */
export function recordDigest(c: Record<string, unknown>): string {
  const { audit: _audit, status: _status, census: _census, ...rest } = c;
  return sha256(canonicalJson(rest));
}

export const decisionsDigest = (c: Pick<Conference, 'decisions'>) => sha256(canonicalJson(c.decisions));
export const filesDigest = (files: { name: string; sha256: string }[]) => sha256(canonicalJson(files.map((f) => ({ name: f.name, sha256: f.sha256 }))));

/** An entry's hash: over every field but the hash itself. */
export function entryHash(e: Omit<ChainEntry, 'hash'>): string {
  return sha256(canonicalJson({ seq: e.seq, at: e.at, kind: e.kind, revision: e.revision, digest: e.digest, detail: e.detail, prev: e.prev }));
}

export function nextEntry(chain: readonly ChainEntry[], fields: Pick<ChainEntry, 'at' | 'kind' | 'revision' | 'digest' | 'detail'>): ChainEntry {
  const last = chain[chain.length - 1];
  const body = { seq: (last?.seq ?? 0) + 1, ...fields, prev: last?.hash ?? GENESIS };
  return { ...body, hash: entryHash(body) };
}

/** Checks links and hashes; names the first entry that differs. */
export function checkChain(chain: readonly ChainEntry[]): { ok: true; head: string } | { ok: false; problem: string } {
  let prev = GENESIS;
  for (let i = 0; i < chain.length; i++) {
    const e = chain[i]!;
    const what = `audit entry ${i + 1} (${e.kind}, revision ${e.revision}, ${e.at})`;
    if (e.seq !== i + 1) return { ok: false, problem: `${what} is out of order: entries were removed or moved.` };
    if (e.prev !== prev) return { ok: false, problem: `${what} does not follow the entry before it: entries were removed, added or changed.` };
    if (entryHash(e) !== e.hash) return { ok: false, problem: `${what} does not match its own hash: it was changed.` };
    prev = e.hash;
  }
  return { ok: true, head: prev };
}

/**
 * The chains, one file per conference beside the data (audit-chain/<id>.json: hashes, times and
 * revisions only, nothing about the family). Main appends; nothing else writes.
 */
export function createAuditChainStore(dataDir: string) {
  const dir = join(dataDir, 'audit-chain');
  const fileOf = (id: string) => join(dir, `${id.replace(/[^\w-]/g, '_')}.json`);
  const read = (id: string): ChainEntry[] => {
    const file = fileOf(id);
    if (!existsSync(file)) return [];
    return JSON.parse(readFileSync(file, 'utf8')) as ChainEntry[];
  };
  const append = (id: string, fields: Pick<ChainEntry, 'at' | 'kind' | 'revision' | 'digest' | 'detail'>): ChainEntry => {
    const chain = read(id);
    const entry = nextEntry(chain, fields);
    mkdirSync(dir, { recursive: true });
    writeFileAtomic(fileOf(id), new TextEncoder().encode(JSON.stringify([...chain, entry])));
    return entry;
  };
  const lastDecisions = new Map<string, string>();
  return {
    read,
    append,
    /** Every accepted save; and a decision entry when the save changed the decisions. */
    recordSave(c: Conference): void {
      const at = c.updatedAt;
      append(c.id, { at, kind: 'save', revision: c.revision, digest: recordDigest(c as unknown as Record<string, unknown>) });
      const decisions = decisionsDigest(c);
      const before = lastDecisions.get(c.id);
      lastDecisions.set(c.id, decisions);
      // The first save seen in this run counts only if it holds decisions.
      if (before === undefined ? c.decisions.length > 0 : before !== decisions) append(c.id, { at, kind: 'decision', revision: c.revision, digest: decisions });
    },
    /** The chain as it stood when revision `revision` was the latest: what an export of it may carry. */
    upTo(id: string, revision: number): ChainEntry[] {
      const chain = read(id);
      let end = 0;
      for (let i = 0; i < chain.length; i++) if (chain[i]!.revision <= revision) end = i + 1;
      return chain.slice(0, end);
    },
  };
}
export type AuditChainStore = ReturnType<typeof createAuditChainStore>;
