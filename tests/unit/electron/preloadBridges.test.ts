import { describe, expect, it } from 'vitest';
import { calls, CHAIR_EVENT_CHANNELS, FAMILY_EVENT_CHANNELS } from '../../../shared/ipc';
import { chairBridge, familyBridge, type RendererIpc } from '../../../electron/preloadBridges';

// What the preloads put on `window`, built over a recording ipcRenderer. Electron's event object
// carries `sender` (ipcRenderer itself), so a bridge that handed it to the page would hand over
// every channel: the fake event here carries one, and no listener may ever see it.

function recordingIpc() {
  const log: string[] = [];
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  const ipc: RendererIpc = {
    invoke: async (channel) => (log.push(`invoke ${channel}`), { ok: true, value: null }),
    on: (channel, l) => (log.push(`on ${channel}`), listeners.set(channel, (listeners.get(channel) ?? new Set()).add(l))),
    removeListener: (channel, l) => (log.push(`off ${channel}`), listeners.get(channel)?.delete(l)),
  };
  const senderEvent = { sender: ipc, ports: [] };
  const push = (channel: string, payload: unknown) => {
    for (const l of listeners.get(channel) ?? []) l(senderEvent, payload);
  };
  return { ipc, log, push, listening: (channel: string) => listeners.get(channel)?.size ?? 0 };
}

describe('family window bridge', () => {
  it('has one function, which subscribes to the family screen only and never calls main', () => {
    const { ipc, log, push, listening } = recordingIpc();
    const bridge = familyBridge(ipc);
    expect(Object.keys(bridge)).toEqual(['onFamilyScreen']);
    const got: unknown[] = [];
    const off = bridge.onFamilyScreen((screen) => got.push(screen));
    push(FAMILY_EVENT_CHANNELS.familyScreen, { curtain: true });
    push(CHAIR_EVENT_CHANNELS.familyState, { open: true });
    push(CHAIR_EVENT_CHANNELS.conferenceChanged, { id: 'x', revision: 2 });
    expect(got).toEqual([{ curtain: true }]);
    off();
    expect(listening(FAMILY_EVENT_CHANNELS.familyScreen)).toBe(0);
    expect(log).toEqual([`on ${FAMILY_EVENT_CHANNELS.familyScreen}`, `off ${FAMILY_EVENT_CHANNELS.familyScreen}`]);
  });

  it('gives the page the payload alone, never the event with its sender', () => {
    const { ipc, push } = recordingIpc();
    const args: unknown[][] = [];
    familyBridge(ipc).onFamilyScreen((...a: unknown[]) => args.push(a));
    push(FAMILY_EVENT_CHANNELS.familyScreen, { curtain: false, view: null });
    expect(args).toEqual([[{ curtain: false, view: null }]]);
  });
});

describe('chair window bridge', () => {
  it('has one named function per call of the contract, plus `on`, and no way to name a channel', async () => {
    const { ipc, log } = recordingIpc();
    const bridge = chairBridge(ipc);
    expect(Object.keys(bridge).sort()).toEqual([...Object.keys(calls), 'on'].sort());
    await bridge.listConferences({});
    expect(log).toEqual([`invoke ${calls.listConferences.channel}`]);
  });

  it('subscribes to known events only, hands over the payload alone, and unsubscribes', () => {
    const { ipc, push, listening } = recordingIpc();
    const bridge = chairBridge(ipc);
    const args: unknown[][] = [];
    const off = bridge.on('openSettings', (...a: unknown[]) => args.push(a));
    push(CHAIR_EVENT_CHANNELS.openSettings, {});
    expect(args).toEqual([[{}]]);
    off();
    expect(listening(CHAIR_EVENT_CHANNELS.openSettings)).toBe(0);
    for (const name of ['chairside:conference.save', 'toString', '__proto__', 'constructor']) expect(() => bridge.on(name as never, () => {})).toThrow(/Unknown event/);
  });
});
