import { createHash } from 'node:crypto';
import type { Conference } from '../../../shared/model';
import { censusRecord } from '../../../shared/documents/censusRecord';
import type { DeliveredFile } from '../delivery';
import { canonicalJson } from '../audit/canonicalJson';
import { checkChain, type ChainEntry } from '../audit/auditChain';
import type { InstallationSigner } from '../audit/installationKey';
import { AppFailure } from '../appFailure';

export interface ManifestEntry {
  name: string;
  sha256: string;
  bytes: number;
  document: 'minutes' | 'plan' | 'record' | 'audit';
  audience: 'full' | 'family';
}

export interface Manifest {
  format: 'chairside-archive';
  formatVersion: 1;
  appVersion: string;
  createdAt: string;
  /** `revision`: the one saved revision every file in the package was made from. */
  conference: { id: string; kind: string; date: string; schemaVersion: number; documentVersion: number; planVersion: number; revision: number };
  files: ManifestEntry[];
  /** The audit chain as it stood at `conference.revision`: its file, length and last hash. */
  auditChain?: { file: string; entries: number; head: string };
  /** Ed25519 over the canonical JSON of everything above (the manifest without this field). */
  signature?: { algorithm: 'Ed25519'; publicKey: string; keyFingerprint: string; value: string };
}

export const AUDIT_CHAIN_FILE = 'audit-chain.json';

/** What the signature covers: the manifest, in canonical JSON, without its signature. */
export function signedBytes(manifest: Record<string, unknown>): Uint8Array {
  const { signature: _signature, ...rest } = manifest;
  return new TextEncoder().encode(canonicalJson(rest));
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The record as archived: the stored conference, plus its decisions in the census's own terms
 * (category codes NEG, PHY, EMO, SAB or MUL, and the plan's start and end dates), so business
 * support copy them across rather than re-key them.
 */
export function recordJson(c: Conference): Uint8Array {
  return new TextEncoder().encode(JSON.stringify({ ...c, census: censusRecord(c) }, null, 2));
}

/**
 * The archive package: the documents, the record as JSON, and a manifest with a checksum for
 * each. Every document must have been made from `c` itself (one load, one revision): the
 * manifest names that revision.
 */
export function archiveFiles(
  c: Conference,
  documents: (DeliveredFile & Pick<ManifestEntry, 'document' | 'audience'>)[],
  recordName: string,
  appVersion: string,
  now: Date,
  proof?: { chain: readonly ChainEntry[]; signer: InstallationSigner },
): { files: DeliveredFile[]; manifest: Manifest } {
  const record = recordJson(c);
  const all: (DeliveredFile & Pick<ManifestEntry, 'document' | 'audience'>)[] = [...documents, { name: recordName, bytes: record, document: 'record' as const, audience: 'full' as const }];
  let head: string | undefined;
  if (proof) {
    const checked = checkChain(proof.chain);
    // Main's own chain failing its own check means the file beside the data was changed.
    if (!checked.ok) throw new AppFailure('storage', `The archive package was not made: the audit chain Chairside keeps for this conference is damaged (${checked.problem}). The minutes and plan can still be exported one by one; ask your IT team to look at the data folder.`);
    head = checked.head;
    all.push({ name: AUDIT_CHAIN_FILE, bytes: new TextEncoder().encode(JSON.stringify(proof.chain, null, 2)), document: 'audit', audience: 'full' });
  }
  const manifest: Manifest = {
    format: 'chairside-archive',
    formatVersion: 1,
    appVersion,
    createdAt: now.toISOString(),
    conference: { id: c.id, kind: c.details.kind, date: c.details.date, schemaVersion: c.schemaVersion, documentVersion: c.documentVersion, planVersion: c.planVersion, revision: c.revision },
    files: all.map((f) => ({ name: f.name, sha256: sha256(f.bytes), bytes: f.bytes.byteLength, document: f.document, audience: f.audience })),
  };
  if (proof && head) {
    manifest.auditChain = { file: AUDIT_CHAIN_FILE, entries: proof.chain.length, head };
    const value = proof.signer.sign(signedBytes(manifest as unknown as Record<string, unknown>));
    manifest.signature = { algorithm: 'Ed25519', publicKey: proof.signer.publicKey, keyFingerprint: proof.signer.fingerprint, value };
  }
  return { files: [...all.map(({ name, bytes }) => ({ name, bytes })), { name: 'manifest.json', bytes: new TextEncoder().encode(JSON.stringify(manifest, null, 2)) }], manifest };
}
