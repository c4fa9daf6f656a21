import Conf from 'conf';
import { storeCipher, StoreDecryptionError } from './storeCipher';

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
  /** Never true: conf would silently replace an unreadable file with an empty one. */
  clearInvalidConfig: false;
  accessPropertiesByDotNotation: false;
  watch: false;
  configFileMode: number;
  serialize: (value: Record<string, unknown>) => string;
  deserialize?: (text: string) => Record<string, unknown>;
}

export type CreateStore = (options: StoreOptions) => StoreLike;

export const createConfStore: CreateStore = (options) => new Conf<Record<string, unknown>>(options) as unknown as StoreLike;

/** Owner-only: the data folder may sit in a shared profile. */
const FILE_MODE = 0o600;

/**
 * An encrypted store: conf does the atomic file handling, storeCipher the authenticated
 * encryption (see there for why not conf's own encryptionKey option). `name` is both the file
 * name and the authenticated data, so a file only opens under the name it was written with.
 */
export function openEncryptedStore(createStore: CreateStore, dir: string, name: string, key: Uint8Array): StoreLike {
  const cipher = storeCipher(key, name);
  return createStore({ ...baseOptions(dir, name), serialize: cipher.serialize, deserialize: cipher.deserialize });
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

/** Authentication or decryption failed, as opposed to a JSON or I/O error. */
export function isDecryptionFailure(err: unknown): boolean {
  return err instanceof StoreDecryptionError;
}
