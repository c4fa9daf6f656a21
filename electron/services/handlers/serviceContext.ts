import type { KeyProvider } from '../keys/keyProvider';
import type { SettingsStore } from '../storage/settingsStore';
import type { ConferenceRepository } from '../storage/conferenceRepository';

/**
 * What the handlers are given by conferenceServices.ts, which makes them. It lives beside the
 * handlers, not in the module that makes them, so the handlers import nothing that imports them
 * (tests/unit/importGraph.test.ts finds any loop, type imports included).
 */
export interface ServiceContext {
  appVersion: string;
  host: 'electron' | 'browser';
  keyProvider: KeyProvider;
  settings: SettingsStore;
  /** Why nothing can be saved in this data folder (read-only, another process has it), or undefined. */
  readOnlyReason(): string | undefined;
  needsConsent(): boolean;
  /** The repository, once the key is available and (if protection is weak) consent given. */
  repository(): Promise<ConferenceRepository>;
}
