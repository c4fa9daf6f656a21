import { calls, CHAIR_EVENT_CHANNELS, FAMILY_EVENT_CHANNELS, type CallName, type ChairEvents, type ChairsideApi, type FamilyApi } from '../shared/ipc';
import type { FamilyScreen } from '../shared/family/familyView';

/*
 * What each preload puts on `window`, built from the parts of ipcRenderer it uses and nothing
 * from `electron` itself, so tests/unit/electron/preloadBridges.test.ts checks them without a
 * binary. The preloads (electron/preload.ts, electron/familyPreload.ts) only pass ipcRenderer in.
 */
export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * A subscription to one known channel. The page gets the payload only: Electron's event object
 * carries `sender` (ipcRenderer itself) and message ports, which would hand the page a way to
 * call any channel.
 */
function subscribe<T>(ipc: Pick<RendererIpc, 'on' | 'removeListener'>, channel: string, listener: (payload: T) => void): () => void {
  const wrapped = (_event: unknown, payload: unknown) => listener(payload as T);
  ipc.on(channel, wrapped);
  return () => void ipc.removeListener(channel, wrapped);
}

/** The chair window's bridge: one named function per call of the contract, one subscription per event. */
export function chairBridge(ipc: RendererIpc): ChairsideApi {
  const invokers = {} as { [K in CallName]: ChairsideApi[K] };
  for (const name of Object.keys(calls) as CallName[]) {
    invokers[name] = ((input: unknown) => ipc.invoke(calls[name].channel, input)) as never;
  }
  return {
    ...invokers,
    on<E extends keyof ChairEvents>(event: E, listener: (payload: ChairEvents[E]) => void): () => void {
      // An own property only: `on('toString')` must not reach the prototype.
      if (!Object.hasOwn(CHAIR_EVENT_CHANNELS, event)) throw new Error(`Unknown event: ${String(event)}`);
      return subscribe(ipc, CHAIR_EVENT_CHANNELS[event], listener);
    },
  } satisfies ChairsideApi;
}

/** The family window's whole bridge: it can receive the family screen, and has no way to call. */
export function familyBridge(ipc: Pick<RendererIpc, 'on' | 'removeListener'>): FamilyApi {
  return {
    onFamilyScreen: (listener: (screen: FamilyScreen) => void) => subscribe(ipc, FAMILY_EVENT_CHANNELS.familyScreen, listener),
  } satisfies FamilyApi;
}
