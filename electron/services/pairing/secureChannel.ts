import type { CloseKind, PairingHello, SecureChannel } from './types';
import { MAX_MESSAGE_BYTES, type FramedConnection, type LinkError } from './frames';
import { Content, RecordError, type RecordOpener, type RecordSealer } from './records';
import * as say from './sentences';

export const DEFAULT_HEARTBEAT_MS = 5000;
/** A link that hears nothing (not even a heartbeat) for this many beats is taken as dropped. */
const SILENT_BEATS = 3;
const MAX_CLOSE_REASON_CHARS = 500;

export interface ChannelKeys {
  sealer: RecordSealer;
  opener: RecordOpener;
}

export interface ChannelInfo {
  peer: PairingHello;
  comparison: string;
  resume: { id: string; secret: Uint8Array };
  resumed: boolean;
  heartbeatMs?: number;
}

function faultSentence(error: RecordError): string {
  switch (error.fault) {
    case 'tag':
      return say.TAMPERED;
    case 'replay':
      return say.REPLAYED;
    case 'gap':
      return say.OUT_OF_ORDER;
    default:
      return say.MALFORMED;
  }
}

/**
 * The link after the handshake: application messages as Data records, a Close record with a
 * sentence when either side ends it, and a Ping when nothing else has been sent for a beat, so
 * a dropped Wi-Fi is noticed in seconds rather than when TCP gives up minutes later.
 */
export class EncryptedChannel implements SecureChannel {
  readonly peer: PairingHello;
  readonly comparison: string;
  readonly resume: { id: string; secret: Uint8Array };
  readonly resumed: boolean;
  private readonly messageListeners = new Set<(message: Uint8Array) => void>();
  private readonly closeListeners = new Set<(reason: string, kind: CloseKind) => void>();
  private held: Uint8Array[] = [];
  private closedReason: string | undefined;
  private closedKind: CloseKind = 'closed-here';
  private lastSent = Date.now();
  private lastHeard = Date.now();
  private lastBeat = Date.now();
  private readonly beat: ReturnType<typeof setInterval>;

  constructor(
    private readonly connection: FramedConnection,
    private readonly keys: ChannelKeys,
    info: ChannelInfo,
  ) {
    this.peer = info.peer;
    this.comparison = info.comparison;
    this.resume = info.resume;
    this.resumed = info.resumed;
    const heartbeatMs = info.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
    this.beat = setInterval(() => this.heartbeat(heartbeatMs), heartbeatMs);
    this.beat.unref();
    connection.takeOver(
      (frame) => this.receive(frame),
      (error) => this.connectionEnded(error),
    );
  }

  get isOpen(): boolean {
    return this.closedReason === undefined;
  }

  send(message: Uint8Array): void {
    if (this.closedReason !== undefined) throw new Error(`The link is closed. ${this.closedReason}`);
    if (message.length > MAX_MESSAGE_BYTES) throw new RangeError('A message over 8 MiB cannot be sent on the link.');
    this.write(Content.Data, message);
  }

  onMessage(listener: (message: Uint8Array) => void): () => void {
    this.messageListeners.add(listener);
    // One at a time, so a listener that removes itself after one message leaves the rest held.
    while (this.held.length > 0 && this.messageListeners.has(listener)) listener(this.held.shift()!);
    return () => this.messageListeners.delete(listener);
  }

  onClose(listener: (reason: string, kind: CloseKind) => void): () => void {
    if (this.closedReason !== undefined) {
      const reason = this.closedReason;
      const kind = this.closedKind;
      queueMicrotask(() => listener(reason, kind));
      return () => {};
    }
    this.closeListeners.add(listener);
    return () => this.closeListeners.delete(listener);
  }

  close(reason?: string): void {
    this.closeWith(reason ?? say.CLOSED_HERE, reason ?? '', 'closed-here');
  }

  /** Closed on this laptop because the same joiner has reconnected on a new link. */
  replace(reason: string): void {
    this.closeWith(reason, reason, 'replaced');
  }

  /** Tells the other side why (inside the link), then ends the connection. */
  private closeWith(localReason: string, toPeer: string | undefined, kind: CloseKind): void {
    if (this.closedReason !== undefined) return;
    if (toPeer !== undefined) this.write(Content.Close, Buffer.from(toPeer.slice(0, MAX_CLOSE_REASON_CHARS), 'utf8'));
    this.connection.end();
    this.finish(localReason, kind);
  }

  private finish(reason: string, kind: CloseKind): void {
    if (this.closedReason !== undefined) return;
    this.closedReason = reason;
    this.closedKind = kind;
    clearInterval(this.beat);
    this.held = [];
    for (const listener of [...this.closeListeners]) listener(reason, kind);
    this.closeListeners.clear();
    this.messageListeners.clear();
  }

  private write(content: Content, payload: Uint8Array): void {
    this.connection.send(this.keys.sealer.seal(content, payload));
    this.lastSent = Date.now();
  }

  private receive(frame: Buffer): void {
    if (this.closedReason !== undefined) return;
    let record: { content: Content; payload: Buffer };
    try {
      record = this.keys.opener.open(frame);
    } catch (error) {
      const sentence = error instanceof RecordError ? faultSentence(error) : say.MALFORMED;
      this.closeWith(sentence, sentence, 'refused-frame');
      return;
    }
    this.lastHeard = Date.now();
    switch (record.content) {
      case Content.Data:
        if (this.messageListeners.size === 0) this.held.push(record.payload);
        for (const listener of [...this.messageListeners]) listener(record.payload);
        return;
      case Content.Close: {
        const text = record.payload.toString('utf8').slice(0, MAX_CLOSE_REASON_CHARS);
        this.connection.end();
        this.finish(say.closedByPeer(this.peer, text), 'closed-by-peer');
        return;
      }
      case Content.Ping:
        return;
      default:
        // A second hello, or anything else out of place, is a fault in the peer: stop.
        this.closeWith(say.MALFORMED, say.MALFORMED, 'refused-frame');
    }
  }

  private connectionEnded(error: LinkError): void {
    if (this.closedReason !== undefined) return;
    if (error.fault === 'too-large') {
      this.closeWith(say.TOO_LARGE, say.TOO_LARGE, 'refused-frame');
      return;
    }
    this.connection.destroy();
    this.finish(say.lost(this.peer), 'lost');
  }

  private heartbeat(heartbeatMs: number): void {
    if (this.closedReason !== undefined) return;
    const now = Date.now();
    // A beat that comes late means this process was stalled (a long task, a laptop waking from
    // sleep): what the other side sent is still waiting to be read, so it gets a fresh window.
    if (now - this.lastBeat > 2 * heartbeatMs) this.lastHeard = now;
    this.lastBeat = now;
    if (now - this.lastHeard >= SILENT_BEATS * heartbeatMs) {
      this.connection.destroy();
      this.finish(say.silent(this.peer, Math.max(1, Math.round((SILENT_BEATS * heartbeatMs) / 1000))), 'silent');
      return;
    }
    if (now - this.lastSent >= heartbeatMs / 2) this.write(Content.Ping, new Uint8Array(0));
  }
}
