import { hkdfSync } from 'node:crypto';
import { z } from 'zod';
import { lvCat } from './cpace';
import type { PairingHello } from './types';

/**
 * The handshake's messages, in the clear until the keys are agreed (only random nonces, CPace
 * points and MACs; never the code, names or versions):
 *
 *   chair's laptop (listener, CPace B)          minute-taker's laptop (joiner, CPace A)
 *   Greeting: magic, nonceB            ───────▶
 *                                     ◀───────  Offer: mode, nonceA, Ya, resume id (resume only)
 *   Answer: Yb, Tb                     ───────▶  (checks Tb: a wrong code stops here)
 *                                     ◀───────  Confirm: Ta, then the encrypted hello
 *   (checks Ta) encrypted hello        ───────▶
 *
 * sid = nonceB || nonceA, fresh from both sides. The roles are fixed (the listener is always B),
 * and CI names them, as the draft asks for the initiator-responder setting. ADa carries the mode
 * and the resume id, so changing either in transit changes the keys.
 *
 * A Refusal (one byte of reason) may stand in for the Greeting or the Answer. It is not
 * authenticated; it only picks the sentence the joiner shows, which someone in the middle could
 * do anyway by cutting the connection.
 */
export const MAGIC = Buffer.from('CHAIRSIDE-PAIR/1', 'ascii');
const NONCE_BYTES = 16;
const POINT_BYTES = 32;
const TAG_BYTES = 64;
const MAX_RESUME_ID_BYTES = 32;

export enum Msg {
  Greeting = 1,
  Offer = 2,
  Answer = 3,
  Confirm = 4,
  Refusal = 5,
}

export enum Mode {
  Pair = 1,
  Resume = 2,
}

export enum Refusal {
  Busy = 1,
  Stopped = 2,
  CodeUsed = 3,
  UnknownResume = 4,
  Malformed = 5,
}

export class HandshakeError extends Error {}

const malformed = () => new HandshakeError('malformed handshake message');

export function channelIdentifier(mode: Mode): Buffer {
  return lvCat(MAGIC, Buffer.from("minute-taker's laptop, joining"), Buffer.from("chair's laptop, listening"), Buffer.of(mode));
}

export function associatedDataA(mode: Mode, resumeId: Uint8Array): Buffer {
  return lvCat(Buffer.of(mode), resumeId);
}

export const ASSOCIATED_DATA_B = lvCat(MAGIC);

export function encodeGreeting(nonceB: Uint8Array): Buffer {
  return Buffer.concat([Buffer.of(Msg.Greeting), MAGIC, nonceB]);
}

export function encodeRefusal(reason: Refusal): Buffer {
  return Buffer.of(Msg.Refusal, reason);
}

/** Greeting or Refusal: the joiner's first frame. */
export function decodeGreeting(frame: Buffer): { nonceB: Buffer } | { refusal: Refusal } {
  if (frame.length === 2 && frame[0] === Msg.Refusal && typeof Refusal[frame[1]!] === 'string') return { refusal: frame[1] as Refusal };
  if (frame.length !== 1 + MAGIC.length + NONCE_BYTES || frame[0] !== Msg.Greeting) throw malformed();
  if (!frame.subarray(1, 1 + MAGIC.length).equals(MAGIC)) throw malformed();
  return { nonceB: frame.subarray(1 + MAGIC.length) };
}

export interface Offer {
  mode: Mode;
  nonceA: Buffer;
  ya: Buffer;
  resumeId: Buffer;
}

export function encodeOffer(o: Offer): Buffer {
  return Buffer.concat([Buffer.of(Msg.Offer, o.mode), o.nonceA, o.ya, Buffer.of(o.resumeId.length), o.resumeId]);
}

export function decodeOffer(frame: Buffer): Offer {
  const fixed = 2 + NONCE_BYTES + POINT_BYTES + 1;
  if (frame.length < fixed || frame[0] !== Msg.Offer) throw malformed();
  const mode = frame[1]!;
  if (mode !== Mode.Pair && mode !== Mode.Resume) throw malformed();
  const idLength = frame[fixed - 1]!;
  if (idLength > MAX_RESUME_ID_BYTES || frame.length !== fixed + idLength) throw malformed();
  if ((mode === Mode.Pair) !== (idLength === 0)) throw malformed();
  return {
    mode,
    nonceA: frame.subarray(2, 2 + NONCE_BYTES),
    ya: frame.subarray(2 + NONCE_BYTES, 2 + NONCE_BYTES + POINT_BYTES),
    resumeId: frame.subarray(fixed),
  };
}

export function encodeAnswer(yb: Uint8Array, tagB: Uint8Array): Buffer {
  return Buffer.concat([Buffer.of(Msg.Answer), yb, tagB]);
}

/** Answer or Refusal: the joiner's second frame. */
export function decodeAnswer(frame: Buffer): { yb: Buffer; tagB: Buffer } | { refusal: Refusal } {
  if (frame.length === 2 && frame[0] === Msg.Refusal && typeof Refusal[frame[1]!] === 'string') return { refusal: frame[1] as Refusal };
  if (frame.length !== 1 + POINT_BYTES + TAG_BYTES || frame[0] !== Msg.Answer) throw malformed();
  return { yb: frame.subarray(1, 1 + POINT_BYTES), tagB: frame.subarray(1 + POINT_BYTES) };
}

export function encodeConfirm(tagA: Uint8Array): Buffer {
  return Buffer.concat([Buffer.of(Msg.Confirm), tagA]);
}

export function decodeConfirm(frame: Buffer): Buffer {
  if (frame.length !== 1 + TAG_BYTES || frame[0] !== Msg.Confirm) throw malformed();
  return frame.subarray(1);
}

export interface SessionSecrets {
  joinerToChair: Buffer;
  chairToJoiner: Buffer;
  comparison: string;
  resumeId: string;
  resumeSecret: Buffer;
}

function derive(isk: Uint8Array, sid: Uint8Array, label: string, bytes: number): Buffer {
  return Buffer.from(hkdfSync('sha512', isk, sid, `Chairside pairing 1: ${label}`, bytes));
}

/**
 * Everything after CPace comes from ISK through HKDF-SHA512 (salt sid), one label per use: a key
 * per direction, the comparison digits, and (for a link made with the code) the resume id and
 * secret. The comparison is 8 digits from 8 bytes (the bias of the modulo is under 10^-11).
 */
export function sessionSecrets(isk: Uint8Array, sid: Uint8Array): SessionSecrets {
  const digits = (derive(isk, sid, 'comparison', 8).readBigUInt64BE(0) % 100_000_000n).toString().padStart(8, '0');
  return {
    joinerToChair: derive(isk, sid, 'joiner to chair', 32),
    chairToJoiner: derive(isk, sid, 'chair to joiner', 32),
    comparison: `${digits.slice(0, 4)} ${digits.slice(4)}`,
    resumeId: derive(isk, sid, 'resume id', 16).toString('hex'),
    resumeSecret: derive(isk, sid, 'resume secret', 32),
  };
}

const helloSchema = z
  .object({
    appVersion: z.string().min(1).max(64),
    schemaVersion: z.number().int().min(0).max(1_000_000),
    role: z.enum(['chair', 'minute-taker']),
    name: z.string().max(200),
  })
  .strict();

export function encodeHello(hello: PairingHello): Buffer {
  return Buffer.from(JSON.stringify(helloSchema.parse(hello)), 'utf8');
}

export function decodeHello(payload: Buffer): PairingHello {
  try {
    return helloSchema.parse(JSON.parse(payload.toString('utf8')));
  } catch {
    throw malformed();
  }
}
