import { existsSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { KeyProvider } from './keyProvider';
import { writeFileAtomic } from '../storage/atomicWrite';
import { AppFailure } from '../appFailure';

/** The parts of Electron's safeStorage this needs; passed in so this file never imports 'electron'. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  /** Linux only: 'basic_text' means a hard-coded password, i.e. no real protection. */
  getSelectedStorageBackend?(): string;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

interface KeyFile {
  version: 1;
  /** 'safeStorage': wrapped by the OS; 'none': stored as is because the OS offered nothing. */
  wrapping: 'safeStorage' | 'none';
  backend?: string;
  key: string; // base64 of the wrapped (or bare) key
}

/**
 * The Electron data key: 32 random bytes, wrapped by the OS keychain through safeStorage and
 * kept in a file. When the OS offers only a weak fallback, protection is 'weak' and the services
 * refuse to store anything until the user has accepted that (settings.weakKeyProtectionAccepted).
 *
 * `protection` says how the key on disk IS kept, not what the OS could do now: a key stored bare
 * (first run without a keychain) or under basic_text is 'weak' until it has been wrapped again.
 * That happens on the first start at which a real keychain is available, before anything else.
 */
export class SafeStorageKeyProvider implements KeyProvider {
  private key: Uint8Array | undefined;
  private stored: Pick<KeyFile, 'wrapping' | 'backend'> | undefined;

  constructor(
    private readonly safeStorage: SafeStorageLike,
    private readonly keyFilePath: string,
  ) {
    this.stored = this.peek();
    if (this.stored && !isStrong(this.stored) && this.keychainIsStrong()) {
      try {
        this.key = this.readKey();
        this.writeKey(this.key);
      } catch {
        // Still readable as it was; protection stays 'weak' (the truth) and we try next start.
        this.key = undefined;
        this.stored = this.peek();
      }
    }
  }

  get protection(): 'os' | 'weak' {
    if (this.stored) return isStrong(this.stored) ? 'os' : 'weak';
    return this.keychainIsStrong() ? 'os' : 'weak';
  }

  async getDataKey(): Promise<Uint8Array> {
    this.key ??= existsSync(this.keyFilePath) ? this.readKey() : this.createKey();
    return this.key;
  }

  private keychainIsStrong(): boolean {
    return this.safeStorage.isEncryptionAvailable() && this.safeStorage.getSelectedStorageBackend?.() !== 'basic_text';
  }

  /** How the stored key is kept, without unwrapping it; undefined when there is none (or it is unreadable). */
  private peek(): Pick<KeyFile, 'wrapping' | 'backend'> | undefined {
    try {
      const file = JSON.parse(readFileSync(this.keyFilePath, 'utf8')) as Partial<KeyFile>;
      if (file.wrapping !== 'none' && file.wrapping !== 'safeStorage') return undefined;
      return { wrapping: file.wrapping, backend: file.backend };
    } catch {
      return undefined;
    }
  }

  private readKey(): Uint8Array {
    let file: Partial<KeyFile>;
    try {
      file = JSON.parse(readFileSync(this.keyFilePath, 'utf8')) as Partial<KeyFile>;
    } catch {
      throw unreadable();
    }
    if (typeof file.key !== 'string') throw unreadable();
    let key: Buffer;
    if (file.wrapping === 'none') {
      key = Buffer.from(file.key, 'base64');
    } else {
      if (!this.safeStorage.isEncryptionAvailable()) throw unreadable();
      try {
        key = Buffer.from(this.safeStorage.decryptString(Buffer.from(file.key, 'base64')), 'base64');
      } catch {
        throw unreadable();
      }
    }
    if (key.length !== 32) throw unreadable();
    return key;
  }

  private createKey(): Uint8Array {
    const key = randomBytes(32);
    this.writeKey(key);
    return key;
  }

  /** Wrapped when the OS can; the file is replaced whole and read back (writeFileAtomic). */
  private writeKey(key: Uint8Array): void {
    const encoded = Buffer.from(key).toString('base64');
    const available = this.safeStorage.isEncryptionAvailable();
    const file: KeyFile = available
      ? { version: 1, wrapping: 'safeStorage', backend: this.safeStorage.getSelectedStorageBackend?.(), key: this.safeStorage.encryptString(encoded).toString('base64') }
      : { version: 1, wrapping: 'none', key: encoded };
    writeFileAtomic(this.keyFilePath, JSON.stringify(file));
    this.stored = { wrapping: file.wrapping, backend: file.backend };
  }
}

const isStrong = (stored: Pick<KeyFile, 'wrapping' | 'backend'>) => stored.wrapping === 'safeStorage' && stored.backend !== 'basic_text';

// Never make a new key here: the old one is the only way to read the stored conferences.
const unreadable = () =>
  new AppFailure('storage', 'Chairside could not unlock its data key with this computer’s keychain. Your conferences have not been changed; sign in as the same user on the same computer and try again.');
