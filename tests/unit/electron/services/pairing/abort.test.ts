import { connect, createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { FramedConnection } from '../../../../../electron/services/pairing/frames';
import { Mode, Msg, Refusal, decodeGreeting, encodeAnswer, encodeGreeting, encodeOffer } from '../../../../../electron/services/pairing/handshake';
import { joinPairing } from '../../../../../electron/services/pairing/joinPairing';
import { CODE, HOST, MINUTES, PairingHarness } from './pairingHarness';

// The draft's abort conditions: a received share that is the neutral element, or that does not
// decode to a group element, ends the run. Y_i1 is the draft's invalid ristretto255 encoding.
const NEUTRAL = Buffer.alloc(32);
const NOT_A_POINT = Buffer.from('2b3c6b8c4f3800e7aef6864025b4ed79bd599117e427c41bd47d93d654b4a51c', 'hex');

const h = new PairingHarness();
afterEach(() => h.cleanup());

async function rawJoiner(port: number): Promise<FramedConnection> {
  const socket = connect({ host: HOST, port });
  socket.on('error', () => {});
  await new Promise((resolve) => socket.once('connect', resolve));
  return new FramedConnection(socket);
}

describe('CPace abort conditions on the link', () => {
  it('the listener refuses an offer whose point is the neutral element or not a point, without counting a guess', async () => {
    const chair = await h.listen({ maxWrongAttempts: 1 });
    for (const ya of [NEUTRAL, NOT_A_POINT]) {
      const raw = await rawJoiner(chair.listener.port);
      expect('nonceB' in decodeGreeting(await raw.next(2000))).toBe(true);
      raw.send(encodeOffer({ mode: Mode.Pair, nonceA: randomBytes(16), ya, resumeId: Buffer.alloc(0) }));
      expect([...(await raw.next(2000))]).toEqual([Msg.Refusal, Refusal.Malformed]);
      await raw.endAndWait(2000);
    }
    expect(chair.refusals).toEqual([]);
    expect(chair.listener.listening).toBe(true);
    h.track(await joinPairing({ host: HOST, port: chair.listener.port, code: CODE, hello: MINUTES }));
  });

  it('the joiner refuses an answer whose point is the neutral element or not a point', async () => {
    for (const yb of [NEUTRAL, NOT_A_POINT]) {
      const fake = createServer((socket) => {
        const connection = new FramedConnection(socket);
        connection.send(encodeGreeting(randomBytes(16)));
        void connection.next(2000).then(
          () => connection.send(encodeAnswer(yb, randomBytes(64))),
          () => {},
        );
      });
      await new Promise<void>((resolve) => fake.listen(0, HOST, resolve));
      const address = fake.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      await expect(joinPairing({ host: HOST, port, code: CODE, hello: MINUTES, timeoutMs: 2000 })).rejects.toMatchObject({
        failure: 'interference',
        message: 'The two laptops could not agree on a secure link. Someone may be interfering with the network; try again.',
      });
      fake.close();
    }
  });
});
