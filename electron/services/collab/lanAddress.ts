import { localNetworkAddresses } from '../pairing';

/**
 * Where the chair's app listens for the minute-taker's while a session is set up or runs: the
 * laptop's first private network address (never every interface, never a public address).
 * Falls back to loopback, so a laptop with no network can still be tried on itself.
 */
export function lanAddress(): string {
  return localNetworkAddresses()[0]?.address ?? '127.0.0.1';
}

/** The desktop app's switch that keeps a session on this laptop: tests pair two copies with it. */
export const LOOPBACK_SWITCH = '--collab-loopback';

/**
 * Where the desktop app listens, from its command line: loopback with LOOPBACK_SWITCH, otherwise
 * the private address. The switch can only narrow where it listens, never widen it, so it needs
 * no guarding; tests of the desktop app use it to keep their traffic off the network.
 */
export function listenHostFor(argv: readonly string[]): () => string {
  return argv.includes(LOOPBACK_SWITCH) ? () => '127.0.0.1' : lanAddress;
}
