import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { localNetworkAddresses } from '../../../../../electron/services/pairing/localAddresses';

const v4 = (address: string, internal = false): NetworkInterfaceInfo => ({ address, family: 'IPv4', internal, netmask: '255.255.255.0', mac: '00:00:00:00:00:00', cidr: null });
const v6 = (address: string): NetworkInterfaceInfo => ({ address, family: 'IPv6', internal: false, netmask: 'ffff:ffff:ffff:ffff::', mac: '00:00:00:00:00:00', cidr: null, scopeid: 0 });

describe('localNetworkAddresses', () => {
  it('offers private IPv4 addresses, link-local last, and never loopback, IPv6 or a public address', () => {
    const found = localNetworkAddresses({
      lo: [v4('127.0.0.1', true)],
      usb0: [v4('169.254.10.3')],
      wlan0: [v4('192.168.1.20'), v6('fe80::1')],
      eth0: [v4('81.2.69.160')],
      vpn0: [v4('10.8.0.2')],
      docker0: [v4('172.17.0.1')],
      odd: [v4('172.32.0.1')],
    });
    expect(found).toEqual([
      { interfaceName: 'wlan0', address: '192.168.1.20' },
      { interfaceName: 'vpn0', address: '10.8.0.2' },
      { interfaceName: 'docker0', address: '172.17.0.1' },
      { interfaceName: 'usb0', address: '169.254.10.3' },
    ]);
  });

  it('reads this machine without throwing', () => {
    expect(Array.isArray(localNetworkAddresses())).toBe(true);
  });
});
