import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES } from '../../../../../electron/services/pairing/frames';
import { joinPairing } from '../../../../../electron/services/pairing/joinPairing';
import { newPairingCode, normalisePairingCode } from '../../../../../electron/services/pairing/pairingCode';
import { CHAIR, CODE, HOST, MINUTES, PairingHarness, closing, nextMessage, read, text, within } from './pairingHarness';

const WRONG_CODE_SENTENCE = "That code is not the one on the chair's screen. Check it and try again.";
const h = new PairingHarness();
afterEach(() => h.cleanup());

describe('pairing code', () => {
  it('is six digits in two groups, and typed forms are read back to the digits', () => {
    for (let i = 0; i < 20; i++) expect(newPairingCode()).toMatch(/^[0-9]{3} [0-9]{3}$/);
    expect(normalisePairingCode('482 177')).toBe('482177');
    expect(normalisePairingCode(' 482-177 ')).toBe('482177');
    expect(normalisePairingCode('48217')).toBeUndefined();
    expect(normalisePairingCode('48217a')).toBeUndefined();
  });
});

describe('pairing with the code', () => {
  it('gives both sides a channel with the same comparison, and messages go both ways', async () => {
    const chair = await h.listen();
    expect(chair.listener.host).toBe(HOST);
    const joiner = h.track(await joinPairing({ host: HOST, port: chair.listener.port, code: '482177', hello: MINUTES }));
    const onChair = await chair.nextChannel();

    expect(joiner.comparison).toMatch(/^[0-9]{4} [0-9]{4}$/);
    expect(onChair.comparison).toBe(joiner.comparison);
    expect(joiner.peer).toEqual(CHAIR);
    expect(onChair.peer).toEqual(MINUTES);
    expect(joiner.resumed).toBe(false);
    expect(onChair.resume.id).toBe(joiner.resume.id);
    expect(Buffer.from(onChair.resume.secret).equals(Buffer.from(joiner.resume.secret))).toBe(true);

    joiner.send(text('from the minute-taker'));
    expect(read(await nextMessage(onChair))).toBe('from the minute-taker');
    onChair.send(text('from the chair'));
    expect(read(await nextMessage(joiner))).toBe('from the chair');

    // A large message (1 MiB) and several in a row arrive whole and in order.
    const big = new Uint8Array(1024 * 1024).map((_, i) => i % 251);
    const received: Uint8Array[] = [];
    const all = new Promise<void>((resolve) =>
      onChair.onMessage((m) => {
        received.push(m);
        if (received.length === 3) resolve();
      }),
    );
    joiner.send(text('one'));
    joiner.send(big);
    joiner.send(text('three'));
    await within(all, 5000, 'three messages');
    expect(read(received[0]!)).toBe('one');
    expect(Buffer.from(received[1]!).equals(Buffer.from(big))).toBe(true);
    expect(read(received[2]!)).toBe('three');

    // Closing says so on the other side, in a sentence.
    const onChairClosed = closing(onChair);
    const joinerClosed = closing(joiner);
    joiner.close('The minute-taker left the conference.');
    expect(await onChairClosed).toEqual({ reason: "The minute-taker's laptop closed the link: The minute-taker left the conference.", kind: 'closed-by-peer' });
    expect(await joinerClosed).toEqual({ reason: 'The minute-taker left the conference.', kind: 'closed-here' });
    expect(() => joiner.send(text('late'))).toThrow(/closed/);
  });

  it('carries a message of exactly 8 MiB and refuses to send a larger one', async () => {
    const chair = await h.listen();
    const joiner = h.track(await joinPairing({ host: HOST, port: chair.listener.port, code: CODE, hello: MINUTES }));
    const onChair = await chair.nextChannel();
    const largest = new Uint8Array(MAX_MESSAGE_BYTES).fill(0x5a);
    joiner.send(largest);
    expect((await nextMessage(onChair)).length).toBe(MAX_MESSAGE_BYTES);
    expect(() => joiner.send(new Uint8Array(MAX_MESSAGE_BYTES + 1))).toThrow('A message over 8 MiB cannot be sent on the link.');
    expect(joiner.isOpen && onChair.isOpen).toBe(true);
  });

  it('a second pairing has different keys: another comparison string', async () => {
    const first = await h.listen();
    const a = h.track(await joinPairing({ host: HOST, port: first.listener.port, code: CODE, hello: MINUTES }));
    const second = await h.listen();
    const b = h.track(await joinPairing({ host: HOST, port: second.listener.port, code: CODE, hello: MINUTES }));
    expect(a.comparison).not.toBe(b.comparison);
    expect(a.resume.id).not.toBe(b.resume.id);
  });

  it('a wrong code is refused with the sentence and no channel is made on either side', async () => {
    const chair = await h.listen();
    await expect(joinPairing({ host: HOST, port: chair.listener.port, code: '482 178', hello: MINUTES })).rejects.toMatchObject({
      name: 'PairingError',
      failure: 'wrong-code',
      message: WRONG_CODE_SENTENCE,
    });
    await within(waitFor(() => chair.refusals.length === 1), 2000, 'the chair was not told');
    expect(chair.refusals[0]).toBe('Someone typed a wrong code while joining (1 of 5 allowed).');
    expect(chair.channels).toHaveLength(0);
    // The right code still works after a wrong one.
    h.track(await joinPairing({ host: HOST, port: chair.listener.port, code: CODE, hello: MINUTES }));
    expect(chair.channels).toHaveLength(1);
  });

  it('the code works once: a second laptop with it is refused', async () => {
    const chair = await h.listen();
    h.track(await joinPairing({ host: HOST, port: chair.listener.port, code: CODE, hello: MINUTES }));
    await expect(joinPairing({ host: HOST, port: chair.listener.port, code: CODE, hello: MINUTES })).rejects.toThrow(
      'That code has already been used to join. Ask the chair to start again for a new code.',
    );
    await expect(joinPairing({ host: HOST, port: chair.listener.port, code: CODE, hello: MINUTES })).rejects.toMatchObject({ failure: 'code-used' });
    expect(chair.channels).toHaveLength(1);
  });

  it('a renewed code lets a restarted minute-taker join again; the old code no longer works and the first link stays', async () => {
    const chair = await h.listen({ maxWrongAttempts: 2 });
    const first = h.track(await joinPairing({ host: HOST, port: chair.listener.port, code: CODE, hello: MINUTES }));
    await expect(joinPairing({ host: HOST, port: chair.listener.port, code: CODE, hello: MINUTES })).rejects.toMatchObject({ failure: 'code-used' });
    expect(chair.listener.renewCode('915 306')).toBe(true);
    await expect(joinPairing({ host: HOST, port: chair.listener.port, code: CODE, hello: MINUTES })).rejects.toMatchObject({ failure: 'wrong-code' });
    const second = h.track(await joinPairing({ host: HOST, port: chair.listener.port, code: '915306', hello: MINUTES }));
    expect(chair.channels).toHaveLength(2);
    expect(second.resume.id).not.toBe(first.resume.id);
    expect(first.isOpen).toBe(true);
    // The first link's resume secret still works after the renewal.
    h.track(await joinPairing({ host: HOST, port: chair.listener.port, resume: first.resume, hello: MINUTES }));
    expect(chair.channels).toHaveLength(3);
    expect(() => chair.listener.renewCode('12')).toThrow(/six digits/);
  });

  it('a handshake begun with the old code neither uses up nor counts against a code renewed meanwhile', async () => {
    const chair = await h.listen();
    const held: Buffer[] = [];
    let holding = true;
    const relay = await h.relay(chair.listener, (direction, body) => {
      if (direction === 'toListener' && (body[0] === 4 || held.length > 0) && holding) {
        held.push(body); // the joiner's Confirm and what follows it wait here
        return [];
      }
      return [body];
    });
    const joining = joinPairing({ host: HOST, port: relay.port, code: CODE, hello: MINUTES });
    await within(waitFor(() => held.length >= 2), 3000, 'the Confirm never came');
    expect(chair.listener.renewCode('915 306')).toBe(true);
    holding = false;
    for (const body of held.splice(0)) {
      const header = Buffer.alloc(4);
      header.writeUInt32BE(body.length, 0);
      relay.inject('toListener', Buffer.concat([header, body]));
    }
    h.track(await joining);
    h.track(await joinPairing({ host: HOST, port: chair.listener.port, code: '915 306', hello: MINUTES }));
    expect(chair.channels).toHaveLength(2);
  });

  it('stops listening after the allowed number of wrong codes, and then even the right code cannot join', async () => {
    const chair = await h.listen({ maxWrongAttempts: 3 });
    for (const wrong of ['000 000', '111 111', '222 222']) {
      await expect(joinPairing({ host: HOST, port: chair.listener.port, code: wrong, hello: MINUTES })).rejects.toThrow(WRONG_CODE_SENTENCE);
    }
    await within(waitFor(() => chair.stopped.length === 1), 2000, 'the listener did not stop');
    expect(chair.stopped[0]).toBe('Joining has stopped after 3 wrong codes, so nobody can keep guessing. Start again to get a new code.');
    expect(chair.refusals.at(-1)).toBe(chair.stopped[0]);
    expect(chair.listener.listening).toBe(false);
    await expect(joinPairing({ host: HOST, port: chair.listener.port, code: CODE, hello: MINUTES })).rejects.toThrow(/Nothing is letting the minute-taker join/);
    expect(chair.channels).toHaveLength(0);
  });

  it('a joiner that takes the MAC and hangs up has still used a guess', async () => {
    // The Answer's MAC lets its receiver test one code offline; hanging up before the joiner's own
    // MAC must not make that guess free.
    const chair = await h.listen({ maxWrongAttempts: 2 });
    const relay = await h.relay(chair.listener, (direction, body) => {
      if (direction === 'toJoiner' && body[0] === 3) setImmediate(() => relay.cutAll());
      return [body];
    });
    for (let i = 0; i < 2; i++) await expect(joinPairing({ host: HOST, port: relay.port, code: CODE, hello: MINUTES })).rejects.toThrow();
    await within(waitFor(() => chair.stopped.length === 1), 2000, 'the hang-ups were not counted');
    expect(chair.channels).toHaveLength(0);
  });

  it('refuses different versions on both sides with a sentence naming both', async () => {
    const chair = await h.listen();
    const older = { ...MINUTES, appVersion: '1.3.2', schemaVersion: 6 };
    const expected =
      "The two laptops run different versions: the chair's laptop has Chairside 1.4.0 (record format 7) and the minute-taker's laptop has Chairside 1.3.2 (record format 6). Install the same version on both, then pair again.";
    await expect(joinPairing({ host: HOST, port: chair.listener.port, code: CODE, hello: older })).rejects.toMatchObject({ failure: 'versions-differ', message: expected });
    await within(waitFor(() => chair.refusals.length === 1), 2000, 'the chair was not told');
    expect(chair.refusals[0]).toBe(expected);
    expect(chair.channels).toHaveLength(0);
    // Only the record format differs: still refused.
    await expect(joinPairing({ host: HOST, port: chair.listener.port, code: CODE, hello: { ...MINUTES, schemaVersion: 8 } })).rejects.toThrow(/record format 8/);
  });

  it('refuses two laptops that both say they are the chair', async () => {
    const chair = await h.listen();
    await expect(joinPairing({ host: HOST, port: chair.listener.port, code: CODE, hello: { ...CHAIR, name: 'Second' } })).rejects.toThrow(/Both laptops are set up as the chair/);
    expect(chair.channels).toHaveLength(0);
  });

  it('drops a silent connection after the handshake timeout, says busy meanwhile, and a real joiner pairs afterwards', async () => {
    const chair = await h.listen({ handshakeTimeoutMs: 400 });
    const silent = connect({ host: HOST, port: chair.listener.port });
    const silentClosed = new Promise<void>((resolve) => silent.on('close', () => resolve()));
    silent.on('error', () => {});
    silent.resume(); // reads what it is sent (so it sees the close), but never answers
    await new Promise((resolve) => silent.once('connect', resolve));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(joinPairing({ host: HOST, port: chair.listener.port, code: CODE, hello: MINUTES })).rejects.toMatchObject({ failure: 'busy', message: expect.stringMatching(/busy with another laptop/) });
    await within(silentClosed, 3000, 'the silent connection was not dropped');
    const joiner = h.track(await joinPairing({ host: HOST, port: chair.listener.port, code: CODE, hello: MINUTES }));
    expect((await chair.nextChannel()).comparison).toBe(joiner.comparison);
    expect(chair.refusals).toHaveLength(0); // silence is not a guess at the code
  });

  it('says in a sentence when nothing answers, or something that is not Chairside does', async () => {
    const chair = await h.listen();
    const port = chair.listener.port;
    await chair.listener.close();
    await expect(joinPairing({ host: HOST, port, code: CODE, hello: MINUTES })).rejects.toThrow(/Nothing is letting the minute-taker join at 127\.0\.0\.1:/);
    await expect(joinPairing({ host: HOST, port, code: '12', hello: MINUTES })).rejects.toThrow("A pairing code is six digits, as shown on the chair's screen. Check it and try again.");
    const { createServer } = await import('node:net');
    const other = createServer((s) => s.end('HTTP/1.1 400 Bad Request\r\n\r\n'));
    await new Promise<void>((resolve) => other.listen(0, HOST, resolve));
    const address = other.address();
    const otherPort = typeof address === 'object' && address ? address.port : 0;
    await expect(joinPairing({ host: HOST, port: otherPort, code: CODE, hello: MINUTES })).rejects.toThrow(/Something other than Chairside answered/);
    await new Promise((resolve) => other.close(resolve));
  });

  it('holds messages that arrive before the first listener is added', async () => {
    const chair = await h.listen();
    const joiner = h.track(await joinPairing({ host: HOST, port: chair.listener.port, code: CODE, hello: MINUTES }));
    joiner.send(text('early one'));
    joiner.send(text('early two'));
    const onChair = await chair.nextChannel();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(read(await nextMessage(onChair))).toBe('early one');
    expect(read(await nextMessage(onChair))).toBe('early two');
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}
