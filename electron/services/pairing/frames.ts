import type { Socket } from 'node:net';

/**
 * Length-prefixed frames on TCP: a 4-byte big-endian length, then that many bytes. The length is
 * checked against a cap before anything is kept for the frame, so a peer that announces 4 GiB is
 * refused at once instead of being waited for (or allocated). Until the keys are agreed the cap is
 * a few kilobytes: someone who has not paired cannot make us hold 8 MiB.
 */
export const MAX_MESSAGE_BYTES = 8 * 1024 * 1024;
/** A record adds a marker, a sequence number, a content type and a 16-byte tag. */
export const MAX_RECORD_FRAME_BYTES = MAX_MESSAGE_BYTES + 64;
export const MAX_HANDSHAKE_FRAME_BYTES = 4096;
const HEADER_BYTES = 4;

export type LinkFault = 'lost' | 'too-large' | 'malformed' | 'timeout';

export class LinkError extends Error {
  constructor(
    readonly fault: LinkFault,
    detail: string,
  ) {
    super(detail);
  }
}

export function encodeFrame(body: Uint8Array): Buffer {
  const header = Buffer.allocUnsafe(HEADER_BYTES);
  header.writeUInt32BE(body.length, 0);
  return Buffer.concat([header, body]);
}

/** Cuts a byte stream into frames. Holds at most one frame's bytes (plus what arrived with it). */
export class FrameReader {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private expected = -1;

  constructor(private limit: number) {}

  setLimit(limit: number): void {
    this.limit = limit;
  }

  /** The whole frames completed by `chunk`; throws LinkError('too-large') on an oversized length. */
  push(chunk: Buffer): Buffer[] {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    const frames: Buffer[] = [];
    for (;;) {
      if (this.expected < 0) {
        if (this.buffered < HEADER_BYTES) break;
        const length = this.take(HEADER_BYTES).readUInt32BE(0);
        if (length > this.limit) {
          this.chunks = [];
          this.buffered = 0;
          throw new LinkError('too-large', `a frame of ${length} bytes, over the limit of ${this.limit}`);
        }
        this.expected = length;
      }
      if (this.buffered < this.expected) break;
      frames.push(this.take(this.expected));
      this.expected = -1;
    }
    return frames;
  }

  private take(n: number): Buffer {
    const out = Buffer.allocUnsafe(n);
    let filled = 0;
    while (filled < n) {
      const head = this.chunks[0]!;
      const used = Math.min(head.length, n - filled);
      head.copy(out, filled, 0, used);
      filled += used;
      if (used === head.length) this.chunks.shift();
      else this.chunks[0] = head.subarray(used);
    }
    this.buffered -= n;
    return out;
  }
}

/**
 * A socket read as frames: the handshake awaits them one by one with `next()`, then the secure
 * channel takes the rest with `takeOver()`, including any that arrived in the same TCP segment
 * as the last handshake frame.
 */
export class FramedConnection {
  private readonly reader: FrameReader;
  private queue: Buffer[] = [];
  private waiter: { resolve(frame: Buffer): void; reject(error: LinkError): void } | undefined;
  private handler: { frame(frame: Buffer): void; end(error: LinkError): void } | undefined;
  private failure: LinkError | undefined;

  constructor(
    readonly socket: Socket,
    limit = MAX_HANDSHAKE_FRAME_BYTES,
  ) {
    this.reader = new FrameReader(limit);
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', () => this.fail(new LinkError('lost', 'the connection failed')));
    // The other side's FIN ends the link at once (nothing here is half-open), so a listener
    // counts a hang-up in the same turn of the event loop as it arrives.
    socket.on('end', () => this.fail(new LinkError('lost', 'the other side ended the connection')));
    socket.on('close', () => this.fail(new LinkError('lost', 'the connection closed')));
  }

  setLimit(limit: number): void {
    this.reader.setLimit(limit);
  }

  get failed(): LinkError | undefined {
    return this.failure;
  }

  send(body: Uint8Array): void {
    if (!this.socket.destroyed && this.socket.writable) this.socket.write(encodeFrame(body));
  }

  /** The next frame; rejects when the connection fails or after `timeoutMs`. */
  next(timeoutMs: number): Promise<Buffer> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve(queued);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = undefined;
        reject(new LinkError('timeout', 'no answer in time'));
      }, timeoutMs);
      this.waiter = {
        resolve: (f) => (clearTimeout(timer), resolve(f)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      };
    });
  }

  takeOver(frame: (frame: Buffer) => void, end: (error: LinkError) => void): void {
    this.handler = { frame, end };
    const queued = this.queue;
    this.queue = [];
    // Frames that arrived before a failure are still delivered (the channel ignores them once it
    // has closed itself), then the failure.
    for (const f of queued) frame(f);
    if (this.failure) end(this.failure);
  }

  /** Ends the connection: a FIN after what is already written, and a hard stop if it lingers. */
  end(): void {
    if (this.socket.destroyed) return;
    this.socket.end();
    setTimeout(() => this.socket.destroy(), 2000).unref();
  }

  /** Ends the connection and waits (at most `ms`) until the other side has closed it too. */
  endAndWait(ms: number): Promise<void> {
    if (this.socket.destroyed) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => (this.socket.destroy(), resolve()), ms);
      this.socket.once('close', () => (clearTimeout(timer), resolve()));
      this.socket.resume();
      this.end();
    });
  }

  destroy(): void {
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    if (this.failure) return;
    let frames: Buffer[];
    try {
      frames = this.reader.push(chunk);
    } catch (error) {
      this.fail(error instanceof LinkError ? error : new LinkError('malformed', String(error)));
      return;
    }
    for (const f of frames) {
      if (this.failure) return;
      if (this.handler) this.handler.frame(f);
      else if (this.waiter) {
        const w = this.waiter;
        this.waiter = undefined;
        w.resolve(f);
      } else this.queue.push(f);
    }
  }

  private fail(error: LinkError): void {
    if (this.failure) return;
    this.failure = error;
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = undefined;
      w.reject(error);
    }
    this.handler?.end(error);
  }
}
