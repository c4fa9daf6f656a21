import { listenForPairing } from '../../../../../electron/services/pairing/listenForPairing';
import type { CloseKind, ListenOptions, PairingHello, PairingListener, SecureChannel } from '../../../../../electron/services/pairing/types';
import { startRelay, type FrameHook, type Relay } from './relay';

export const HOST = '127.0.0.1';
export const CODE = '482 177';
export const CHAIR: PairingHello = { appVersion: '1.4.0', schemaVersion: 7, role: 'chair', name: 'Ruth Okafor' };
export const MINUTES: PairingHello = { appVersion: '1.4.0', schemaVersion: 7, role: 'minute-taker', name: 'Priya Shah' };

export interface ListeningChair {
  listener: PairingListener;
  channels: SecureChannel[];
  refusals: string[];
  stopped: string[];
  /** The next channel onChannel is given (or one already given and not yet taken). */
  nextChannel(timeoutMs?: number): Promise<SecureChannel>;
}

/** Starts listeners and relays for one test and closes everything it made afterwards. */
export class PairingHarness {
  private readonly closers: Array<() => Promise<void> | void> = [];

  async listen(extra: Partial<ListenOptions> = {}): Promise<ListeningChair> {
    const channels: SecureChannel[] = [];
    const refusals: string[] = [];
    const stopped: string[] = [];
    const waiting: Array<(ch: SecureChannel) => void> = [];
    let taken = 0;
    const listener = await listenForPairing({
      host: HOST,
      code: CODE,
      hello: CHAIR,
      ...extra,
      onChannel: (ch) => {
        channels.push(ch);
        this.track(ch);
        const w = waiting.shift();
        if (w) {
          taken += 1;
          w(ch);
        }
      },
      onRefused: (reason) => refusals.push(reason),
      onStopped: (reason) => stopped.push(reason),
    });
    this.closers.push(() => listener.close());
    return {
      listener,
      channels,
      refusals,
      stopped,
      nextChannel: (timeoutMs = 5000) => {
        if (channels.length > taken) return Promise.resolve(channels[taken++]!);
        return within(new Promise<SecureChannel>((resolve) => waiting.push(resolve)), timeoutMs, 'no channel on the listener');
      },
    };
  }

  async relay(target: { port: number }, hook?: FrameHook): Promise<Relay> {
    const relay = await startRelay({ host: HOST, port: target.port }, hook);
    this.closers.push(() => relay.close());
    return relay;
  }

  track<T extends SecureChannel>(ch: T): T {
    this.closers.push(() => {
      if (ch.isOpen) ch.close();
    });
    return ch;
  }

  async cleanup(): Promise<void> {
    for (const close of this.closers.splice(0).reverse()) await close();
  }
}

export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out: ${what}`)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}

interface Inbox {
  messages: Uint8Array[];
  waiting: Array<(m: Uint8Array) => void>;
}
const inboxes = new WeakMap<SecureChannel, Inbox>();

/** The channel's next message, from one listener per channel that keeps what nobody waited for. */
export function nextMessage(ch: SecureChannel, ms = 5000): Promise<Uint8Array> {
  let inbox = inboxes.get(ch);
  if (!inbox) {
    const created: Inbox = { messages: [], waiting: [] };
    inbox = created;
    inboxes.set(ch, created);
    ch.onMessage((m) => {
      const w = created.waiting.shift();
      if (w) w(m);
      else created.messages.push(m);
    });
  }
  const queued = inbox.messages.shift();
  if (queued) return Promise.resolve(queued);
  const box = inbox;
  return within(new Promise<Uint8Array>((resolve) => box.waiting.push(resolve)), ms, 'no message');
}

export function closing(ch: SecureChannel, ms = 5000): Promise<{ reason: string; kind: CloseKind }> {
  return within(new Promise((resolve) => ch.onClose((reason, kind) => resolve({ reason, kind }))), ms, 'the link did not close');
}

export async function closeReason(ch: SecureChannel, ms = 5000): Promise<string> {
  return (await closing(ch, ms)).reason;
}

export const text = (s: string) => new TextEncoder().encode(s);
export const read = (m: Uint8Array) => new TextDecoder().decode(m);
