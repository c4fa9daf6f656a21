import type { AddressInfo } from 'node:net';
import { TestKeyProvider } from '../services/keys/testKeyProvider';
import { createApp, type App } from '../services/createApp';
import { createDownloadDelivery } from '../services/export/downloadDelivery';
import type { EventSink } from '../services/events';
import { CHAIR_EVENT_CHANNELS, FAMILY_EVENT_CHANNELS } from '../../shared/ipc';
import { EventHub } from './eventHub';
import { HostFamilyWindow } from './hostFamilyWindow';
import { createHostServer } from './hostServer';
import { newSecret } from './requestGuards';

export interface HostOptions {
  dataDir: string;
  staticDir: string;
  appVersion: string;
  /** 0 picks a free port. */
  port?: number;
  /** Only for restarting a host in tests with the same address; never from the command line. */
  secrets?: { chair: string; family: string };
  bodyLimitBytes?: number;
}

export interface RunningHost {
  port: number;
  origin: string;
  /** The chair's address, secret in the fragment. */
  url: string;
  familyUrl: string;
  secrets: { chair: string; family: string };
  app: App;
  /** Asks an open chair page to save first (if one is connected), then stops. */
  stop(): Promise<void>;
  close(): Promise<void>;
}

/** Starts the browser host on 127.0.0.1: the real services, the test key provider, a fresh secret. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const secrets = options.secrets ?? { chair: newSecret(), family: newSecret() };
  const chairEvents = new EventHub(false);
  const familyEvents = new EventHub(true);
  let port = 0;
  const origin = () => `http://127.0.0.1:${port}`;
  const familyUrl = () => `${origin()}/family.html#f=${secrets.family}`;

  const events: EventSink = {
    chair: (event, payload) => chairEvents.send(CHAIR_EVENT_CHANNELS[event], payload),
    family: (screen) => familyEvents.send(FAMILY_EVENT_CHANNELS.familyScreen, screen),
  };
  const downloads = createDownloadDelivery();
  const app = createApp({
    dataDir: options.dataDir,
    keyProvider: new TestKeyProvider(options.dataDir),
    delivery: downloads.delivery,
    familyWindow: new HostFamilyWindow(familyUrl),
    events,
    appVersion: options.appVersion,
    host: 'browser',
  });
  const server = createHostServer({
    dispatch: app.dispatch,
    staticDir: options.staticDir,
    chairSecret: secrets.chair,
    familySecret: secrets.family,
    chairEvents,
    familyEvents,
    downloads,
    bodyLimitBytes: options.bodyLimitBytes,
    port: () => port,
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  const close = async () => {
    chairEvents.close();
    familyEvents.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await app.repository.flush();
  };

  return {
    port,
    origin: origin(),
    url: `${origin()}/#k=${secrets.chair}`,
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
