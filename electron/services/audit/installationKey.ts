import { createHash, createPrivateKey, createPublicKey, hkdfSync, sign, verify, type KeyObject } from 'node:crypto';

// The installation's signing key (Ed25519), derived from the data key, which the operating
// system's keychain protects: no second secret to store or lose. Whoever holds the data key can
// sign as this installation; anyone can check a signature with the public key.

// PKCS#8 wrapping of a raw 32-byte Ed25519 seed (RFC 8410).
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export interface InstallationSigner {
  /** The public key, DER (SPKI), base64. */
  publicKey: string;
  /** SHA-256 of the public key, as 16 groups of 4 hex digits: to compare by eye or read aloud. */
  fingerprint: string;
  sign(data: Uint8Array): string;
}

export function keyFingerprint(publicKeyBase64: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex');
  return hex.match(/.{4}/g)!.join(' ');
}

export function installationSigner(dataKey: Uint8Array): InstallationSigner {
  const seed = Buffer.from(hkdfSync('sha256', dataKey, Buffer.from('chairside'), Buffer.from('installation signing key v1'), 32));
  const privateKey: KeyObject = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  const publicKey = createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).toString('base64');
  return { publicKey, fingerprint: keyFingerprint(publicKey), sign: (data) => sign(null, data, privateKey).toString('base64') };
}

/** Whether `signature` (base64) is `publicKey`'s (base64 SPKI) over `data`. False for anything malformed. */
export function signatureValid(publicKey: string, data: Uint8Array, signature: string): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
    if (key.asymmetricKeyType !== 'ed25519') return false;
    return verify(null, data, key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
