import { createHash } from 'node:crypto';
import type { Conference } from '../../../shared/model';
import { censusRecord } from '../../../shared/documents/censusRecord';
import type { DeliveredFile } from '../delivery';

export interface ManifestEntry {
  name: string;
  sha256: string;
  bytes: number;
  document: 'minutes' | 'plan' | 'record';
  audience: 'full' | 'family';
}

export interface Manifest {
  format: 'chairside-archive';
  formatVersion: 1;
  appVersion: string;
  createdAt: string;
  /** `revision`: the one saved revision every file in the package was made from. */
  conference: { id: string; kind: string; date: string; schemaVersion: number; documentVersion: number; revision: number };
  files: ManifestEntry[];
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
export function archiveFiles(c: Conference, documents: (DeliveredFile & Pick<ManifestEntry, 'document' | 'audience'>)[], recordName: string, appVersion: string, now: Date): { files: DeliveredFile[]; manifest: Manifest } {
  const record = recordJson(c);
  const all = [...documents, { name: recordName, bytes: record, document: 'record' as const, audience: 'full' as const }];
  const manifest: Manifest = {
    format: 'chairside-archive',
    formatVersion: 1,
    appVersion,
    createdAt: now.toISOString(),
    conference: { id: c.id, kind: c.details.kind, date: c.details.date, schemaVersion: c.schemaVersion, documentVersion: c.documentVersion, revision: c.revision },
    files: all.map((f) => ({ name: f.name, sha256: sha256(f.bytes), bytes: f.bytes.byteLength, document: f.document, audience: f.audience })),
  };
  return { files: [...all.map(({ name, bytes }) => ({ name, bytes })), { name: 'manifest.json', bytes: new TextEncoder().encode(JSON.stringify(manifest, null, 2)) }], manifest };
}
