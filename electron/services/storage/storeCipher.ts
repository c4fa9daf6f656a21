import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const PREFIX = 'chairside-aes-256-gcm-1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Thrown when a store cannot be authenticated: damaged, truncated, or a different key or file. */
export class StoreDecryptionError extends Error {
  constructor() {
    super('The store could not be decrypted and authenticated.');
    this.name = 'StoreDecryptionError';
  }
}

/**
 * AES-256-GCM for conf's serialize/deserialize. conf's own aes-256-gcm does authenticate (a
 * flipped byte fails), but it runs PBKDF2 (10,000 rounds of SHA-512, ~4 ms) on every read and
 * write of a key that is already 256 random bits, reads and decrypts the file again inside every
 * write, and binds a ciphertext to nothing: one conference's file copied over another's (or
 * over the index) would decrypt. Here the key is used directly, the IV is GCM's 12 bytes, and
 * the store's name is authenticated data, so a file only opens as the store it was written for.
 */
export function storeCipher(key: Uint8Array, storeName: string) {
  if (key.length !== 32) throw new Error('The data key must be 32 bytes.');
  const aad = Buffer.from(`chairside store:${storeName}`, 'utf8');
  return {
    serialize(value: unknown): string {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(aad);
      const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
      // Text, because conf reads an unencrypted store as UTF-8.
      return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    deserialize(text: string): Record<string, unknown> {
      if (!text.startsWith(PREFIX)) throw new StoreDecryptionError();
      const encoded = text.slice(PREFIX.length);
      const bytes = Buffer.from(encoded, 'base64');
      // Node's base64 decoder skips characters it does not know; any such change counts as damage.
      if (bytes.length < IV_BYTES + TAG_BYTES || bytes.toString('base64') !== encoded) throw new StoreDecryptionError();
      let plain: string;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
        decipher.setAAD(aad);
        decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
        plain = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        throw new StoreDecryptionError();
      }
      return JSON.parse(plain) as Record<string, unknown>;
    },
  };
}
