import { createCipheriv, createDecipheriv } from 'node:crypto';

/**
 * Encrypted records: AES-256-GCM under one key per direction, the 96-bit nonce made from that
 * direction's counter (4 zero bytes, then the 8-byte count), so a nonce never repeats under a
 * key. The count also travels in the clear and is authenticated with the record: the receiver
 * expects exactly the next one, so a replayed, dropped or reordered record is named as such
 * before its tag is even tried, and a changed byte fails the tag.
 *
 * Record body: [RECORD_MARKER][count, 8 bytes][ciphertext of (content type, payload)][tag, 16].
 */
export const RECORD_MARKER = 0x17;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + 8;

export enum Content {
  Hello = 1,
  Data = 2,
  Close = 3,
  Ping = 4,
}

export type RecordFault = 'tag' | 'replay' | 'gap' | 'malformed';

export class RecordError extends Error {
  constructor(readonly fault: RecordFault) {
    super(`record refused: ${fault}`);
  }
}

function nonceFor(count: bigint): Buffer {
  const nonce = Buffer.alloc(12);
  nonce.writeBigUInt64BE(count, 4);
  return nonce;
}

export class RecordSealer {
  private count = 0n;

  constructor(private readonly key: Buffer) {}

  seal(content: Content, payload: Uint8Array): Buffer {
    const header = Buffer.allocUnsafe(HEADER_BYTES);
    header[0] = RECORD_MARKER;
    header.writeBigUInt64BE(this.count, 1);
    const cipher = createCipheriv('aes-256-gcm', this.key, nonceFor(this.count), { authTagLength: TAG_BYTES });
    cipher.setAAD(header);
    const body = Buffer.concat([cipher.update(Buffer.of(content)), cipher.update(payload), cipher.final(), cipher.getAuthTag()]);
    this.count += 1n;
    return Buffer.concat([header, body]);
  }
}

export class RecordOpener {
  private expected = 0n;

  constructor(private readonly key: Buffer) {}

  open(record: Buffer): { content: Content; payload: Buffer } {
    if (record.length < HEADER_BYTES + 1 + TAG_BYTES || record[0] !== RECORD_MARKER) throw new RecordError('malformed');
    const count = record.readBigUInt64BE(1);
    if (count < this.expected) throw new RecordError('replay');
    if (count > this.expected) throw new RecordError('gap');
    const decipher = createDecipheriv('aes-256-gcm', this.key, nonceFor(count), { authTagLength: TAG_BYTES });
    decipher.setAAD(record.subarray(0, HEADER_BYTES));
    decipher.setAuthTag(record.subarray(record.length - TAG_BYTES));
    let plain: Buffer;
    try {
      plain = Buffer.concat([decipher.update(record.subarray(HEADER_BYTES, record.length - TAG_BYTES)), decipher.final()]);
    } catch {
      throw new RecordError('tag');
    }
    this.expected += 1n;
    const content = plain[0]!;
    if (typeof Content[content] !== 'string') throw new RecordError('malformed');
    return { content: content as Content, payload: plain.subarray(1) };
  }
}
