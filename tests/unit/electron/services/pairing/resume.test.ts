import { afterEach, describe, expect, it } from 'vitest';
import { joinPairing } from '../../../../../electron/services/pairing/joinPairing';
import { CODE, HOST, MINUTES, PairingHarness, closing, nextMessage, read, text } from './pairingHarness';

const h = new PairingHarness();
afterEach(() => h.cleanup());

describe('reconnecting after a drop', () => {
  it('resumes without the code after both sockets are destroyed, with fresh keys', async () => {
    const chair = await h.listen();
    const relay = await h.relay(chair.listener);
    const joiner = h.track(await joinPairing({ host: HOST, port: relay.port, code: CODE, hello: MINUTES }));
    const first = await chair.nextChannel();
    const chairLost = closing(first);
    const joinerLost = closing(joiner);
    relay.cutAll();
    expect(await chairLost).toEqual({ reason: "The connection to the minute-taker's laptop was lost.", kind: 'lost' });
    expect(await joinerLost).toEqual({ reason: "The connection to the chair's laptop was lost.", kind: 'lost' });

    const again = h.track(await joinPairing({ host: HOST, port: chair.listener.port, resume: joiner.resume, hello: MINUTES }));
    const second = await chair.nextChannel();
    expect(again.resumed).toBe(true);
    expect(second.resumed).toBe(true);
    expect(again.comparison).toBe(second.comparison);
    expect(again.comparison).not.toBe(joiner.comparison); // new keys, not the old ones again
    expect(again.resume.id).toBe(joiner.resume.id);
    expect(second.peer).toEqual(MINUTES);
    again.send(text('typed while the Wi-Fi was down'));
    expect(read(await nextMessage(second))).toBe('typed while the Wi-Fi was down');
    second.send(text('and back'));
    expect(read(await nextMessage(again))).toBe('and back');

    // The same resume works again after a second drop.
    again.close();
    const third = h.track(await joinPairing({ host: HOST, port: chair.listener.port, resume: again.resume, hello: MINUTES }));
    expect((await chair.nextChannel()).comparison).toBe(third.comparison);
  });

  it("replaces the chair's old link when the joiner reconnects before the chair noticed the drop", async () => {
    const chair = await h.listen();
    const joiner = h.track(await joinPairing({ host: HOST, port: chair.listener.port, code: CODE, hello: MINUTES }));
    const old = await chair.nextChannel();
    const oldClosed = closing(old);
    h.track(await joinPairing({ host: HOST, port: chair.listener.port, resume: joiner.resume, hello: MINUTES }));
    const fresh = await chair.nextChannel();
    expect(await oldClosed).toEqual({ reason: "The minute-taker's laptop reconnected, so this older connection was replaced.", kind: 'replaced' });
    expect(fresh.isOpen).toBe(true);
  });

  it('refuses a wrong resume secret, an unknown link, and any resume once the chair stops listening', async () => {
    const chair = await h.listen();
    const joiner = h.track(await joinPairing({ host: HOST, port: chair.listener.port, code: CODE, hello: MINUTES }));
    const wrongSecret = { id: joiner.resume.id, secret: new Uint8Array(32).fill(1) };
    await expect(joinPairing({ host: HOST, port: chair.listener.port, resume: wrongSecret, hello: MINUTES })).rejects.toMatchObject({
      failure: 'resume-refused',
      message: "The chair's laptop did not accept this laptop's reconnection. Join again with a new code from the chair's screen.",
    });
    const unknown = { id: '00'.repeat(16), secret: joiner.resume.secret };
    await expect(joinPairing({ host: HOST, port: chair.listener.port, resume: unknown, hello: MINUTES })).rejects.toMatchObject({
      failure: 'resume-unknown',
      message: "The chair's laptop no longer knows this link. Join again with a new code from the chair's screen.",
    });
    expect(chair.channels).toHaveLength(1);
    expect(chair.refusals).toHaveLength(0); // a 256-bit secret is not a guess at the code
    await chair.listener.close();
    await expect(joinPairing({ host: HOST, port: chair.listener.port, resume: joiner.resume, hello: MINUTES })).rejects.toThrow(/Nothing is letting/);
    expect(joiner.isOpen).toBe(true); // closing the listener leaves links already made
  });

  it('notices a link that goes silent (a Wi-Fi that drops without closing anything) within three heartbeats', async () => {
    const chair = await h.listen({ heartbeatMs: 200 });
    const relay = await h.relay(chair.listener);
    const joiner = h.track(await joinPairing({ host: HOST, port: relay.port, code: CODE, hello: MINUTES, heartbeatMs: 200 }));
    const onChair = await chair.nextChannel();
    // Idle but alive: heartbeats keep it open past three beats.
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(onChair.isOpen && joiner.isOpen).toBe(true);
    const started = Date.now();
    const chairClosed = closing(onChair, 3000);
    const joinerClosed = closing(joiner, 3000);
    relay.freeze();
    expect(await chairClosed).toEqual({ reason: "Nothing was heard from the minute-taker's laptop for 1 second, so the link was closed.", kind: 'silent' });
    expect(await joinerClosed).toEqual({ reason: "Nothing was heard from the chair's laptop for 1 second, so the link was closed.", kind: 'silent' });
    expect(Date.now() - started).toBeLessThan(2500);
  });
});

describe('heartbeat on a stalled process', () => {
  it('does not call the other laptop silent when it was this process that could not run', async () => {
    const chair = await h.listen({ heartbeatMs: 100 });
    const joiner = h.track(await joinPairing({ host: HOST, port: chair.listener.port, code: CODE, hello: MINUTES, heartbeatMs: 100 }));
    const onChair = await chair.nextChannel();
    const kinds: string[] = [];
    joiner.onClose((_r, kind) => kinds.push(kind));
    onChair.onClose((_r, kind) => kinds.push(kind));
    // Block the whole process (both sides live in it) for more than three beats.
    const until = Date.now() + 600;
    while (Date.now() < until) {
      // busy on purpose: a long synchronous task in the main process
    }
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(kinds).toEqual([]);
    expect(joiner.isOpen && onChair.isOpen).toBe(true);
  });
});
