import type { ChairsideApi, FamilyApi } from '../../shared/ipc';
import { setApi } from './api';
import { createBrowserFamilyClient, createBrowserHostClient } from './browserHostClient';
import { takeChairSecret, takeFamilySecret } from './hostSecret';

/**
 * Picks the transport once, at start-up: the Electron preload's `window.chairside` when it is
 * there, otherwise the browser host (secret from the URL fragment). Throws a readable error if
 * neither is available, so main.tsx can show it instead of a blank page.
 */
export function connectChairApi(): ChairsideApi {
  const api = window.chairside ?? hostClientOrThrow();
  setApi(api);
  return api;
}

/** The family window's API: the Electron family preload, or the host's family event stream. */
export function connectFamilyApi(): FamilyApi {
  if (window.chairsideFamily) return window.chairsideFamily;
  const secret = takeFamilySecret();
  if (!secret) throw new Error(NO_SECRET);
  return createBrowserFamilyClient(secret);
}

function hostClientOrThrow(): ChairsideApi {
  const secret = takeChairSecret();
  if (!secret) throw new Error(NO_SECRET);
  return createBrowserHostClient(secret);
}

const NO_SECRET = 'This page was opened without its access key. Open Chairside with the full address it printed when it started (the part after # included).';
