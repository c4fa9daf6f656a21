import type { CloseKind, PairingHello, SecureChannel } from './types';
import { joinPairing } from './joinPairing';
import { PairingError, type PairingFailure } from './pairingError';

export interface StayJoinedOptions {
  host: string;
  port: number;
  hello: PairingHello;
  /** The open link made with the code. */
  first: SecureChannel;
  /** First wait before reconnecting (default 1 s); doubles up to `maxRetryMs` (default 5 s). */
  retryMs?: number;
  maxRetryMs?: number;
  heartbeatMs?: number;
  /** Each link made by reconnecting, already open. */
  onChannel(ch: SecureChannel): void;
  /** The link dropped; reconnecting has started (the sentence is for a status line). */
  onDown?(reason: string): void;
  /** The link ended for good: closed by either side, refused, or the chair no longer knows it. */
  onEnded(reason: string): void;
}

/** Drops worth reconnecting after: the network, not a person or an attack, ended the link. */
const RECONNECT_AFTER: ReadonlySet<CloseKind> = new Set(['lost', 'silent']);
/** Failures of a reconnection attempt that may pass: try again after the wait. */
const TRY_AGAIN_AFTER: ReadonlySet<PairingFailure> = new Set(['unreachable', 'nothing-listening', 'lost', 'busy', 'interference']);

/**
 * The minute-taker's side of a session: when the Wi-Fi drops, reconnect with the link's resume
 * secret until the chair's laptop answers again (it keeps listening for the whole session), and
 * hand over each new link. It stops when the link is closed on purpose, when the chair's laptop
 * no longer knows the link, or when `stop()` is called.
 */
export function stayJoined(o: StayJoinedOptions): { readonly current: SecureChannel | undefined; stop(): void } {
  const firstWait = o.retryMs ?? 1000;
  const maxWait = o.maxRetryMs ?? 5000;
  let current: SecureChannel | undefined = o.first;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function watch(ch: SecureChannel): void {
    ch.onClose((reason, kind) => {
      if (stopped || ch !== current) return;
      current = undefined;
      if (!RECONNECT_AFTER.has(kind)) {
        stopped = true;
        o.onEnded(reason);
        return;
      }
      o.onDown?.(reason);
      schedule(ch.resume, firstWait);
    });
  }

  function schedule(resume: SecureChannel['resume'], wait: number): void {
    timer = setTimeout(() => void attempt(resume, wait), wait);
  }

  async function attempt(resume: SecureChannel['resume'], wait: number): Promise<void> {
    if (stopped) return;
    try {
      const ch = await joinPairing({ host: o.host, port: o.port, resume, hello: o.hello, heartbeatMs: o.heartbeatMs, timeoutMs: Math.max(wait, 2000) });
      if (stopped) return ch.close();
      current = ch;
      watch(ch);
      o.onChannel(ch);
    } catch (error) {
      if (stopped) return;
      if (error instanceof PairingError && TRY_AGAIN_AFTER.has(error.failure)) return schedule(resume, Math.min(wait * 2, maxWait));
      stopped = true;
      o.onEnded(error instanceof Error ? error.message : String(error));
    }
  }

  watch(o.first);
  return {
    get current() {
      return current;
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
