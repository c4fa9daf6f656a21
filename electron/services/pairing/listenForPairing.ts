import { createServer, type Server, type Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import type { ListenOptions, PairingHello, PairingListener } from './types';
import { calculateGenerator, confirmationTag, intermediateSessionKey, isIdentity, sampleScalar, scalarMult, scalarMultVfy, tagsEqual } from './cpace';
import { FramedConnection, MAX_RECORD_FRAME_BYTES } from './frames';
import {
  ASSOCIATED_DATA_B,
  HandshakeError,
  Mode,
  Refusal,
  associatedDataA,
  channelIdentifier,
  decodeConfirm,
  decodeHello,
  decodeOffer,
  encodeAnswer,
  encodeGreeting,
  encodeHello,
  encodeRefusal,
  sessionSecrets,
} from './handshake';
import { Content, RecordOpener, RecordSealer } from './records';
import { EncryptedChannel } from './secureChannel';
import { normalisePairingCode } from './pairingCode';
import * as say from './sentences';

export const DEFAULT_MAX_WRONG_ATTEMPTS = 5;
export const DEFAULT_HANDSHAKE_TIMEOUT_MS = 10_000;

interface ResumeEntry {
  secret: Buffer;
  channel: EncryptedChannel | undefined;
}

/** Why one handshake ended without a link; `guessed` when it cost the code a guess. */
class Refused extends Error {
  constructor(
    readonly sentence: string | undefined,
    readonly guessed: boolean,
  ) {
    super(sentence ?? 'refused');
  }
}

function refuse(connection: FramedConnection, reason: Refusal): never {
  connection.send(encodeRefusal(reason));
  throw new Refused(undefined, false);
}

/**
 * The chair's side. Listens on the one host given, takes one handshake at a time (others are told
 * it is busy), and drops a handshake that takes longer than the timeout, so a silent connection
 * cannot hold the door. The code works once: after a link is made with it, only reconnections
 * with that link's resume secret are accepted.
 *
 * Every CPace run with the code counts as a guess from the moment the Answer is sent (it carries
 * a MAC that lets the other side test one code) until the joiner's MAC checks out; a joiner that
 * hangs up in between has still had its guess. After `maxWrongAttempts` the listener stops.
 */
export async function listenForPairing(o: ListenOptions): Promise<PairingListener> {
  const firstCode = normalisePairingCode(o.code);
  if (firstCode === undefined) throw new Error(say.CODE_FORMAT);
  let code: string = firstCode;
  /** Bumped by renewCode, so a handshake begun with the old code cannot use up or count against the new one. */
  let generation = 0;
  encodeHello(o.hello); // refuses a malformed hello of our own now, not in the middle of a handshake
  const maxWrong = o.maxWrongAttempts ?? DEFAULT_MAX_WRONG_ATTEMPTS;
  const timeoutMs = o.handshakeTimeoutMs ?? DEFAULT_HANDSHAKE_TIMEOUT_MS;
  const resumes = new Map<string, ResumeEntry>();
  let wrongAttempts = 0;
  let codeUsed = false;
  let listening = true;
  let inHandshake: Socket | undefined;

  const server: Server = createServer((socket) => {
    const connection = new FramedConnection(socket);
    if (!listening) {
      connection.send(encodeRefusal(Refusal.Stopped));
      return connection.end();
    }
    if (inHandshake) {
      connection.send(encodeRefusal(Refusal.Busy));
      return connection.end();
    }
    inHandshake = socket;
    const timer = setTimeout(() => connection.destroy(), timeoutMs);
    void handshake(connection, timeoutMs).finally(() => {
      clearTimeout(timer);
      if (inHandshake === socket) inHandshake = undefined;
    });
  });

  function stop(): void {
    listening = false;
    resumes.clear();
    server.close();
    inHandshake?.destroy();
  }

  async function handshake(connection: FramedConnection, timeout: number): Promise<void> {
    const deadline = Date.now() + timeout;
    const next = () => connection.next(Math.max(1, deadline - Date.now()));
    let guessing = false;
    let made: EncryptedChannel | undefined;
    let started = generation;
    try {
      const nonceB = randomBytes(16);
      connection.send(encodeGreeting(nonceB));
      const offer = decodeOffer(await next());
      let prs: Buffer;
      let entry: ResumeEntry | undefined;
      if (offer.mode === Mode.Pair) {
        if (codeUsed) refuse(connection, Refusal.CodeUsed);
        prs = Buffer.from(code, 'ascii');
        started = generation; // with the code it was read with
      } else {
        entry = resumes.get(offer.resumeId.toString('hex'));
        if (!entry) refuse(connection, Refusal.UnknownResume);
        prs = entry.secret;
      }
      const sid = Buffer.concat([nonceB, offer.nonceA]);
      const adA = associatedDataA(offer.mode, offer.resumeId);
      const yb = sampleScalar();
      const pointB = scalarMult(yb, calculateGenerator(prs, channelIdentifier(offer.mode), sid));
      const k = scalarMultVfy(yb, offer.ya);
      if (isIdentity(k)) refuse(connection, Refusal.Malformed);
      const isk = intermediateSessionKey(sid, k, offer.ya, adA, pointB, ASSOCIATED_DATA_B);
      guessing = offer.mode === Mode.Pair;
      connection.send(encodeAnswer(pointB, confirmationTag(sid, isk, pointB, ASSOCIATED_DATA_B)));
      const tagA = decodeConfirm(await next());
      if (!tagsEqual(tagA, confirmationTag(sid, isk, offer.ya, adA))) throw new Refused(undefined, guessing);
      guessing = false;

      const secrets = sessionSecrets(isk, sid);
      const sealer = new RecordSealer(secrets.chairToJoiner);
      const opener = new RecordOpener(secrets.joinerToChair);
      connection.setLimit(MAX_RECORD_FRAME_BYTES);
      const first = opener.open(await next());
      if (first.content !== Content.Hello) throw new HandshakeError('expected a hello');
      const peer: PairingHello = decodeHello(first.payload);
      connection.send(sealer.seal(Content.Hello, encodeHello(o.hello)));
      const mismatch = say.versionMismatch(o.hello, peer) ?? say.sameRole(o.hello, peer);
      if (mismatch !== undefined) {
        connection.send(sealer.seal(Content.Close, Buffer.from(mismatch, 'utf8')));
        connection.end();
        throw new Refused(mismatch, false);
      }
      if (!listening) throw new Refused(undefined, false);

      const resume = entry ?? { secret: secrets.resumeSecret, channel: undefined };
      const resumeId = entry ? offer.resumeId.toString('hex') : secrets.resumeId;
      const channel = new EncryptedChannel(connection, { sealer, opener }, {
        peer,
        comparison: secrets.comparison,
        resume: { id: resumeId, secret: new Uint8Array(resume.secret) },
        resumed: entry !== undefined,
        heartbeatMs: o.heartbeatMs,
      });
      const previous = resume.channel;
      resume.channel = channel;
      if (!entry) {
        if (started === generation) codeUsed = true;
        resumes.set(resumeId, resume);
      }
      if (previous?.isOpen) previous.replace("The minute-taker's laptop reconnected, so this older connection was replaced.");
      made = channel;
    } catch (error) {
      connection.end(); // after any refusal already written; destroyed if it lingers
      if (guessing || (error instanceof Refused && error.guessed)) {
        if (started === generation) countWrongAttempt();
      }
      else if (error instanceof Refused && error.sentence) o.onRefused?.(error.sentence);
    }
    // Outside the try: a fault in the caller's handler is the caller's, not a failed handshake.
    if (made) o.onChannel(made);
  }

  function countWrongAttempt(): void {
    wrongAttempts += 1;
    if (wrongAttempts < maxWrong) {
      o.onRefused?.(say.wrongCodeForChair(wrongAttempts, maxWrong));
      return;
    }
    if (!listening) return;
    stop();
    const sentence = say.stoppedForChair(maxWrong);
    o.onRefused?.(sentence);
    o.onStopped?.(sentence);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(`This laptop could not start listening at ${o.host}:${o.port ?? 0} (${error.code ?? error.message}). Check the address, or choose another port.`)),
    );
    server.listen({ host: o.host, port: o.port ?? 0, exclusive: true }, resolve);
  });
  server.on('error', () => {}); // after listening, errors belong to single connections
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (o.port ?? 0);

  return {
    host: typeof address === 'object' && address ? address.address : o.host,
    port,
    get listening() {
      return listening;
    },
    renewCode(newCode: string) {
      const digits = normalisePairingCode(newCode);
      if (digits === undefined) throw new Error(say.CODE_FORMAT);
      if (!listening) return false;
      // Guesses at the old code tell nothing about the new one, so the count starts again.
      code = digits;
      generation += 1;
      codeUsed = false;
      wrongAttempts = 0;
      return true;
    },
    async close() {
      if (listening) stop();
      // server.close() stops accepting at once; its callback would wait for the links it made,
      // which stay open until whoever holds them closes them.
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}
