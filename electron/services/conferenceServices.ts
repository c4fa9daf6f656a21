import { mkdirSync } from 'node:fs';
import type { Conference } from '../../shared/model';
import type { KeyProvider } from './keys/keyProvider';
import type { ConferenceReader } from './repository';
import { AppFailure, type HandlerTable } from './handlers/types';
import { createAppHandlers } from './handlers/appHandlers';
import { createSettingsHandlers } from './handlers/settingsHandlers';
import { createConferenceHandlers } from './handlers/conferenceHandlers';
import { ConferenceRepository } from './storage/conferenceRepository';
import { SettingsStore } from './storage/settingsStore';
import { createConfStore, type CreateStore } from './storage/storeFactory';

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
}

export interface ServiceContext {
  appVersion: string;
  host: 'electron' | 'browser';
  keyProvider: KeyProvider;
  settings: SettingsStore;
  needsConsent(): boolean;
  /** The repository, once the key is available and (if protection is weak) consent given. */
  repository(): Promise<ConferenceRepository>;
}

export type ConferenceServiceHandlers = Pick<
  HandlerTable,
  'appInfo' | 'acceptWeakKeyProtection' | 'getSettings' | 'updateSettings' | 'listConferences' | 'createConference' | 'openConference' | 'saveConference' | 'deleteConference'
>;

/** What other services (family screen, export) use; the same repository the handlers use. */
export interface RepositoryAccess extends ConferenceReader {
  /** Writes anything a save left pending (the list's index). Call before quitting. */
  flush(): Promise<void>;
}

export function createConferenceServices(options: ConferenceServicesOptions): { handlers: ConferenceServiceHandlers; repository: RepositoryAccess } {
  mkdirSync(options.dataDir, { recursive: true });
  const now = options.now ?? (() => new Date());
  const createStore = options.createStore ?? createConfStore;
  const settings = new SettingsStore(createStore, options.dataDir, now);
  const savedListeners = new Set<(c: Conference) => void>();
  let opened: Promise<ConferenceRepository> | undefined;

  const needsConsent = () => options.keyProvider.protection === 'weak' && !settings.get().weakKeyProtectionAccepted;

  const ctx: ServiceContext = {
    appVersion: options.appVersion,
    host: options.host,
    keyProvider: options.keyProvider,
    settings,
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
    const key = await options.keyProvider.getDataKey();
    const repo = new ConferenceRepository({ dataDir: options.dataDir, key, createStore, now, indexDelayMs: options.indexDelayMs });
    repo.onSaved((c) => savedListeners.forEach((listener) => listener(c)));
    return repo;
  }

  const repository: RepositoryAccess = {
    load: async (id) => (await ctx.repository()).load(id),
    appendAudit: async (id, entry) => (await ctx.repository()).appendAudit(id, entry),
    onSaved(listener) {
      savedListeners.add(listener);
      return () => savedListeners.delete(listener);
    },
    async flush() {
      if (opened) (await opened).flush();
    },
  };

  const handlers: ConferenceServiceHandlers = {
    ...createAppHandlers(ctx),
    ...createSettingsHandlers(ctx),
    ...createConferenceHandlers(ctx),
  };
  return { handlers, repository };
}
