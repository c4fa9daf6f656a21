import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Id, upgradeConference, type Conference } from '../../../shared/model';
import { isDecryptionFailure } from './storeFactory';
import { salvageNewerConference } from './salvage';
import { SealedFile } from './sealedFile';
import { realFs, type DurableFs } from './durableWrite';
import { STORE_EXT, TEMP_FILE } from './paths';

export type LoadedConference =
  | { kind: 'current'; conference: Conference; signature: string }
  | { kind: 'upgraded'; conference: Conference; from: number; signature: string }
  | { kind: 'newer'; conference: Conference; version: number; signature: string };

/** Why a file could not be opened; the caller moves it to quarantine. */
export class UnreadableFile extends Error {
  constructor(
    readonly reason: string,
    readonly decryption: boolean,
  ) {
    super(reason);
  }
}

const CACHE_SIZE = 8;

/**
 * One encrypted file per conference. Reads are cached by the file's inode, size and
 * modification time, so a save does not decrypt the file it has just written (the write path
 * has already decrypted it once, before it replaced the previous version).
 */
export class ConferenceFiles {
  private readonly cache = new Map<string, LoadedConference>();

  constructor(
    readonly dir: string,
    private readonly key: Uint8Array,
    private readonly fs: DurableFs = realFs,
    writable = true,
  ) {
    if (writable) mkdirSync(dir, { recursive: true });
  }

  pathOf(id: string): string {
    return join(this.dir, `${id}${STORE_EXT}`);
  }

  exists(id: string): boolean {
    return existsSync(this.pathOf(id));
  }

  /** Ids of the conference files present, ignoring anything else in the folder. */
  ids(): string[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((name) => name.endsWith(STORE_EXT))
      .map((name) => name.slice(0, -STORE_EXT.length))
      .filter((id) => Id.safeParse(id).success);
  }

  signature(id: string): string {
    const s = statSync(this.pathOf(id));
    return `${s.ino}:${s.size}:${s.mtimeMs}`;
  }

  /** Throws UnreadableFile when the file cannot be decrypted, parsed or understood. */
  read(id: string): LoadedConference {
    const signature = this.signature(id);
    const cached = this.cache.get(id);
    if (cached && cached.signature === signature) return cached;
    let raw: unknown;
    try {
      raw = this.fileOf(id).read()?.record;
    } catch (err) {
      if (isDecryptionFailure(err)) throw new UnreadableFile('It could not be decrypted: the file is damaged, or was written with a different data key.', true);
      if (err instanceof SyntaxError) throw new UnreadableFile('It was decrypted but its contents are damaged.', false);
      throw err; // an I/O error: not the file's fault, so not quarantined
    }
    const loaded = this.interpret(id, raw, signature);
    this.remember(id, loaded);
    return loaded;
  }

  /**
   * Writes through the durable path (whole buffer, fsync, verified read-back, rename, folder
   * fsync) and returns the new signature. Throws StorageFault with the previous version intact.
   */
  write(conference: Conference): string {
    try {
      this.fileOf(conference.id).write({ record: conference });
    } catch (err) {
      this.forget(conference.id);
      throw err;
    }
    const signature = this.signature(conference.id);
    this.remember(conference.id, { kind: 'current', conference, signature });
    return signature;
  }

  remove(id: string): void {
    this.forget(id);
    rmSync(this.pathOf(id));
  }

  forget(id: string): void {
    this.cache.delete(id);
  }

  /** True when the file decrypts with this key (whatever it holds). */
  decrypts(id: string): boolean {
    try {
      this.fileOf(id).read();
      return true;
    } catch {
      return false;
    }
  }

  /** Leftovers of writes interrupted by a crash: partial copies, never the conference itself. */
  removeStaleTempFiles(olderThanMs: number, now: number): void {
    for (const name of readdirSync(this.dir)) {
      if (!TEMP_FILE.test(name)) continue;
      const path = join(this.dir, name);
      try {
        if (now - statSync(path).mtimeMs > olderThanMs) rmSync(path);
      } catch {
        // Gone already, or in use by another writer: leave it.
      }
    }
  }

  private interpret(id: string, raw: unknown, signature: string): LoadedConference {
    const result = upgradeConference(raw);
    if (result.kind === 'invalid') throw new UnreadableFile(`It does not hold a readable conference. ${result.reason}`, false);
    if (result.kind === 'newer') {
      return { kind: 'newer', conference: salvageNewerConference(result.raw as Record<string, unknown>, id), version: result.version, signature };
    }
    // A file renamed or copied over another conference's file must not pass as that conference.
    if (result.conference.id !== id) throw new UnreadableFile('It holds a different conference from the one its name says.', false);
    return result.kind === 'upgraded' ? { ...result, signature } : { kind: 'current', conference: result.conference, signature };
  }

  private fileOf(id: string): SealedFile {
    return new SealedFile(this.pathOf(id), id, this.key, this.fs);
  }

  private remember(id: string, loaded: LoadedConference): void {
    this.cache.delete(id);
    this.cache.set(id, loaded);
    for (const old of this.cache.keys()) {
      if (this.cache.size <= CACHE_SIZE) break;
      this.cache.delete(old);
    }
  }
}
