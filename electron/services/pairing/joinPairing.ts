import { connect } from 'node:net';
import { randomBytes } from 'node:crypto';
import type { JoinOptions, PairingHello, SecureChannel } from './types';
import { calculateGenerator, confirmationTag, intermediateSessionKey, isIdentity, sampleScalar, scalarMult, scalarMultVfy, tagsEqual } from './cpace';
import { FramedConnection, LinkError, MAX_RECORD_FRAME_BYTES } from './frames';
import {
  ASSOCIATED_DATA_B,
  HandshakeError,
  Mode,
  Refusal,
  associatedDataA,
  channelIdentifier,
  decodeAnswer,
  decodeGreeting,
  decodeHello,
  encodeConfirm,
  encodeHello,
  encodeOffer,
  sessionSecrets,
} from './handshake';
import { Content, RecordOpener, RecordSealer } from './records';
import { EncryptedChannel } from './secureChannel';
import { normalisePairingCode } from './pairingCode';
import * as say from './sentences';
import { PairingError } from './pairingError';

export const DEFAULT_JOIN_TIMEOUT_MS = 10_000;

function refused(refusal: Refusal): PairingError {
  switch (refusal) {
    case Refusal.Busy:
      return new PairingError('busy', say.BUSY);
    case Refusal.Stopped:
      return new PairingError('stopped', say.STOPPED_FOR_JOINER);
    case Refusal.CodeUsed:
      return new PairingError('code-used', say.CODE_USED);
    case Refusal.UnknownResume:
      return new PairingError('resume-unknown', say.RESUME_UNKNOWN);
    default:
      return new PairingError('interference', say.INTERFERENCE);
  }
}

function secretFor(o: JoinOptions): { mode: Mode; prs: Buffer; resumeId: Buffer } {
  if (o.resume) {
    const id = /^[0-9a-f]{32}$/.test(o.resume.id) ? Buffer.from(o.resume.id, 'hex') : undefined;
    if (!id || o.resume.secret.length !== 32) throw new PairingError('resume-unknown', say.RESUME_UNKNOWN);
    return { mode: Mode.Resume, prs: Buffer.from(o.resume.secret), resumeId: id };
  }
  if (o.code === undefined) throw new PairingError('code-format', say.NO_CODE_OR_RESUME);
  const code = normalisePairingCode(o.code);
  if (code === undefined) throw new PairingError('code-format', say.CODE_FORMAT);
  return { mode: Mode.Pair, prs: Buffer.from(code, 'ascii'), resumeId: Buffer.alloc(0) };
}

function openSocket(host: string, port: number, timeoutMs: number): Promise<FramedConnection> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new PairingError('unreachable', say.noAnswer(host, port)));
    }, timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      resolve(new FramedConnection(socket));
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        error.code === 'ECONNREFUSED'
          ? new PairingError('nothing-listening', say.nothingListening(host, port))
          : new PairingError('unreachable', say.noAnswer(host, port), { cause: error }),
      );
    });
  });
}

/**
 * The minute-taker's side: joins with the code (or reconnects with a link's resume secret).
 * Resolves only after both MACs have been checked and both hellos agree on versions; otherwise
 * rejects with a PairingError whose message is a sentence for the minute-taker (and whose
 * `failure` says what happened, for code), and nothing has been
 * sent but the handshake.
 */
export async function joinPairing(o: JoinOptions): Promise<SecureChannel> {
  const ownHello = encodeHello(o.hello);
  const { mode, prs, resumeId } = secretFor(o);
  const timeoutMs = o.timeoutMs ?? DEFAULT_JOIN_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  const connection = await openSocket(o.host, o.port, timeoutMs);
  const next = () => connection.next(Math.max(1, deadline - Date.now()));
  let stage: 'greeting' | 'keys' | 'hello' = 'greeting';
  try {
    const greeting = decodeGreeting(await next());
    if ('refusal' in greeting) throw refused(greeting.refusal);
    stage = 'keys';
    const nonceA = randomBytes(16);
    const sid = Buffer.concat([greeting.nonceB, nonceA]);
    const adA = associatedDataA(mode, resumeId);
    const ya = sampleScalar();
    const pointA = Buffer.from(scalarMult(ya, calculateGenerator(prs, channelIdentifier(mode), sid)));
    connection.send(encodeOffer({ mode, nonceA, ya: pointA, resumeId }));
    const answer = decodeAnswer(await next());
    if ('refusal' in answer) throw refused(answer.refusal);
    const k = scalarMultVfy(ya, answer.yb);
    if (isIdentity(k)) throw new PairingError('interference', say.INTERFERENCE);
    const isk = intermediateSessionKey(sid, k, pointA, adA, answer.yb, ASSOCIATED_DATA_B);
    if (!tagsEqual(answer.tagB, confirmationTag(sid, isk, answer.yb, ASSOCIATED_DATA_B))) {
      throw mode === Mode.Pair ? new PairingError('wrong-code', say.WRONG_CODE) : new PairingError('resume-refused', say.RESUME_FAILED);
    }
    connection.send(encodeConfirm(confirmationTag(sid, isk, pointA, adA)));

    stage = 'hello';
    const secrets = sessionSecrets(isk, sid);
    const sealer = new RecordSealer(secrets.joinerToChair);
    const opener = new RecordOpener(secrets.chairToJoiner);
    connection.setLimit(MAX_RECORD_FRAME_BYTES);
    connection.send(sealer.seal(Content.Hello, ownHello));
    const first = opener.open(await next());
    if (first.content === Content.Close) throw new PairingError('interference', first.payload.toString('utf8').slice(0, 500) || say.INTERFERENCE);
    if (first.content !== Content.Hello) throw new HandshakeError('expected a hello');
    const peer: PairingHello = decodeHello(first.payload);
    const versions = say.versionMismatch(o.hello, peer);
    const roles = say.sameRole(o.hello, peer);
    if (versions !== undefined || roles !== undefined) {
      const mismatch = versions !== undefined ? new PairingError('versions-differ', versions) : new PairingError('same-role', roles!);
      connection.send(sealer.seal(Content.Close, Buffer.from(mismatch.message, 'utf8')));
      throw mismatch;
    }
    const resume = mode === Mode.Pair ? { id: secrets.resumeId, secret: new Uint8Array(secrets.resumeSecret) } : { id: o.resume!.id, secret: new Uint8Array(prs) };
    return new EncryptedChannel(connection, { sealer, opener }, { peer, comparison: secrets.comparison, resume, resumed: mode === Mode.Resume, heartbeatMs: o.heartbeatMs });
  } catch (error) {
    // Waiting for the chair's laptop to see the hang-up means it has counted a wrong code and is
    // free again by the time the minute-taker retries, instead of answering "busy".
    await connection.endAndWait(1000);
    throw failureFor(error, stage, o);
  }
}

function failureFor(error: unknown, stage: 'greeting' | 'keys' | 'hello', o: JoinOptions): PairingError {
  if (error instanceof PairingError) return error;
  if (error instanceof LinkError && error.fault === 'timeout') return new PairingError('unreachable', say.noAnswer(o.host, o.port), { cause: error });
  if (error instanceof LinkError && error.fault === 'lost') return new PairingError('lost', say.LOST_WHILE_PAIRING, { cause: error });
  // Something that does not speak our greeting is not Chairside; a fault after it (a bad point,
  // a record that fails its tag) means the link cannot be trusted.
  if (stage === 'greeting') return new PairingError('not-chairside', say.NOT_CHAIRSIDE, { cause: error });
  return new PairingError('interference', say.INTERFERENCE, { cause: error });
}
