import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { minutesFragmentName } from '../../../../../shared/collab/layout';
import { createCollabService, type CollabService } from '../../../../../electron/services/collab/collabService';
import type { RepositoryAccess } from '../../../../../electron/services/conferenceServices';
import { AppFailure } from '../../../../../electron/services/appFailure';
import type { EventSink } from '../../../../../electron/services/events';
import type { Conference } from '../../../../../shared/model';
import { richConference } from '../../../../fixtures/richConference';

/**
 * The minute-taker's laptop cannot store the chair's record on joining (its disk is full, its
 * data folder read-only): the join must fail with a sentence and leave nothing running, so the
 * person can free space and join again. Two collab services on loopback, each with a repository
 * held in memory.
 */
const services: CollabService[] = [];
afterEach(async () => {
  for (const s of services.splice(0)) await s.close().catch(() => undefined);
});

function memoryRepository(start: Conference | null, adoptFails: { on: boolean }, saveFails = { on: false }): RepositoryAccess {
  let stored = start && structuredClone(start);
  return {
    async load(id) {
      if (!stored || stored.id !== id) throw new AppFailure('not-found', 'No such conference.');
      return structuredClone(stored);
    },
    onSaved: () => () => undefined,
    async appendAudit() {},
    async save(c) {
      if (saveFails.on) throw new AppFailure('storage', 'The conference could not be saved: the disk is full.');
      stored = { ...structuredClone(c), revision: c.revision + 1 };
      return { revision: stored.revision, updatedAt: stored.updatedAt };
    },
    async adoptShared(c) {
      if (adoptFails.on) throw new AppFailure('storage', 'The conference could not be saved: the disk is full.');
      stored = { ...structuredClone(c), revision: (stored?.revision ?? 0) + 1 };
      return { revision: stored.revision, updatedAt: stored.updatedAt };
    },
    async rememberSessionBase() {},
    async sessionBase() {
      return null;
    },
    async forgetSessionBase() {},
    async flush() {},
    async close() {},
  };
}

const quiet: EventSink = { chair() {}, family() {} };

function service(repository: RepositoryAccess): CollabService {
  const s = createCollabService({ repository, events: quiet, appVersion: '1.0.0', listenHost: () => '127.0.0.1', timing: { idleMs: 5, maxWaitMs: 20 }, reconnectMs: 50 });
  services.push(s);
  return s;
}

describe('a minute-taker\'s laptop that cannot store the chair\'s record on joining', () => {
  it('fails the join with a sentence, leaves no session running, and can join again once the disk works', { timeout: 30_000 }, async () => {
    const saved = richConference();
    const chair = service(memoryRepository(saved, { on: false }));
    const adoptFails = { on: true };
    const taker = service(memoryRepository(null, adoptFails));
    const hosting = await chair.handlers.collabHost({ id: saved.id });
    await expect(taker.handlers.collabJoin({ address: hosting.address!, code: hosting.code! })).rejects.toThrow(/disk is full/);
    expect((await taker.handlers.collabStatus({})).state).toBe('off');
    expect(taker.isMinuteTaker()).toBe(false);

    adoptFails.on = false;
    // A code joins once: the chair starts again for a new one.
    await chair.handlers.collabLeave({});
    const second = await chair.handlers.collabHost({ id: saved.id });
    const again = await taker.handlers.collabJoin({ address: second.address!, code: second.code! });
    expect(again.state).toBe('connected');
    expect(again.conferenceId).toBe(saved.id);
  });

  it('will not end the chair\'s session while what was typed cannot be saved: it says so, and ends once it is saved', { timeout: 30_000 }, async () => {
    const saved = richConference();
    const saveFails = { on: false };
    const repository = memoryRepository(saved, { on: false }, saveFails);
    const chair = service(repository);
    await chair.handlers.collabHost({ id: saved.id });
    // The chair's window types into its replica, which main's document takes in (collabPush).
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Buffer.from((await chair.handlers.collabState({})).update, 'base64'));
    const before = Y.encodeStateVector(replica);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('TYPED-JUST-BEFORE-ENDING')]);
    const fragment = replica.getXmlFragment(minutesFragmentName(saved.meeting.agenda[0]!.id));
    fragment.insert(fragment.length, [paragraph]);
    saveFails.on = true;
    await chair.handlers.collabPush({ update: Buffer.from(Y.encodeStateAsUpdate(replica, before)).toString('base64') });
    await expect(chair.handlers.collabLeave({})).rejects.toThrow(/not ended.*disk is full/);
    expect((await chair.handlers.collabStatus({})).state).not.toBe('off');
    saveFails.on = false;
    await chair.handlers.collabLeave({});
    expect((await chair.handlers.collabStatus({})).state).toBe('off');
    expect(JSON.stringify((await repository.load(saved.id)).meeting.agenda[0]!.minutes)).toContain('TYPED-JUST-BEFORE-ENDING');
  });

  // Found, not fixed: a code joins once, yet after the minute-taker ends the session the chair's
  // screen keeps showing that used code ("can reconnect by itself"), and "Let the minute-taker
  // join" again returns it unchanged; only ending the session and starting again gives a new one.
  // A fix must keep the listener for a minute-taker whose link merely dropped (it resumes there).
  it('after the minute-taker ends the session, the chair\'s screen no longer offers the used code, but a new one', { timeout: 30_000 }, async () => {
    const saved = richConference();
    const chair = service(memoryRepository(saved, { on: false }));
    const taker = service(memoryRepository(null, { on: false }));
    const hosting = await chair.handlers.collabHost({ id: saved.id });
    await taker.handlers.collabJoin({ address: hosting.address!, code: hosting.code! });
    await taker.handlers.collabLeave({});
    await new Promise((r) => setTimeout(r, 300));
    const again = await chair.handlers.collabHost({ id: saved.id });
    expect(again.code).toMatch(/\d/);
    expect(again.code).not.toBe(hosting.code);
    // The new code lets a minute-taker join again.
    const next = service(memoryRepository(null, { on: false }));
    expect((await next.handlers.collabJoin({ address: again.address!, code: again.code! })).state).toBe('connected');
    await next.handlers.collabLeave({});
  });
});
