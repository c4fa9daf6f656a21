import * as nodeFs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/**
 * The file-system calls the write path makes, so tests can inject faults (a short write, ENOSPC,
 * EIO on fsync) without a full disk. Production passes node:fs itself.
 */
export interface DurableFs {
  openSync(path: string, flags: string, mode?: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  readFileSync(path: string): Buffer;
  rmSync(path: string, options?: { force?: boolean }): void;
  mkdirSync(path: string, options: { recursive: true }): unknown;
  statSync(path: string): { ino: number; size: number; mtimeMs: number };
}

export const realFs: DurableFs = {
  openSync: (p, f, m) => nodeFs.openSync(p, f, m),
  writeSync: (fd, b, o, l) => nodeFs.writeSync(fd, b, o, l),
  fsyncSync: (fd) => nodeFs.fsyncSync(fd),
  closeSync: (fd) => nodeFs.closeSync(fd),
  renameSync: (a, b) => nodeFs.renameSync(a, b),
  readFileSync: (p) => nodeFs.readFileSync(p),
  rmSync: (p, o) => nodeFs.rmSync(p, o),
  mkdirSync: (p, o) => nodeFs.mkdirSync(p, o),
  statSync: (p) => nodeFs.statSync(p),
};

/** Why a write was refused, in a form the services turn into a sentence. */
export type StorageFaultKind = 'disk-full' | 'read-only' | 'io' | 'verify';

/**
 * A write that did not happen. The file it was meant to replace is untouched (the new bytes only
 * ever went to a temp file), except for `afterRename`: the new version is in place and was
 * verified, but the folder's fsync failed, so it may not survive a power cut.
 */
export class StorageFault extends Error {
  /** The errno, as Node's own errors carry it, for callers that already read `code`. */
  readonly code: string | undefined;

  constructor(
    readonly kind: StorageFaultKind,
    readonly errno: string | undefined,
    readonly afterRename = false,
  ) {
    super(`Storage fault: ${kind}${errno ? ` (${errno})` : ''}`);
    this.name = 'StorageFault';
    this.code = errno;
  }
}

export function faultKind(err: unknown): StorageFaultKind {
  const code = (err as { code?: unknown } | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') return 'disk-full';
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'read-only';
  return 'io';
}

const errnoOf = (err: unknown) => {
  const code = (err as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
};

export function asStorageFault(err: unknown, afterRename = false): StorageFault {
  if (err instanceof StorageFault) return err;
  return new StorageFault(faultKind(err), errnoOf(err), afterRename);
}

/** Temp files this module makes: `<name>.<12 hex>.partial`, beside their target. */
export const PARTIAL_FILE = /\.[0-9a-f]{12}\.partial$/;

export interface DurableWriteOptions {
  /** Checks the bytes read back (decrypts and parses them); throws if they are not a good version. */
  verify?: (bytes: Buffer) => void;
  mode?: number;
  fs?: DurableFs;
}

/**
 * The one write path for every store (conference files, the index, settings, the key files):
 *
 * 1. the whole buffer goes to a temp file beside the target, looping on short writes; a write
 *    that makes no progress is a full disk;
 * 2. the temp file is fsynced, then read back and compared byte for byte and verified (decrypted)
 *    while the previous version is still the live file, so a fault at any point up to here
 *    leaves the previous good version in place and the temp file removed;
 * 3. rename over the target, then fsync the folder so the rename itself survives a power cut;
 * 4. only then does the caller acknowledge the save.
 *
 * Any failure throws a StorageFault saying which kind, never a half-done write.
 */
export function writeDurably(path: string, data: Uint8Array | string, options: DurableWriteOptions = {}): void {
  const fs = options.fs ?? realFs;
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const dir = dirname(path);
  const temp = join(dir, `${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    const fd = fs.openSync(temp, 'wx', options.mode ?? 0o600);
    try {
      let written = 0;
      while (written < bytes.length) {
        const n = fs.writeSync(fd, bytes, written, bytes.length - written);
        // POSIX reports a full disk as a short count first and ENOSPC only on the next call;
        // a call that writes nothing would loop for ever.
        if (!(n > 0)) throw new StorageFault('disk-full', 'ENOSPC');
        written += n;
      }
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    const back = fs.readFileSync(temp);
    if (!back.equals(bytes)) throw new StorageFault('verify', undefined);
    try {
      options.verify?.(back);
    } catch {
      throw new StorageFault('verify', undefined);
    }
    fs.renameSync(temp, path);
  } catch (err) {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // On a read-only or failing disk the temp file may not be removable; start-up clears it.
    }
    throw asStorageFault(err);
  }
  try {
    syncFolder(fs, dir);
  } catch (err) {
    throw asStorageFault(err, true);
  }
}

/** fsync on a folder makes a rename in it durable. Windows cannot open a folder for it. */
export function syncFolder(fs: DurableFs, dir: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
