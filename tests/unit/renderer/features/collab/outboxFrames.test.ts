// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate } from 'y-protocols/awareness';
import type { ChairsideApi, CollabStatus } from '../../../../../shared/ipc';

// What the chair's window sends to main while someone types (collabStore.ts), seen as the page
// sees it: which frames it asks for. A frame asked for when none was coming is a frame of its own,
// and a key pressed within that frame's 16 ms slot waits for the next slot before it shows (the
// paired typing bench's slowest keys). Only a change made here may ask, in its own task.

const b64 = (u: Uint8Array) => btoa(String.fromCharCode(...u));

let frames = 0;
let pushes: { update: string; awareness?: string }[] = [];

beforeEach(() => {
  vi.resetModules();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
  const raf = window.requestAnimationFrame.bind(window);
  frames = 0;
  window.requestAnimationFrame = (cb: FrameRequestCallback) => (frames++, raf(cb));
  pushes = [];
});
afterEach(() => {
  vi.useRealTimers();
});

async function connected() {
  const { setApi } = await import('../../../../../renderer/api/api');
  const status: CollabStatus = { state: 'connected', role: 'chair', conferenceId: 'c1' };
  const empty = b64(Y.encodeStateAsUpdate(new Y.Doc()));
  setApi({
    on: () => () => {},
    collabStatus: async () => ({ ok: true, value: status }),
    collabState: async () => ({ ok: true, value: { update: empty } }),
    collabPush: async (input: { update: string; awareness?: string }) => (pushes.push(input), { ok: true, value: {} }),
    collabAwareness: async (input: { update: string }) => (pushes.push({ update: '', awareness: input.update }), { ok: true, value: {} }),
  } as Partial<ChairsideApi> as ChairsideApi);
  const { followCollab, useCollab } = await import('../../../../../renderer/features/collab/collabStore');
  followCollab();
  await vi.waitFor(() => expect(useCollab.getState().replica).not.toBeNull());
  return useCollab.getState();
}

describe('the window’s outbox and the page’s frames', () => {
  it('sends a key’s change after the frame that shows it, asking for no frame of its own', async () => {
    const { replica } = await connected();
    frames = 0;
    replica!.getText('t').insert(0, 'a'); // a key: its own frame is coming
    expect(frames).toBe(1);
    expect(pushes).toHaveLength(0); // not inside the key's frame
    await vi.advanceTimersByTimeAsync(20); // the frame, then the task after it
    expect(pushes).toHaveLength(1);
    expect(frames).toBe(1);
  });

  it('sends a caret held back for the gap without asking for a frame (no frame was coming)', async () => {
    const { replica, awareness } = await connected();
    replica!.getText('t').insert(0, 'a');
    awareness!.setLocalStateField('cursor', { at: 1 });
    await vi.advanceTimersByTimeAsync(20);
    expect(pushes).toHaveLength(1);
    // The caret moves again at once: it waits for the gap (150 ms), then goes by itself.
    awareness!.setLocalStateField('cursor', { at: 2 });
    const asked = frames; // the caret move is drawn: it may ask, in its own task
    await vi.advanceTimersByTimeAsync(200);
    expect(pushes).toHaveLength(2);
    expect(pushes[1]!.awareness).toBeTruthy();
    // The gap's timer, long after that frame, asked for none.
    expect(frames).toBe(asked);
  });

  it('sends what was typed while a request was on its way once it is back, asking for no frame then', async () => {
    const { replica } = await connected();
    const { api } = await import('../../../../../renderer/api/api');
    // Main takes 40 ms to answer.
    api().collabPush = (input) => new Promise((done) => setTimeout(() => (pushes.push(input), done({ ok: true, value: {} })), 40));
    replica!.getText('t').insert(0, 'a');
    await vi.advanceTimersByTimeAsync(20); // 'a' is on its way
    replica!.getText('t').insert(1, 'b'); // typed meanwhile: asks for its own frame, in its task
    const asked = frames;
    await vi.advanceTimersByTimeAsync(200);
    expect(pushes).toHaveLength(2);
    // 'b' goes once 'a' is back, long after b's frame: no frame is asked for then.
    expect(frames).toBe(asked);
  });

  it('always sends the caret’s last place once typing stops, however the keys and answers fall', async () => {
    for (const answerMs of [0, 5, 40, 120, 200]) {
      for (const gapMs of [1, 10, 30, 60]) {
        vi.resetModules();
        pushes = [];
        const { replica, awareness } = await connected();
        const { api } = await import('../../../../../renderer/api/api');
        const answer = <T>(value: T) => new Promise<T>((done) => setTimeout(() => done(value), answerMs));
        api().collabPush = (input) => (pushes.push(input), answer({ ok: true as const, value: {} }));
        api().collabAwareness = (input) => (pushes.push({ update: '', awareness: input.update }), answer({ ok: true as const, value: {} }));
        for (let k = 0; k < 12; k++) {
          replica!.getText('t').insert(k, 'x'); // a key: the change and the caret in one task
          awareness!.setLocalStateField('cursor', { at: k + 1 });
          await vi.advanceTimersByTimeAsync(gapMs);
        }
        await vi.advanceTimersByTimeAsync(2_000);
        const last = pushes.filter((p) => p.awareness).at(-1)!;
        const seen = new Awareness(new Y.Doc());
        applyAwarenessUpdate(seen, Uint8Array.from(atob(last.awareness!), (ch) => ch.charCodeAt(0)), 'main');
        expect({ answerMs, gapMs, cursor: seen.getStates().get(awareness!.clientID)?.cursor }).toEqual({ answerMs, gapMs, cursor: { at: 12 } });
      }
    }
  });

  it('sends the last caret move even when the gap’s timer fires just before the page’s clock says the gap is over', async () => {
    const { replica, awareness } = await connected();
    replica!.getText('t').insert(0, 'a');
    awareness!.setLocalStateField('cursor', { at: 1 });
    await vi.advanceTimersByTimeAsync(20);
    expect(pushes).toHaveLength(1);
    // The caret moves again within the gap, so it waits for a timer; by the time the timer fires
    // the page's clock reads half a millisecond short of the gap (a timer's delay is whole
    // milliseconds, rounded down; the clock is not).
    awareness!.setLocalStateField('cursor', { at: 2 });
    const now = performance.now.bind(performance);
    const behind = vi.spyOn(performance, 'now').mockImplementation(() => now() - 0.5);
    await vi.advanceTimersByTimeAsync(1_000);
    behind.mockRestore();
    const last = pushes.filter((p) => p.awareness).at(-1)!;
    const seen = new Awareness(new Y.Doc());
    applyAwarenessUpdate(seen, Uint8Array.from(atob(last.awareness!), (ch) => ch.charCodeAt(0)), 'main');
    expect(seen.getStates().get(awareness!.clientID)?.cursor).toEqual({ at: 2 });
  });

  it('still sends from a hidden window, which has no frames', async () => {
    const { replica } = await connected();
    window.requestAnimationFrame = () => 0; // a hidden page never runs frame callbacks
    replica!.getText('t').insert(0, 'a');
    await vi.advanceTimersByTimeAsync(150);
    expect(pushes).toHaveLength(1);
  });
});
