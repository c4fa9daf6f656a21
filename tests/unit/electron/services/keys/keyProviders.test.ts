import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SafeStorageKeyProvider, type SafeStorageLike } from '../../../../../electron/services/keys/safeStorageKeyProvider';
import { BrowserHostKeyProvider, TestKeyProvider, TEST_KEY_FILE } from '../../../../../electron/services/keys/testKeyProvider';
import { createConferenceServices } from '../../../../../electron/services/conferenceServices';
import { freshDataDir, removeDataDir } from '../../../../fixtures/dataFolder';

let dir: string;
beforeEach(() => {
  dir = freshDataDir();
});
afterEach(() => removeDataDir(dir));

/** Stands in for Electron's safeStorage: reversible, but visibly not the plain key. */
function fakeSafeStorage(backend: string | undefined, available = true): SafeStorageLike & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    isEncryptionAvailable: () => available,
    ...(backend === undefined ? {} : { getSelectedStorageBackend: () => backend }),
    encryptString(s) {
      calls.push('encrypt');
      return Buffer.from(`wrapped:${Buffer.from(s).reverse().toString('base64')}`);
    },
    decryptString(b) {
      calls.push('decrypt');
      const text = b.toString();
      if (!text.startsWith('wrapped:')) throw new Error('not ours');
      return Buffer.from(text.slice(8), 'base64').reverse().toString();
    },
  };
}

describe('SafeStorageKeyProvider', () => {
  it('makes a random 32-byte key, stores it wrapped, and reads the same key back', async () => {
    const path = join(dir, 'data-key.json');
    const safe = fakeSafeStorage('gnome_libsecret');
    const provider = new SafeStorageKeyProvider(safe, path);
    expect(provider.protection).toBe('os');
    const key = await provider.getDataKey();
    expect(key).toHaveLength(32);
    const stored = readFileSync(path, 'utf8');
    expect(stored).not.toContain(Buffer.from(key).toString('base64'));
    expect(stored).not.toContain(Buffer.from(key).toString('hex'));
    const again = await new SafeStorageKeyProvider(fakeSafeStorage('gnome_libsecret'), path).getDataKey();
    expect(Buffer.from(again)).toEqual(Buffer.from(key));
    expect(Buffer.from(await new SafeStorageKeyProvider(fakeSafeStorage('kwallet5'), join(dir, 'other.json')).getDataKey())).not.toEqual(Buffer.from(key));
  });

  it('reports weak protection for basic_text or no encryption at all', () => {
    expect(new SafeStorageKeyProvider(fakeSafeStorage('basic_text'), join(dir, 'k')).protection).toBe('weak');
    expect(new SafeStorageKeyProvider(fakeSafeStorage(undefined, false), join(dir, 'k')).protection).toBe('weak');
    expect(new SafeStorageKeyProvider(fakeSafeStorage(undefined, true), join(dir, 'k')).protection).toBe('os'); // macOS, Windows
  });

  it('never replaces a key it cannot unwrap', async () => {
    const path = join(dir, 'data-key.json');
    await new SafeStorageKeyProvider(fakeSafeStorage('kwallet5'), path).getDataKey();
    const before = readFileSync(path);
    const broken = { ...fakeSafeStorage('kwallet5'), decryptString: () => { throw new Error('keychain locked'); } };
    await expect(new SafeStorageKeyProvider(broken, path).getDataKey()).rejects.toMatchObject({ code: 'storage' });
    expect(readFileSync(path)).toEqual(before);
  });

  it('stores nothing under weak protection until the user accepts it, then works', async () => {
    const provider = new SafeStorageKeyProvider(fakeSafeStorage('basic_text'), join(dir, 'data-key.json'));
    const { handlers } = createConferenceServices({ dataDir: dir, keyProvider: provider, appVersion: '1.2.3', host: 'electron' });
    expect(await handlers.appInfo({})).toEqual({ version: '1.2.3', host: 'electron', keyProtection: 'weak', needsConsent: true });
    await expect(handlers.createConference({ details: { kind: 'initial', date: '2026-01-10' } })).rejects.toMatchObject({ code: 'needs-consent', message: expect.stringMatching(/weaker protection/) });
    await expect(handlers.listConferences({})).rejects.toMatchObject({ code: 'needs-consent' });
    expect(existsSync(join(dir, 'data-key.json'))).toBe(false);
    expect(existsSync(join(dir, 'conferences'))).toBe(false);

    expect((await handlers.acceptWeakKeyProtection({})).needsConsent).toBe(false);
    const c = await handlers.createConference({ details: { kind: 'initial', date: '2026-01-10' } });
    expect((await handlers.listConferences({})).conferences.map((s) => s.id)).toEqual([c.id]);
    // The consent is remembered across restarts.
    const later = createConferenceServices({ dataDir: dir, keyProvider: new SafeStorageKeyProvider(fakeSafeStorage('basic_text'), join(dir, 'data-key.json')), appVersion: '1.2.3', host: 'electron' });
    expect((await later.handlers.appInfo({})).needsConsent).toBe(false);
    expect((await later.handlers.openConference({ id: c.id })).conference.id).toBe(c.id);
  });
});

