import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkChain, createAuditChainStore, recordDigest, type ChainEntry } from '../../../../../electron/services/audit/auditChain';
import { canonicalJson } from '../../../../../electron/services/audit/canonicalJson';
import { installationSigner, signatureValid } from '../../../../../electron/services/audit/installationKey';
import { richConference } from '../../../../fixtures/richConference';

function withStore<T>(use: (store: ReturnType<typeof createAuditChainStore>) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'chairside-chain-'));
  try {
    return use(createAuditChainStore(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the audit hash chain', () => {
  it('spells JSON one way: keys sorted, no spaces, undefined left out', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined, d: { z: 1, y: 2 } })).toBe('{"a":[true,null,"x"],"b":1,"d":{"y":2,"z":1}}');
    expect(() => canonicalJson({ n: Number.NaN })).toThrow();
  });

  it('records each save, and a decision entry only when the decisions change; each entry names the one before', () => {
    withStore((store) => {
      const c = richConference();
      c.decisions = [];
      store.recordSave({ ...c, revision: 1 });
      store.recordSave({ ...c, revision: 2 });
      const decided = { ...c, revision: 3, decisions: [{ childId: 'amy', outcome: 'cp-plan' as const, categories: ['neglect' as const], reasons: 'Worried' }] };
      store.recordSave(decided);
      store.recordSave({ ...decided, revision: 4 });
      const chain = store.read(c.id);
      expect(chain.map((e) => `${e.kind} ${e.revision}`)).toEqual(['save 1', 'save 2', 'save 3', 'decision 3', 'save 4']);
      expect(chain[1]!.prev).toBe(chain[0]!.hash);
      expect(checkChain(chain)).toEqual({ ok: true, head: chain.at(-1)!.hash });
      expect(chain[2]!.digest).toBe(recordDigest(decided as unknown as Record<string, unknown>));
      expect(store.upTo(c.id, 2).map((e) => e.revision)).toEqual([1, 2]);
    });
  });

  it('finds a changed, removed or reordered entry and says which', () => {
    withStore((store) => {
      const c = richConference();
      for (let r = 1; r <= 4; r++) store.recordSave({ ...c, revision: r, decisions: [] });
      const chain = store.read(c.id);
      const changed: ChainEntry[] = structuredClone(chain);
      changed[1]!.digest = 'f'.repeat(64);
      expect(checkChain(changed)).toMatchObject({ ok: false, problem: expect.stringMatching(/^audit entry 2 \(save, revision 2, .*\) does not match its own hash/) });
      expect(checkChain([chain[0]!, chain[2]!, chain[3]!])).toMatchObject({ ok: false, problem: expect.stringMatching(/^audit entry 2 .* out of order/) });
      const renumbered = [chain[0]!, { ...chain[2]!, seq: 2 }];
      expect(checkChain(renumbered)).toMatchObject({ ok: false, problem: expect.stringMatching(/does not follow the entry before it/) });
    });
  });

  it('the record digest ignores what main changes without a save (the export log and status) and nothing else', () => {
    const c = richConference() as unknown as Record<string, unknown>;
    const digest = recordDigest(c);
    expect(recordDigest({ ...c, audit: [{ x: 1 }], status: 'exported', census: {} })).toBe(digest);
    expect(recordDigest({ ...c, revision: 99 })).not.toBe(digest);
  });

  it('signs with an Ed25519 key derived from the data key: the same key each time, another for another data key', () => {
    const a = installationSigner(new Uint8Array(32).fill(1));
    const again = installationSigner(new Uint8Array(32).fill(1));
    const b = installationSigner(new Uint8Array(32).fill(2));
    expect(again.publicKey).toBe(a.publicKey);
    expect(b.publicKey).not.toBe(a.publicKey);
    const data = new TextEncoder().encode('head');
    const sig = a.sign(data);
    expect(signatureValid(a.publicKey, data, sig)).toBe(true);
    expect(signatureValid(b.publicKey, data, sig)).toBe(false);
    expect(signatureValid(a.publicKey, new TextEncoder().encode('heap'), sig)).toBe(false);
    expect(signatureValid('not a key', data, sig)).toBe(false);
    expect(a.fingerprint).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
  });
});
