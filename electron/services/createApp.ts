import { randomUUID } from 'node:crypto';
import type { KeyProvider } from './keys/keyProvider';
import type { Delivery } from './delivery';
import type { EventSink } from './events';
import type { FamilyWindow } from './familyWindow';
import type { HandlerTable } from './handlers/types';
import { createConferenceServices, type ConferenceServicesOptions, type RepositoryAccess } from './conferenceServices';
import { createFamilyService } from './family/familyService';
import { createExportHandlers } from './export/exportHandlers';
import { createAuditChainStore } from './audit/auditChain';
import { installationSigner, type InstallationSigner } from './audit/installationKey';
import { createDispatcher, type Dispatch, type DispatchLog } from './dispatch';
import { createCollabService, type CollabService } from './collab/collabService';
import { lanAddress } from './collab/lanAddress';
import { AppFailure } from './appFailure';
import { sharedPart } from '../../shared/collab/layout';

export interface AppOptions {
  dataDir: string;
  keyProvider: KeyProvider;
  delivery: Delivery;
  familyWindow: FamilyWindow;
  events: EventSink;
  appVersion: string;
  host: 'electron' | 'browser';
  /** Electron passes electron-store's constructor; Node uses conf. */
  createStore?: ConferenceServicesOptions['createStore'];
  /** How long requestFlush waits for the renderer before giving up on it. */
  flushTimeoutMs?: number;
  log?: DispatchLog;
  /** Where the chair's app listens for a minute-taker's (issue #17); the laptop's network address by default. */
  collabListenHost?: () => string;
}

export interface App {
  dispatch: Dispatch;
  repository: RepositoryAccess;
  /**
   * Asks the chair's window to save what it has, then writes anything storage left pending.
   * Resolves when the renderer answers `flushed`, or after the timeout: a hung page must not
   * stop the app from quitting. `unsaved` says why edits in the window could not be saved.
   */
  requestFlush(): Promise<{ unsaved: string | null }>;
  /** The live session with a minute-taker's app, if any; closed on quitting. */
  collab: CollabService;
}

/**
 * The composition root: the only place that knows every service. Both transports (Electron IPC
 * and the browser host) get the same dispatch, so every test of the host exercises the services
 * the desktop app runs.
 */
export function createApp(options: AppOptions): App {
  const { handlers: conferenceHandlers, repository } = createConferenceServices({
    dataDir: options.dataDir,
    keyProvider: options.keyProvider,
    appVersion: options.appVersion,
    host: options.host,
    createStore: options.createStore,
  });
  const familyHandlers = createFamilyService({ repository, familyWindow: options.familyWindow, events: options.events });
  // Every accepted save (and change of decision) goes into the conference's audit chain; exports
  // add theirs when delivered. A chain that cannot be written is reported, never fails the save.
  const chain = createAuditChainStore(options.dataDir);
  repository.onSaved((conference) => {
    try {
      chain.recordSave(conference);
    } catch (err) {
      console.error('The audit chain could not be written', err);
    }
  });
  let signer: Promise<InstallationSigner> | undefined;
  const exportHandlers = createExportHandlers({
    audit: {
      chain,
      signer: () =>
        (signer ??= options.keyProvider
          .getDataKey()
          .then(installationSigner)
          .catch((err: unknown) => {
            signer = undefined; // ask the key store again next time
            throw err;
          })),
    },
    repository,
    delivery: options.delivery,
    appVersion: options.appVersion,
    settings: () => conferenceHandlers.getSettings({}),
    progress: (p) => options.events.chair('exportProgress', p),
  });

  const pendingFlushes = new Map<string, (unsaved: string | null) => void>();

  // Tells other windows (e.g. a minute-taker's) that a newer revision exists; the saving window
  // recognises its own revision and ignores it. In a live session main saves about every 0.75 s
  // while anyone types, and fetching the whole record again each time slows typing on both
  // laptops: a save that changed only the minutes says so (see minutesOnly in the contract).
  const withoutMinutes = new Map<string, string>();
  repository.onSaved((conference) => {
    const rest = JSON.stringify(sharedPart(conference));
    const minutesOnly = withoutMinutes.get(conference.id) === rest;
    withoutMinutes.set(conference.id, rest);
    options.events.chair('conferenceChanged', { id: conference.id, revision: conference.revision, updatedAt: conference.updatedAt, ...(minutesOnly ? { minutesOnly } : {}) });
  });

  const collab = createCollabService({ repository, events: options.events, appVersion: options.appVersion, listenHost: options.collabListenHost ?? (() => lanAddress()) });

  function chairOnly<I, O>(what: string, handler: (input: I) => Promise<O>): (input: I) => Promise<O> {
    return (input) => {
      if (collab.isMinuteTaker()) return Promise.reject(new AppFailure('forbidden', `${what} stay${what.endsWith('s') ? '' : 's'} with the chair while this laptop is the minute-taker\u2019s in a session.`));
      return handler(input);
    };
  }

  const table: HandlerTable = {
    ...conferenceHandlers,
    ...familyHandlers,
    ...exportHandlers,
    ...collab.handlers,
    // The family screen and exports stay with the chair: the minute-taker's laptop refuses them
    // in main as well as not offering them.
    openFamilyView: chairOnly('The family screen', familyHandlers.openFamilyView),
    exportDocument: chairOnly('Exports', exportHandlers.exportDocument),
    exportArchive: chairOnly('Exports', exportHandlers.exportArchive),
    // While a minute-taker's app works on this conference, a window's save merges with theirs.
    saveConference: (input) => collab.saveThrough(input.conference, input.baseRevision) ?? conferenceHandlers.saveConference(input),
    flushed: async ({ requestId, unsaved }) => {
      pendingFlushes.get(requestId)?.(unsaved ?? null);
      return {};
    },
  };

  async function requestFlush(): Promise<{ unsaved: string | null }> {
    const requestId = randomUUID();
    const answered = new Promise<string | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), options.flushTimeoutMs ?? 3_000);
      pendingFlushes.set(requestId, (unsaved) => {
        clearTimeout(timer);
        resolve(unsaved);
      });
    });
    options.events.chair('flushRequest', { requestId });
    let unsaved: string | null;
    try {
      unsaved = await answered;
    } finally {
      pendingFlushes.delete(requestId);
    }
    await repository.flush();
    return { unsaved };
  }

  return { dispatch: createDispatcher(table, options.log), repository, requestFlush, collab };
}

