import { existsSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { KeyProvider } from './keyProvider';
import { writeFileAtomic } from '../storage/atomicWrite';

export const TEST_KEY_FILE = 'test-data-key.json';

/**
 * For the browser host and tests only: a random data key kept, unprotected, in a file in the
 * data folder. It says so ('test') in appInfo. The Electron app uses SafeStorageKeyProvider.
 */
export class TestKeyProvider implements KeyProvider {
  readonly protection: 'test' | 'none' = 'test';
  private readonly path: string;
  private key: Uint8Array | undefined;

  constructor(dataDir: string) {
    this.path = join(dataDir, TEST_KEY_FILE);
  }

  async getDataKey(): Promise<Uint8Array> {
    if (this.key) return this.key;
    if (existsSync(this.path)) {
      const parsed = JSON.parse(readFileSync(this.path, 'utf8')) as { purpose?: unknown; key?: unknown };
      const key = typeof parsed.key === 'string' ? Buffer.from(parsed.key, 'base64') : Buffer.alloc(0);
      // Never replace an existing key that cannot be read: that would orphan every stored file.
      if (key.length !== 32) throw new Error(`The test key file ${this.path} is damaged.`);
      this.key = key;
    } else {
      const key = randomBytes(32);
      writeFileAtomic(this.path, JSON.stringify({ purpose: 'browser host and tests only; not protected', key: key.toString('base64') }));
      this.key = key;
    }
    return this.key;
  }
}

/**
 * The browser host's key: the same plain file, but said to be what it is ('none'), so the chair
 * is asked before it is written and a banner stays up while the app runs.
 */
export class BrowserHostKeyProvider extends TestKeyProvider {
  override readonly protection = 'none' as const;
}
