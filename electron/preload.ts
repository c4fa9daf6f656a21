import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { calls, CHAIR_EVENT_CHANNELS, type CallName, type ChairEvents, type ChairsideApi } from '../shared/ipc';

// The chair window's whole bridge: one named function per call of the contract, and a
// subscription per known event that returns its unsubscribe. No channel can be named freely.
const invokers = {} as { [K in CallName]: ChairsideApi[K] };
for (const name of Object.keys(calls) as CallName[]) {
  invokers[name] = ((input: unknown) => ipcRenderer.invoke(calls[name].channel, input)) as never;
}

const api = {
  ...invokers,
  on<E extends keyof ChairEvents>(event: E, listener: (payload: ChairEvents[E]) => void): () => void {
    const channel = CHAIR_EVENT_CHANNELS[event];
    if (!channel) throw new Error(`Unknown event: ${String(event)}`);
    const wrapped = (_e: IpcRendererEvent, payload: ChairEvents[E]) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => void ipcRenderer.removeListener(channel, wrapped);
  },
} satisfies ChairsideApi;

contextBridge.exposeInMainWorld('chairside', api);
