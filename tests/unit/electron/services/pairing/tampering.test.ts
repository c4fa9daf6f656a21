import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { joinPairing } from '../../../../../electron/services/pairing/joinPairing';
import { RECORD_MARKER } from '../../../../../electron/services/pairing/records';
import type { SecureChannel } from '../../../../../electron/services/pairing/types';
import type { FrameHook } from './relay';
import { CODE, HOST, MINUTES, PairingHarness, closeReason, closing, nextMessage, read, text, within } from './pairingHarness';

const h = new PairingHarness();
afterEach(() => h.cleanup());

/** Pairs through a relay whose hook sees the joiner's records numbered from 0 (0 is the hello). */
async function pairThroughRelay(onJoinerRecord?: (body: Buffer, record: number) => Buffer[], heartbeatMs?: number) {
  const chair = await h.listen({ heartbeatMs });
  let records = 0;
  const hook: FrameHook = (direction, body) => {
    if (direction !== 'toListener' || body[0] !== RECORD_MARKER || !onJoinerRecord) return [body];
    return onJoinerRecord(body, records++);
  };
  const relay = await h.relay(chair.listener, hook);
  const joiner = h.track(await joinPairing({ host: HOST, port: relay.port, code: CODE, hello: MINUTES, heartbeatMs }));
  const onChair = await chair.nextChannel();
  return { chair, relay, joiner, onChair };
}

function collect(ch: SecureChannel): string[] {
  const got: string[] = [];
  ch.onMessage((m) => got.push(read(m)));
  return got;
}

describe('a relay in the middle', () => {
  it('that flips one ciphertext byte gets the link closed, and the message is not delivered', async () => {
    const { joiner, onChair } = await pairThroughRelay((body, record) => {
      if (record === 1) body[12] = body[12]! ^ 0x01; // inside the ciphertext of the first message
      return [body];
    });
    const got = collect(onChair);
    const chairClosed = closing(onChair);
    const joinerClosed = closeReason(joiner);
    joiner.send(text('Mum said the school raised concerns in March.'));
    expect(await chairClosed).toEqual({
      reason: 'A message on the link failed its integrity check, so the link was closed. Someone may be interfering with the network.',
      kind: 'refused-frame',
    });
    expect(await joinerClosed).toBe(
      "The chair's laptop closed the link: A message on the link failed its integrity check, so the link was closed. Someone may be interfering with the network.",
    );
    expect(got).toEqual([]);
  });

  it('that flips a byte of the tag or of the sequence number gets the link closed too', async () => {
    for (const at of ['tag', 'count'] as const) {
      const { joiner, onChair } = await pairThroughRelay((body, record) => {
        if (record === 1) {
          const i = at === 'tag' ? body.length - 1 : 8;
          body[i] = body[i]! ^ 0x80;
        }
        return [body];
      });
      const got = collect(onChair);
      const closed = closeReason(onChair);
      joiner.send(text('hello'));
      expect(await closed).toMatch(/so the link was closed/);
      expect(got).toEqual([]);
    }
  });

  it('that replays a frame gets the link closed after the first copy', async () => {
    const { joiner, onChair } = await pairThroughRelay((body, record) => (record === 1 ? [body, Buffer.from(body)] : [body]));
    const got = collect(onChair);
    const closed = closeReason(onChair);
    joiner.send(text('once only'));
    expect(await closed).toBe('A message on the link arrived a second time, so the link was closed. Someone may be interfering with the network.');
    expect(got).toEqual(['once only']);
  });

  it('that drops or reorders frames gets the link closed', async () => {
    let held: Buffer | undefined;
    const { joiner, onChair } = await pairThroughRelay((body, record) => {
      if (record === 1) {
        held = body; // hold the first message back ...
        return [];
      }
      if (record === 2) return [body, held!]; // ... and send it after the second
      return [body];
    });
    const got = collect(onChair);
    const closed = closeReason(onChair);
    joiner.send(text('first'));
    joiner.send(text('second'));
    expect(await closed).toBe('A message on the link arrived out of order, so the link was closed. Someone may be interfering with the network.');
    expect(got).toEqual([]);
  });

  it('records nothing readable: no marker typed on either side, no code, no name, no version', async () => {
    const { relay, joiner, onChair } = await pairThroughRelay();
    const markers = ['MARKER-minutes-7f3a9c', 'Nowak family: concerns about neglect', 'MARKER-chair-51bd02', 'score 3 of 10 for Lena'];
    joiner.send(text(markers[0]!));
    joiner.send(text(markers[1]!));
    onChair.send(text(markers[2]!));
    onChair.send(text(markers[3]!));
    expect(read(await nextMessage(onChair))).toBe(markers[0]);
    expect(read(await nextMessage(onChair))).toBe(markers[1]);
    expect(read(await nextMessage(joiner))).toBe(markers[2]);
    expect(read(await nextMessage(joiner))).toBe(markers[3]);

    const wire = relay.wire();
    expect(wire.length).toBeGreaterThan(400);
    // The capture does hold what is sent in the clear (the greeting's magic), so a search can find text in it.
    expect(wire.includes(Buffer.from('CHAIRSIDE-PAIR/1'))).toBe(true);
    const secrets = [...markers, '482177', '482 177', 'Ruth Okafor', 'Priya Shah', 'minute-taker', '1.4.0', joiner.comparison, joiner.resume.id];
    for (const s of secrets) {
      expect(wire.includes(Buffer.from(s, 'utf8')), `"${s}" is on the wire`).toBe(false);
      expect(wire.includes(Buffer.from(s, 'utf16le')), `"${s}" is on the wire as UTF-16`).toBe(false);
    }
    expect(wire.includes(Buffer.from(joiner.resume.secret))).toBe(false);
  });

  it('that announces a frame over 8 MiB gets the link closed at once, without waiting for the bytes', async () => {
    const { relay, joiner, onChair } = await pairThroughRelay();
    const header = Buffer.alloc(4);
    header.writeUInt32BE(0xffff_fff0, 0); // almost 4 GiB, and then nothing
    const before = process.memoryUsage().arrayBuffers;
    const closed = closeReason(onChair, 2000);
    const joinerClosed = closeReason(joiner, 2000);
    relay.inject('toListener', header);
    expect(await closed).toBe('A message on the link was larger than the 8 MiB allowed, so the link was closed.');
    expect(await joinerClosed).toMatch(/^The chair's laptop closed the link: A message on the link was larger/);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('cannot make the listener wait for a large frame before pairing: the limit is 4 KiB until then', async () => {
    const chair = await h.listen();
    const socket = connect({ host: HOST, port: chair.listener.port });
    socket.on('error', () => {});
    socket.resume();
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    await new Promise((resolve) => socket.once('connect', resolve));
    const header = Buffer.alloc(4);
    header.writeUInt32BE(64 * 1024, 0);
    socket.write(header);
    await within(closed, 3000, 'the listener kept waiting for a 64 KiB handshake frame');
    // ... and it is free for a real joiner straight away.
    h.track(await joinPairing({ host: HOST, port: chair.listener.port, code: CODE, hello: MINUTES }));
  });
});
