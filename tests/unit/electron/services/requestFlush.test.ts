import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventSink } from '../../../../electron/services/events';
import { freshDataDir, removeDataDir } from '../../../fixtures/dataFolder';
import { createTestApp } from '../../../fixtures/testApp';

let dir: string;
beforeEach(() => {
  dir = freshDataDir();
});
afterEach(() => removeDataDir(dir));

/** An app whose chair window answers each flush request with `answer` (or not at all). */
function appAnswering(answer: ((requestId: string) => Record<string, unknown>) | null, flushTimeoutMs = 200) {
  const events: EventSink = {
    chair(event, payload) {
      if (event === 'flushRequest' && answer) {
        const { requestId } = payload as { requestId: string };
        setTimeout(() => void app.dispatch('chairside:app.flushed', answer(requestId)), 5);
      }
    },
    family() {},
  };
  const app = createTestApp(dir, events, { flushTimeoutMs });
  return app;
}

describe('before the app quits', () => {
  it('learns from the chair’s window when its latest edits could not be saved, so it can ask', async () => {
    const app = appAnswering((requestId) => ({ requestId, unsaved: 'This conference was changed elsewhere after you opened it.' }));
    expect(await app.requestFlush()).toEqual({ unsaved: 'This conference was changed elsewhere after you opened it.' });
  });

  it('goes on when everything was saved, or when the window does not answer', async () => {
    // The answer itself ends the wait, not the timeout: with a 30 s timeout, an answer that was
    // never handled would still be waiting after 2 s.
    const answered = appAnswering((requestId) => ({ requestId }), 30_000).requestFlush();
    const waited = new Promise((resolve) => setTimeout(() => resolve('still waiting after 2 s'), 2_000));
    expect(await Promise.race([answered, waited])).toEqual({ unsaved: null });
    // A hung page must not stop the app from quitting: after the timeout it goes on.
    expect(await appAnswering(null).requestFlush()).toEqual({ unsaved: null });
  });
});
