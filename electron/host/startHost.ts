import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { BrowserHostKeyProvider } from '../services/keys/testKeyProvider';
import { createApp, type App } from '../services/createApp';
import { createDownloadDelivery } from '../services/export/downloadDelivery';
import type { EventSink } from '../services/events';
import { CHAIR_EVENT_CHANNELS, FAMILY_EVENT_CHANNELS } from '../../shared/ipc';
import { EventHub } from './eventHub';
import { HostFamilyWindow } from './hostFamilyWindow';
import { createFamilyServer } from './familyServer';
import { createHostServer, SECRET_HEADER } from './hostServer';
import { newSecret } from './requestGuards';
import { LaunchCodes } from './launchCodes';

export interface HostOptions {
  dataDir: string;
  staticDir: string;
  appVersion: string;
  /** 0 picks a free port. */
  port?: number;
  /** The family screen's own port (its own origin); 0 picks a free one. */
  familyPort?: number;
  /** Only for restarting a host in tests with the same address; never from the command line. */
  secrets?: { chair: string; family: string };
  bodyLimitBytes?: number;
  /**
   * Where the chair's app listens for a minute-taker's app (issue #17). Loopback by default: the
   * browser host is for development and tests; `--collab-lan` on the command line opens the
   * laptop's network address instead.
   */
  collabListenHost?: string;
}

export interface RunningHost {
  port: number;
  origin: string;
  familyPort: number;
  familyOrigin: string;
  /** The chair's address: a one-time code in the fragment, traded for the secret by the page. */
  url: string;
  /** Another one-time address for the chair's page (a second browser, a test's second page). */
  chairUrl(): string;
  familyUrl: string;
  secrets: { chair: string; family: string };
  app: App;
  /** Asks an open chair page to save first (if one is connected), then stops. */
  stop(): Promise<void>;
  close(): Promise<void>;
}

/** Starts the browser host on 127.0.0.1: the real services, a plain key kept only with consent, a fresh secret. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const secrets = options.secrets ?? { chair: newSecret(), family: newSecret() };
  const launchCodes = new LaunchCodes();
  const chairEvents = new EventHub(false);
  const familyEvents = new EventHub(true);
  let port = 0;
  let familyPort = 0;
  const origin = () => `http://127.0.0.1:${port}`;
  const familyOrigin = () => `http://127.0.0.1:${familyPort}`;
  const familyUrl = () => `${familyOrigin()}/family.html#f=${secrets.family}`;

  const events: EventSink = {
    chair: (event, payload) => chairEvents.send(CHAIR_EVENT_CHANNELS[event], payload),
    family: (screen) => familyEvents.send(FAMILY_EVENT_CHANNELS.familyScreen, screen),
  };
  const downloads = createDownloadDelivery();
  const app = createApp({
    dataDir: options.dataDir,
    // A plain key file: the chair is asked first, and a banner says so while the app runs.
    keyProvider: new BrowserHostKeyProvider(options.dataDir),
    delivery: downloads.delivery,
    familyWindow: new HostFamilyWindow(familyUrl),
    events,
    appVersion: options.appVersion,
    host: 'browser',
    collabListenHost: () => options.collabListenHost ?? '127.0.0.1',
  });
  const server = createHostServer({
    dispatch: app.dispatch,
    staticDir: options.staticDir,
    chairSecret: secrets.chair,
    launchCodes,
    chairEvents,
    downloads,
    bodyLimitBytes: options.bodyLimitBytes,
    port: () => port,
  });

  const familyServer = createFamilyServer({
    staticDir: options.staticDir,
    familySecret: secrets.family,
    secretHeader: SECRET_HEADER,
    familyEvents,
    port: () => familyPort,
  });

  port = await listen(server, options.port ?? 0);
  try {
    familyPort = await listen(familyServer, options.familyPort ?? 0);
  } catch (err) {
    server.close();
    throw err;
  }

  const close = async () => {
    chairEvents.close();
    familyEvents.close();
    for (const s of [server, familyServer]) s.closeAllConnections();
    await Promise.all([server, familyServer].map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    await app.collab.close();
    await app.repository.flush();
  };

  return {
    port,
    origin: origin(),
    familyPort,
    familyOrigin: familyOrigin(),
    url: `${origin()}/#c=${launchCodes.issue()}`,
    chairUrl: () => `${origin()}/#c=${launchCodes.issue()}`,
    familyUrl: familyUrl(),
    secrets,
    app,
    async stop() {
      if (chairEvents.size > 0) await app.requestFlush();
      await close();
    },
    close,
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}
