import { localNetworkAddresses } from '../pairing';

/**
 * Where the chair's app listens for the minute-taker's while a session is set up or runs: the
 * laptop's first private network address (never every interface, never a public address).
 * Falls back to loopback, so a laptop with no network can still be tried on itself.
 */
export function lanAddress(): string {
  return localNetworkAddresses()[0]?.address ?? '127.0.0.1';
}
