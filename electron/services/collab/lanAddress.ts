import { networkInterfaces } from 'node:os';

/**
 * The laptop's address on the local network, where the chair's app listens for the
 * minute-taker's while a session is being set up or runs: the first IPv4 address that is not
 * loopback. Falls back to loopback (a laptop with no network can still be tried on itself).
 */
export function lanAddress(interfaces = networkInterfaces()): string {
  for (const list of Object.values(interfaces)) {
    for (const entry of list ?? []) if (entry.family === 'IPv4' && !entry.internal) return entry.address;
  }
  return '127.0.0.1';
}
