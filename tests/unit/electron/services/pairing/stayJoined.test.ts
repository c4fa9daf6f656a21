import { afterEach, describe, expect, it } from 'vitest';
import { joinPairing } from '../../../../../electron/services/pairing/joinPairing';
import { stayJoined } from '../../../../../electron/services/pairing/stayJoined';
import type { SecureChannel } from '../../../../../electron/services/pairing/types';
import { CODE, HOST, MINUTES, PairingHarness, nextMessage, read, text, within } from './pairingHarness';

const h = new PairingHarness();
afterEach(() => h.cleanup());

async function pairedThroughRelay() {
  const chair = await h.listen();
  const relay = await h.relay(chair.listener);
  const first = h.track(await joinPairing({ host: HOST, port: relay.port, code: CODE, hello: MINUTES }));
  await chair.nextChannel();
  return { chair, relay, first };
}

describe('stayJoined', () => {
  it('reconnects with the resume secret after the network was down for a while, and the link works again', async () => {
    const { chair, relay, first } = await pairedThroughRelay();
    const downs: string[] = [];
    const ended: string[] = [];
    const joined: SecureChannel[] = [];
    let arrived: (ch: SecureChannel) => void = () => {};
    const session = stayJoined({
      host: HOST,
      port: relay.port,
      hello: MINUTES,
      first,
      retryMs: 20,
      maxRetryMs: 40,
      onChannel: (ch) => (joined.push(h.track(ch)), arrived(ch)),
      onDown: (reason) => downs.push(reason),
      onEnded: (reason) => ended.push(reason),
    });
    relay.setBlocked(true);
    relay.cutAll();
    const before = relay.connections;
    await within(
      (async () => {
        while (relay.connections < before + 3) await new Promise((resolve) => setTimeout(resolve, 10));
      })(),
      3000,
      'no retries while the network was down',
    );
    expect(joined).toHaveLength(0);
    const back = new Promise<SecureChannel>((resolve) => (arrived = resolve));
    relay.setBlocked(false);
    const again = await within(back, 3000, 'did not reconnect');
    const onChair = await chair.nextChannel();
    expect(again.resumed && onChair.resumed).toBe(true);
    expect(session.current).toBe(again);
    expect(downs).toEqual(["The connection to the chair's laptop was lost."]);
    again.send(text('typed during the drop'));
    expect(read(await nextMessage(onChair))).toBe('typed during the drop');
    expect(ended).toEqual([]);
    session.stop();
  });

  it('stops when the chair closes the link on purpose, and when the chair no longer knows the link', async () => {
    const { chair, relay, first } = await pairedThroughRelay();
    const ended: string[] = [];
    stayJoined({ host: HOST, port: relay.port, hello: MINUTES, first, retryMs: 20, onChannel: () => {}, onEnded: (r) => ended.push(r) });
    chair.channels[0]!.close('The conference has ended.');
    await within(
      (async () => {
        while (ended.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      })(),
      3000,
      'not ended',
    );
    expect(ended).toEqual(["The chair's laptop closed the link: The conference has ended."]);
    const connections = relay.connections;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(relay.connections).toBe(connections); // no reconnection attempts

    const second = await pairedThroughRelay();
    const ended2: string[] = [];
    stayJoined({ host: HOST, port: second.relay.port, hello: MINUTES, first: second.first, retryMs: 20, onChannel: () => {}, onEnded: (r) => ended2.push(r) });
    await second.chair.listener.close(); // forgets the resume secrets ...
    const other = await h.listen({ port: second.chair.listener.port }); // ... and a new session listens on the same port
    expect(other.listener.port).toBe(second.chair.listener.port);
    second.relay.cutAll();
    await within(
      (async () => {
        while (ended2.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      })(),
      3000,
      'not ended',
    );
    expect(ended2).toEqual(["The chair's laptop no longer knows this link. Join again with a new code from the chair's screen."]);
  });
});
