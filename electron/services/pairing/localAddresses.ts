import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

export interface LocalAddress {
  interfaceName: string;
  address: string;
}

function isPrivate(a: number, b: number): boolean {
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/**
 * The addresses this laptop has on a local network, for the chair's laptop to listen on (one
 * host, never every interface) and to show beside the code. Only private IPv4 ranges qualify, so
 * a laptop plugged straight into a public address is never offered; link-local (169.254/16,
 * two laptops on one cable or an ad-hoc network without DHCP) comes last.
 */
export function localNetworkAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): LocalAddress[] {
  const found: Array<LocalAddress & { rank: number }> = [];
  for (const [interfaceName, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      // Node 18.0-18.3 reported the family as a number.
      const family = info.family as string | number;
      if (info.internal || (family !== 'IPv4' && family !== 4)) continue;
      const [a, b] = info.address.split('.').map(Number) as [number, number];
      if (isPrivate(a, b)) found.push({ interfaceName, address: info.address, rank: 0 });
      else if (a === 169 && b === 254) found.push({ interfaceName, address: info.address, rank: 1 });
    }
  }
  return found.sort((x, y) => x.rank - y.rank).map(({ interfaceName, address }) => ({ interfaceName, address }));
}
