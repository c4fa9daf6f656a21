import { join } from 'node:path';
import { DEFAULT_SETTINGS, Settings, SETTINGS_VERSION, type SettingsPatch } from '../../../shared/model';
import { AppFailure } from '../appFailure';
import { openPlainStore, type CreateStore, type StoreLike } from './storeFactory';
import { dataPaths, STORE_EXT } from './paths';
import { quarantineFile } from './quarantine';
import { realFs, writeDurably, type DurableFs } from './durableWrite';
import type { DataLock } from './dataLock';
import { storageFailure } from './storageFailure';

export interface SettingsStoreOptions {
  fs?: DurableFs;
  /** Without it, or when not held, settings are kept in memory and never written. */
  lock?: DataLock;
}

/**
 * Settings live in their own store, unencrypted on purpose: whether the user accepted weak key
 * protection must be readable before any key is stored. They hold no conference content.
 * electron-store (conf under Node) opens and reads them; writes go through the same durable
 * path as the conferences (conf's atomically ignores a short write), and the store reads the
 * file again on each access, so both always agree.
 */
export class SettingsStore {
  private store: StoreLike;
  private current: Settings;
  /** Saved by a newer Chairside: used as far as understood, never overwritten. */
  private newer = false;

  constructor(
    private readonly createStore: CreateStore,
    private readonly dataDir: string,
    private readonly now: () => Date,
    private readonly options: SettingsStoreOptions = {},
  ) {
    const paths = dataPaths(dataDir);
    this.store = this.open(paths.settingsName, paths.quarantine);
    this.current = this.interpret(this.store.store, paths.quarantine);
  }

  get(): Settings {
    return structuredClone(this.current);
  }

  update(patch: SettingsPatch): Settings {
    if (this.newer) throw new AppFailure('read-only', 'These settings were saved by a newer version of Chairside, so this version cannot change them.');
    const next = Settings.parse({ ...this.current, ...stripUndefined(patch), schemaVersion: SETTINGS_VERSION });
    try {
      this.options.lock?.check();
      this.persist(next);
    } catch (err) {
      throw storageFailure(err, 'The settings change');
    }
    this.current = next;
    return this.get();
  }

  /** Kept in memory only (read-only folder, another process writing): used, never written. */
  private get writable(): boolean {
    return !this.options.lock || this.options.lock.writable;
  }

  private persist(value: Settings): void {
    writeDurably(this.store.path, JSON.stringify(value, undefined, 2), { fs: this.options.fs ?? realFs, verify: (bytes) => JSON.parse(bytes.toString('utf8')) });
  }

  private open(name: string, quarantineDir: string): StoreLike {
    try {
      return openPlainStore(this.createStore, this.dataDir, name);
    } catch (err) {
      if (!(err instanceof SyntaxError)) throw err;
      // Damaged in a folder that cannot be written: defaults for this session, the file left as it is.
      if (!this.writable) return { path: join(this.dataDir, `${name}${STORE_EXT}`), store: {} };
      quarantineFile(quarantineDir, join(this.dataDir, `${name}${STORE_EXT}`), { id: 'settings', reason: 'The settings file was damaged; defaults are in use.', what: 'settings' }, this.now());
      return openPlainStore(this.createStore, this.dataDir, name);
    }
  }

  private interpret(raw: Record<string, unknown>, quarantineDir: string): Settings {
    if (Object.keys(raw).length === 0) return structuredClone(DEFAULT_SETTINGS);
    const version = typeof raw.schemaVersion === 'number' ? raw.schemaVersion : 0;
    if (version > SETTINGS_VERSION) {
      this.newer = true;
      return validParts(raw);
    }
    const parsed = Settings.safeParse({ ...DEFAULT_SETTINGS, ...raw, schemaVersion: SETTINGS_VERSION });
    if (parsed.success) return parsed.data;
    if (!this.writable) return validParts(raw);
    // One setting this version refuses (a file name pattern from before its rules, say) must not
    // cost the others, above all the consent to weak key protection: keep what is valid, put
    // the file aside for IT, and store what is in use.
    const paths = dataPaths(this.dataDir);
    quarantineFile(quarantineDir, this.store.path, { id: 'settings', reason: 'The settings file held settings this version cannot use; those are back to their defaults, the rest are kept.', what: 'settings' }, this.now());
    this.store = openPlainStore(this.createStore, this.dataDir, paths.settingsName);
    const kept = validParts(raw);
    this.persist(kept);
    return kept;
  }
}

/** Each setting that is valid on its own, and the default for the rest. */
function validParts(raw: Record<string, unknown>): Settings {
  const known: Record<string, unknown> = {};
  for (const key of Object.keys(Settings.shape)) {
    const candidate = Settings.shape[key as keyof typeof Settings.shape].safeParse(raw[key]);
    if (candidate.success) known[key] = candidate.data;
  }
  return { ...DEFAULT_SETTINGS, ...known, schemaVersion: SETTINGS_VERSION };
}

function stripUndefined<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
