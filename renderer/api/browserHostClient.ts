import { calls, CHAIR_EVENT_CHANNELS, FAMILY_EVENT_CHANNELS, fail, type CallName, type ChairEvents, type ChairsideApi, type FamilyApi, type Result } from '../../shared/ipc';
import type { FamilyScreen } from '../../shared/family/familyView';
import { openEventStream } from './eventStream';

/** The header the browser host checks on every API call and event stream. */
export const SECRET_HEADER = 'x-chairside-secret';

/**
 * ChairsideApi over the browser host: each call is POST /api/<channel> with the per-run secret
 * in a header; push events arrive on GET /events. Same contract, same results as the preload.
 */
export function createBrowserHostClient(secret: string | Promise<string>, base = ''): ChairsideApi {
  // The secret may still be on its way (traded for the one-time code in the address): every call
  // and the event stream wait for it, and a refused code fails every call with its reason.
  const ready = Promise.resolve(secret).then((s) => ({ [SECRET_HEADER]: s }));
  ready.catch(() => {});
  const listeners = new Map<keyof ChairEvents, Set<(payload: never) => void>>();
  const eventNames = new Map(Object.entries(CHAIR_EVENT_CHANNELS).map(([name, channel]) => [channel, name as keyof ChairEvents]));

  let streamStarted = false;
  const ensureStream = () => {
    if (streamStarted) return;
    streamStarted = true;
    void ready.then((headers) => {
      // The stream lives as long as the page: nothing closes it.
      openEventStream(`${base}/events`, headers, ({ event, data }) => {
      const name = eventNames.get(event as `chairside:event.${string}`);
      if (!name) return;
      let payload: unknown;
      try {
        payload = JSON.parse(data);
      } catch {
        return;
      }
      listeners.get(name)?.forEach((listener) => listener(payload as never));
      });
    }, () => {});
  };

  const invoke = async (channel: string, input: unknown): Promise<Result<unknown>> => {
    let headers: Record<string, string>;
    try {
      headers = await ready;
    } catch (err) {
      return fail('forbidden', err instanceof Error ? err.message : 'Chairside could not open this session.');
    }
    let res: Response;
    try {
      res = await fetch(`${base}/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(input ?? {}),
        cache: 'no-store',
      });
    } catch {
      return fail('internal', 'Chairside’s local service is not answering. Check it is still running, then try again.');
    }
    try {
      return (await res.json()) as Result<unknown>;
    } catch {
      return fail('internal', `Chairside’s local service gave an unreadable answer (HTTP ${res.status}).`);
    }
  };

  const functions = Object.fromEntries(
    Object.entries(calls).map(([name, c]) => [name, (input: unknown) => invoke(c.channel, input)]),
  ) as { [K in CallName]: ChairsideApi[K] };

  return {
    ...functions,
    on(event, listener) {
      if (!(event in CHAIR_EVENT_CHANNELS)) throw new Error(`Unknown Chairside event: ${String(event)}`);
      ensureStream();
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (payload: never) => void);
      return () => {
        set.delete(listener as (payload: never) => void);
      };
    },
  } satisfies ChairsideApi;
}

/** FamilyApi over the browser host: only GET /family-events, with the family's own secret. */
export function createBrowserFamilyClient(familySecret: string, base = ''): FamilyApi {
  const listeners = new Set<(screen: FamilyScreen) => void>();
  let closeStream: (() => void) | null = null;
  return {
    onFamilyScreen(listener) {
      listeners.add(listener);
      closeStream ??= openEventStream(`${base}/family-events`, { [SECRET_HEADER]: familySecret }, ({ event, data }) => {
        if (event !== FAMILY_EVENT_CHANNELS.familyScreen) return;
        try {
          const screen = JSON.parse(data) as FamilyScreen;
          listeners.forEach((l) => l(screen));
        } catch {
          // A garbled message is dropped; the next push replaces it.
        }
      });
      return () => {
        listeners.delete(listener);
      };
    },
  } satisfies FamilyApi;
}
