import { describe, expect, it } from 'vitest';
import { LOOPBACK_SWITCH, lanAddress, listenHostFor } from '../../../../../electron/services/collab/lanAddress';

describe('where the desktop app listens for a minute-taker', () => {
  it('listens on loopback only when started with the switch, as the desktop tests start it', () => {
    expect(listenHostFor(['/opt/Chairside/chairside', '--user-data-dir=/tmp/x', LOOPBACK_SWITCH])()).toBe('127.0.0.1');
  });

  it('otherwise listens on the laptop’s private address, and a look-alike switch changes nothing', () => {
    expect(listenHostFor(['/opt/Chairside/chairside'])).toBe(lanAddress);
    expect(listenHostFor(['/opt/Chairside/chairside', `${LOOPBACK_SWITCH}=0.0.0.0`, '--collab-loopback-host'])).toBe(lanAddress);
  });
});
