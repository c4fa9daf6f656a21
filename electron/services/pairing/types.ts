/**
 * The pairing link between the chair's laptop and the minute-taker's (issue 17): what the
 * shared-document layer above it sees. Everything here is plain Node (net + crypto); nothing
 * imports 'electron'.
 */

/** What each side says about itself, sent only inside the encrypted link. */
export interface PairingHello {
  appVersion: string;
  schemaVersion: number;
  role: 'chair' | 'minute-taker';
  name: string;
}

/**
 * Why a link closed: closed on this laptop, closed by the other, the connection lost, nothing
 * heard for three heartbeats, a frame refused (failed tag, replay, reorder, malformed, too large),
 * or replaced by the same joiner's reconnection.
 */
export type CloseKind = 'closed-here' | 'closed-by-peer' | 'lost' | 'silent' | 'refused-frame' | 'replaced';

/**
 * An authenticated, encrypted, ordered link to the other laptop. Frames that fail their tag,
 * arrive twice or out of order, are malformed or too large close it; `onClose` then says why.
 */
export interface SecureChannel {
  /** Sends one message (at most MAX_MESSAGE_BYTES). Throws once the link is closed. */
  send(message: Uint8Array): void;
  /** Messages that arrived before the first listener was added are held and given to it. */
  onMessage(listener: (message: Uint8Array) => void): () => void;
  /**
   * Called once, with a sentence for the user and what happened; a listener added after the
   * close is still told. 'lost' and 'silent' are worth reconnecting with `resume`; 'replaced'
   * means the same joiner is already back on a new link (the chair's onChannel has it).
   */
  onClose(listener: (reason: string, kind: CloseKind) => void): () => void;
  close(reason?: string): void;
  readonly peer: PairingHello;
  /** Eight digits shown "4821 7730" on both screens; they match only if both hold the same keys. */
  readonly comparison: string;
  /** Lets the joiner reconnect after a drop without a new code, while the chair's laptop listens. */
  readonly resume: { id: string; secret: Uint8Array };
  /** True for a link made by reconnecting with `resume`, false for one made with the code. */
  readonly resumed: boolean;
  readonly isOpen: boolean;
}

export interface ListenOptions {
  host: string;
  port?: number;
  code: string;
  hello: PairingHello;
  /** Wrong codes allowed before the listener stops (default 5), so guessing online is bounded. */
  maxWrongAttempts?: number;
  /** How long one connection may take to pair (default 10 s); a silent one is dropped after it. */
  handshakeTimeoutMs?: number;
  /** Heartbeat of the links made (default 5 s; silence for three beats closes the link). */
  heartbeatMs?: number;
  onChannel(ch: SecureChannel): void;
  /** Each refused attempt, in a sentence for the chair (a wrong code, a version mismatch). */
  onRefused?(reason: string): void;
  /** The listener stopped by itself (too many wrong codes); it accepts nothing more. */
  onStopped?(reason: string): void;
}

export interface PairingListener {
  host: string;
  port: number;
  /** False once closed or stopped after too many wrong codes. */
  readonly listening: boolean;
  /**
   * Lets someone join again with a new code (the minute-taker's app was restarted and has no
   * resume secret), keeping the links already made and their resume secrets. False once stopped.
   */
  renewCode(code: string): boolean;
  /** Stops listening and forgets the links' resume secrets; links already made stay open. */
  close(): Promise<void>;
}

export interface JoinOptions {
  host: string;
  port: number;
  code?: string;
  resume?: { id: string; secret: Uint8Array };
  hello: PairingHello;
  /** How long to wait for the chair's laptop (default 10 s). */
  timeoutMs?: number;
  heartbeatMs?: number;
}
