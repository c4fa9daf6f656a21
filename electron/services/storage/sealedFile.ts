import { storeCipher } from './storeCipher';
import { realFs, writeDurably, type DurableFs } from './durableWrite';

/**
 * An encrypted store file (a conference or the index), read and written without conf: the same
 * format conf wrote through storeCipher, so existing files open unchanged, but every write goes
 * through writeDurably and is decrypted again before it replaces the previous version.
 */
export class SealedFile {
  private readonly cipher;

  constructor(
    readonly path: string,
    name: string,
    key: Uint8Array,
    private readonly fs: DurableFs = realFs,
  ) {
    this.cipher = storeCipher(key, name);
  }

  /**
   * The stored object, or undefined when there is no file. Throws StoreDecryptionError when it
   * cannot be authenticated, SyntaxError when it decrypts to something that is not JSON, and
   * the I/O error itself otherwise (not the file's fault, so never a reason to quarantine it).
   */
  read(): Record<string, unknown> | undefined {
    let text: string;
    try {
      text = this.fs.readFileSync(this.path).toString('utf8');
    } catch (err) {
      if ((err as { code?: unknown }).code === 'ENOENT') return undefined;
      throw err;
    }
    return this.cipher.deserialize(text);
  }

  /** Throws StorageFault; the previous version stays readable whatever fails. */
  write(value: Record<string, unknown>): void {
    writeDurably(this.path, this.cipher.serialize(value), {
      fs: this.fs,
      verify: (bytes) => void this.cipher.deserialize(bytes.toString('utf8')),
    });
  }
}