describe('the protection shown is how the key is kept', () => {
  it('a key stored bare without a keychain is wrapped as soon as one is available, and only then called protected', async () => {
    const path = join(dir, 'data-key.json');
    const first = new SafeStorageKeyProvider(fakeSafeStorage(undefined, false), path);
    expect(first.protection).toBe('weak');
    const key = Buffer.from(await first.getDataKey());
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ wrapping: 'none', key: key.toString('base64') });

    // The next start has a keychain: the key is wrapped before anything else, the same key.
    const safe = fakeSafeStorage('gnome_libsecret');
    const later = new SafeStorageKeyProvider(safe, path);
    const stored = readFileSync(path, 'utf8');
    expect(JSON.parse(stored)).toMatchObject({ wrapping: 'safeStorage', backend: 'gnome_libsecret' });
    expect(stored).not.toContain(key.toString('base64'));
    expect(later.protection).toBe('os');
    expect(Buffer.from(await later.getDataKey())).toEqual(key);
    expect(Buffer.from(await new SafeStorageKeyProvider(fakeSafeStorage('gnome_libsecret'), path).getDataKey())).toEqual(key);
  });

  it('a bare key stays "weak" while the keychain can only offer basic_text, and when wrapping it fails', async () => {
    const path = join(dir, 'data-key.json');
    await new SafeStorageKeyProvider(fakeSafeStorage(undefined, false), path).getDataKey();
    expect(new SafeStorageKeyProvider(fakeSafeStorage('basic_text'), path).protection).toBe('weak');
    const failing = { ...fakeSafeStorage('kwallet5'), encryptString: (): Buffer => { throw new Error('keychain locked'); } };
    const provider = new SafeStorageKeyProvider(failing, path);
    expect(provider.protection).toBe('weak');
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ wrapping: 'none' });
    expect(await provider.getDataKey()).toHaveLength(32);
  });

  it('the browser host asks before it keeps a plain key, and says it is not protected', async () => {
    const { handlers } = createConferenceServices({ dataDir: dir, keyProvider: new BrowserHostKeyProvider(dir), appVersion: '1.2.3', host: 'browser' });
    expect(await handlers.appInfo({})).toMatchObject({ keyProtection: 'none', needsConsent: true });
    await expect(handlers.createConference({ details: { kind: 'initial', date: '2026-01-10' } })).rejects.toMatchObject({ code: 'needs-consent' });
    await expect(handlers.listConferences({})).rejects.toMatchObject({ code: 'needs-consent' });
    expect(existsSync(join(dir, TEST_KEY_FILE))).toBe(false);
    expect(await handlers.acceptWeakKeyProtection({})).toMatchObject({ keyProtection: 'none', needsConsent: false });
    await handlers.createConference({ details: { kind: 'initial', date: '2026-01-10' } });
    expect(existsSync(join(dir, TEST_KEY_FILE))).toBe(true);
  });
});

describe('TestKeyProvider', () => {
  it('keeps one random key in the data folder and says it is a test key', async () => {
    const provider = new TestKeyProvider(dir);
    expect(provider.protection).toBe('test');
    const key = await provider.getDataKey();
    expect(key).toHaveLength(32);
    expect(Buffer.from(await new TestKeyProvider(dir).getDataKey())).toEqual(Buffer.from(key));
    expect(Buffer.from(await new TestKeyProvider(freshDataDir()).getDataKey())).not.toEqual(Buffer.from(key));
  });

  it('refuses a damaged key file rather than making a new key', async () => {
    writeFileSync(join(dir, TEST_KEY_FILE), '{"key":"c2hvcnQ="}');
    await expect(new TestKeyProvider(dir).getDataKey()).rejects.toThrow(/damaged/);
    expect(readFileSync(join(dir, TEST_KEY_FILE), 'utf8')).toBe('{"key":"c2hvcnQ="}');
  });
});
