import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ristretto255, ristretto255_hasher } from '@noble/curves/ed25519.js';

/**
 * CPace (draft-irtf-cfrg-cpace), cipher suite CPACE-RISTR255-SHA512, initiator-responder mode.
 * A PAKE: both sides turn the short code into a secret generator and exchange one point each,
 * so someone in the middle learns nothing to test code guesses against offline; each online
 * attempt tests one guess, which the listener counts. Checked against the draft's ristretto255
 * test vectors (tests/unit/electron/services/pairing/cpace.test.ts). Ristretto255 is a prime-order
 * group, so there are no small-subgroup points to clear; decoding rejects non-canonical encodings.
 */

type Point = InstanceType<typeof ristretto255.Point>;

export const DSI = Buffer.from('CPaceRistretto255');
/** SHA-512's input block size: the generator string pads the code to fill the first block. */
const SHA512_BLOCK_BYTES = 128;
/** G.I, the encoding of the neutral element: what scalarMultVfy returns for a bad point. */
export const IDENTITY = new Uint8Array(32);

function sha512(...parts: Uint8Array[]): Buffer {
  const h = createHash('sha512');
  for (const p of parts) h.update(p);
  return h.digest();
}

/** The length in LEB128 before the bytes, so concatenated fields cannot be re-split. */
export function prependLen(data: Uint8Array): Buffer {
  const len: number[] = [];
  let n = data.length;
  do {
    len.push(n < 128 ? n : (n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  } while (n > 0);
  return Buffer.concat([Buffer.from(len), data]);
}

export function lvCat(...parts: Uint8Array[]): Buffer {
  return Buffer.concat(parts.map(prependLen));
}

export function generatorString(dsi: Uint8Array, prs: Uint8Array, ci: Uint8Array, sid: Uint8Array): Buffer {
  const zeroPad = Math.max(0, SHA512_BLOCK_BYTES - 1 - prependLen(prs).length - prependLen(dsi).length);
  return lvCat(dsi, prs, new Uint8Array(zeroPad), ci, sid);
}

/** The secret generator: the element derivation of RFC 9496 over 64 bytes of SHA-512. */
export function calculateGenerator(prs: Uint8Array, ci: Uint8Array, sid: Uint8Array): Point {
  return ristretto255_hasher.deriveToCurve!(sha512(generatorString(DSI, prs, ci, sid)));
}

/** Little-endian, as the draft writes scalars. */
export function scalarFromBytes(bytes: Uint8Array): bigint {
  return BigInt(`0x${Buffer.from(bytes).reverse().toString('hex') || '0'}`);
}

/** 32 random bytes with the bits above the group's 252 cleared (the draft's recommendation), never 0. */
export function sampleScalar(): bigint {
  for (;;) {
    const bytes = randomBytes(32);
    bytes[31] = bytes[31]! & 0x0f;
    const y = scalarFromBytes(bytes);
    if (y !== 0n) return y;
  }
}

export function scalarMult(y: bigint, g: Point): Uint8Array {
  return g.multiply(y).toBytes();
}

/** y·decode(X), or IDENTITY when X does not decode or the result is the neutral element. */
export function scalarMultVfy(y: bigint, encoded: Uint8Array): Uint8Array {
  let point: Point;
  try {
    point = ristretto255.Point.fromBytes(encoded);
  } catch {
    return IDENTITY;
  }
  if (point.is0()) return IDENTITY;
  const k = point.multiply(y);
  return k.is0() ? IDENTITY : k.toBytes();
}

export function isIdentity(encoded: Uint8Array): boolean {
  return encoded.length === IDENTITY.length && timingSafeEqual(encoded, IDENTITY);
}

export function transcriptIr(ya: Uint8Array, adA: Uint8Array, yb: Uint8Array, adB: Uint8Array): Buffer {
  return Buffer.concat([lvCat(ya, adA), lvCat(yb, adB)]);
}

/** ISK = H(lv_cat(DSI || "_ISK", sid, K) || transcript_ir(Ya, ADa, Yb, ADb)). */
export function intermediateSessionKey(sid: Uint8Array, k: Uint8Array, ya: Uint8Array, adA: Uint8Array, yb: Uint8Array, adB: Uint8Array): Buffer {
  return sha512(lvCat(Buffer.concat([DSI, Buffer.from('_ISK')]), sid, k), transcriptIr(ya, adA, yb, adB));
}

/**
 * Explicit key confirmation as the draft suggests: mac_key = H("CPaceMac" || sid || ISK), and each
 * side's tag is HMAC-SHA512 over the message it sent. No application data moves before both
 * tags have been checked, so a wrong code is refused before anything of the record is sent.
 */
export function confirmationTag(sid: Uint8Array, isk: Uint8Array, y: Uint8Array, ad: Uint8Array): Buffer {
  const macKey = sha512(Buffer.from('CPaceMac'), sid, isk);
  return createHmac('sha512', macKey).update(lvCat(y, ad)).digest();
}

export function tagsEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
