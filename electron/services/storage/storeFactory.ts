import Conf from 'conf';

/**
 * The part of a conf / electron-store instance that storage uses. electron-store extends conf,
 * so the Electron shell passes `(o) => new ElectronStore(o)` and Node code uses conf directly:
 * one code path, two constructors.
 */
export interface StoreLike {
  readonly path: string;
  store: Record<string, unknown>;
}

export interface StoreOptions {
  cwd: string;
  /** conf's file name option. */
  configName: string;
  /** electron-store overwrites configName with `name` (default 'config'), so both are passed. */
  name: string;
  fileExtension: 'json';
  encryptionKey?: Uint8Array;
  encryptionAlgorithm?: 'aes-256-gcm';
  /** Never true: conf would silently replace an unreadable file with an empty one. */
  clearInvalidConfig: false;
  accessPropertiesByDotNotation: false;
  watch: false;
  configFileMode: number;
  serialize: (value: Record<string, unknown>) => string;
}

export type CreateStore = (options: StoreOptions) => StoreLike;

export const createConfStore: CreateStore = (options) => new Conf<Record<string, unknown>>(options) as unknown as StoreLike;

/** Owner-only: the data folder may sit in a shared profile. */
const FILE_MODE = 0o600;

/**
 * An encrypted store. conf's aes-256-gcm was checked (tests/unit/electron/services/storage/
 * encryption.test.ts): any flipped or missing byte makes decryption throw rather than return
 * garbage, so its authenticated encryption is used as is.
 */
export function openEncryptedStore(createStore: CreateStore, dir: string, name: string, key: Uint8Array): StoreLike {
  return createStore({
    ...baseOptions(dir, name),
    encryptionKey: key,
    encryptionAlgorithm: 'aes-256-gcm',
  });
}

/** Unencrypted: only for settings, which must be readable before any key exists (the consent flag). */
export function openPlainStore(createStore: CreateStore, dir: string, name: string): StoreLike {
  return createStore({ ...baseOptions(dir, name), serialize: (v) => JSON.stringify(v, undefined, 2) });
}

function baseOptions(dir: string, name: string): StoreOptions {
  return {
    cwd: dir,
    configName: name,
    name,
    fileExtension: 'json',
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
    watch: false,
    configFileMode: FILE_MODE,
    // No indentation: smaller files, faster saves.
    serialize: (v) => JSON.stringify(v),
  };
}

/** conf's messages when authentication or decryption fails, as opposed to a JSON or I/O error. */
export function isDecryptionFailure(err: unknown): boolean {
  const message = err instanceof Error ? err.message : '';
  return message === 'Failed to decrypt config data.' || message === 'Invalid authentication tag length.';
}
