import type { ChairsideApi, FamilyApi } from '../../shared/ipc';

/**
 * The renderer's one way to reach main. In Electron the preload puts `chairside` on window;
 * in the browser host, ./browserHostClient.ts builds the same object over loopback HTTP + SSE.
 * Feature code imports `api` from here and never knows which it is talking to.
 */
declare global {
  interface Window {
    chairside?: ChairsideApi;
    chairsideFamily?: FamilyApi;
  }
}

let current: ChairsideApi | null = null;

export function setApi(a: ChairsideApi): void {
  current = a;
}

export function api(): ChairsideApi {
  if (!current) throw new Error('The Chairside API is not connected yet.');
  return current;
}
