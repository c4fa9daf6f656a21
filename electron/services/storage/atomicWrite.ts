import { writeDurably, type DurableFs } from './durableWrite';

/**
 * Whole-file replacement through the one durable write path (see durableWrite.ts): used for the
 * key files, quarantine notes and exported files, which have no decryption to verify beyond the
 * byte-for-byte read-back.
 */
export function writeFileAtomic(path: string, data: Uint8Array | string, mode = 0o600, fs?: DurableFs): void {
  writeDurably(path, data, { mode, fs });
}
