import { mkdirSync } from 'node:fs';
import type { Conference } from '../../shared/model';
import type { KeyProvider } from './keys/keyProvider';
import type { ConferenceReader } from './repository';
import { AppFailure } from './appFailure';
import type { HandlerTable } from './handlers/types';
import type { ServiceContext } from './handlers/serviceContext';
import { createAppHandlers } from './handlers/appHandlers';
import { createSettingsHandlers } from './handlers/settingsHandlers';
import { createConferenceHandlers } from './handlers/conferenceHandlers';
import { ConferenceRepository } from './storage/conferenceRepository';
import { SettingsStore } from './storage/settingsStore';
import { createConfStore, type CreateStore } from './storage/storeFactory';
import { acquireDataLock, type DataLock } from './storage/dataLock';
import { StorageFault, type DurableFs } from './storage/durableWrite';
import { storageFailure } from './storage/storageFailure';

export interface ConferenceServicesOptions {
  dataDir: string;
  keyProvider: KeyProvider;
  appVersion: string;
  host: 'electron' | 'browser';
  /** Electron passes `(o) => new ElectronStore(o)`; Node defaults to conf. */
  createStore?: CreateStore;
  now?: () => Date;
  /** How long a save may leave the list's index unwritten; see ConferenceIndex. */
  indexDelayMs?: number;
  /** The write path's file system; tests inject faults (a full disk, EIO) here. */
  fs?: DurableFs;
  /**
   * The data folder's lock. By default the services take it; a second process on the same
   * folder gets it not held and opens read-only. The Electron shell may take it earlier.
   */
  lock?: DataLock;
  /** Failures the app survives (an index write in its timer): recorded, never thrown. */
  onFault?: (err: unknown) => void;
}

export type ConferenceServiceHandlers = Pick<
  HandlerTable,
  'appInfo' | 'acceptWeakKeyProtection' | 'getSettings' | 'updateSettings' | 'listConferences' | 'createConference' | 'openConference' | 'saveConference' | 'deleteConference'
>;

/** What other services (family screen, export) use; the same repository the handlers use. */
export interface RepositoryAccess extends ConferenceReader {
  /** A save as the chair's window makes it: refused as stale unless based on the stored revision. */
  save(conference: Conference, baseRevision: number): Promise<{ revision: number; updatedAt: string }>;
  /** Store a record shared by the chair's app in a live session (the minute-taker's side). */
  adoptShared(conference: Conference): Promise<{ revision: number; updatedAt: string }>;
  /** The minute-taker's side: the record as it stood when this laptop left a session (ConferenceRepository.rememberSessionBase). */
  rememberSessionBase(conference: Conference): Promise<void>;
  sessionBase(id: string): Promise<Conference | null>;
  forgetSessionBase(id: string): Promise<void>;
  /** Writes anything a save left pending (the list's index). Call before quitting. */
  flush(): Promise<void>;
  /** Flushes and lets go of the data folder's lock, so another process may write. */
  close(): Promise<void>;
}

export function createConferenceServices(options: ConferenceServicesOptions): { handlers: ConferenceServiceHandlers; repository: RepositoryAccess } {
  try {
    mkdirSync(options.dataDir, { recursive: true });
  } catch {
    // A read-only folder that exists is opened read-only below; one that does not exist fails there.
  }
  const now = options.now ?? (() => new Date());
  const createStore = options.createStore ?? createConfStore;
  const lock = options.lock ?? acquireDataLock(options.dataDir, { now });
  const settings = new SettingsStore(createStore, options.dataDir, now, { fs: options.fs, lock });
  const savedListeners = new Set<(c: Conference) => void>();
  let opened: Promise<ConferenceRepository> | undefined;

  // A plain key (the browser host) is asked for exactly as a weak keychain is: before anything is stored.
  const needsConsent = () => (options.keyProvider.protection === 'weak' || options.keyProvider.protection === 'none') && !settings.get().weakKeyProtectionAccepted;

  const ctx: ServiceContext = {
    appVersion: options.appVersion,
    host: options.host,
    keyProvider: options.keyProvider,
    settings,
    readOnlyReason: () => lock.reason,
    needsConsent,
    repository() {
      if (needsConsent()) {
        throw new AppFailure('needs-consent', 'This computer cannot fully protect the key that locks your conference files. Chairside will not store anything until you agree to continue with weaker protection.');
      }
      opened ??= openRepository().catch((err: unknown) => {
        opened = undefined; // let a later call try again (e.g. after the keychain unlocks)
        throw err;
      });
      return opened;
    },
  };

  async function openRepository(): Promise<ConferenceRepository> {
    let key: Uint8Array;
    try {
      key = await options.keyProvider.getDataKey();
    } catch (err) {
      // A first start in a folder that cannot be written has no key and cannot make one.
      if (err instanceof StorageFault && !lock.writable) throw new AppFailure('read-only', `${lock.reason ?? ''} Nothing has been stored in it yet.`.trim());
      throw storageFailure(err, 'The data key');
    }
    const repo = new ConferenceRepository({ dataDir: options.dataDir, key, now, indexDelayMs: options.indexDelayMs, fs: options.fs, lock, onFault: options.onFault ?? reportFault });
    repo.onSaved((c) => savedListeners.forEach((listener) => listener(c)));
    return repo;
  }

  const repository: RepositoryAccess = {
    load: async (id) => (await ctx.repository()).load(id),
    save: async (conference, baseRevision) => (await ctx.repository()).save(conference, baseRevision),
    adoptShared: async (conference) => (await ctx.repository()).adoptShared(conference),
    rememberSessionBase: async (conference) => (await ctx.repository()).rememberSessionBase(conference),
    sessionBase: async (id) => (await ctx.repository()).sessionBase(id),
    forgetSessionBase: async (id) => (await ctx.repository()).forgetSessionBase(id),
    appendAudit: async (id, entry) => (await ctx.repository()).appendAudit(id, entry),
    onSaved(listener) {
      savedListeners.add(listener);
      return () => savedListeners.delete(listener);
    },
    async flush() {
      if (opened) (await opened).flush();
    },
    async close() {
      if (opened) await opened.then((r) => r.flush(), () => undefined);
      lock.release();
    },
  };

  const handlers: ConferenceServiceHandlers = {
    ...createAppHandlers(ctx),
    ...createSettingsHandlers(ctx),
    ...createConferenceHandlers(ctx),
  };
  return { handlers, repository };
}

/** The default record of a failure the app survives: stderr (the host's terminal, Electron's log). No conference content is in it. */
function reportFault(err: unknown): void {
  console.error(`Chairside storage: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`);
}
