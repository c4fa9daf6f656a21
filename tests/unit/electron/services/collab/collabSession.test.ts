import { describe, expect, it, vi, afterEach } from 'vitest';
import * as Y from 'yjs';
import { CollabSession, JOINER_HAS_CONTENT } from '../../../../../electron/services/collab/collabSession';
import { applyRecordChange, seedDoc } from '../../../../../electron/services/collab/recordDoc';
import { minutesFragmentName } from '../../../../../shared/collab/layout';
import { richConference } from '../../../../fixtures/richConference';
import { linkPair, memoryStore } from '../../../../fixtures/sessionLink';
import type { Conference } from '../../../../../shared/model';

const settle = () => new Promise((r) => setTimeout(r, 5));
const FAST = { idleMs: 5, maxWaitMs: 20 };
const strip = (c: Conference) => ({ ...c, revision: 0, updatedAt: '', audit: [] });

async function paired() {
  const saved = richConference();
  const chairStore = memoryStore(saved);
  const takerStore = memoryStore();
  const problems: string[] = [];
  const chair = CollabSession.forChair(saved, chairStore.store, { problem: (p) => problems.push(p) }, FAST);
  const taker = CollabSession.forMinuteTaker(takerStore.store, { problem: (p) => problems.push(p) }, FAST);
  const link = linkPair();
  chair.attach(link.chairEnd, { fresh: true });
  taker.attach(link.takerEnd, { fresh: true });
  await settle();
  await taker.flush();
  return { saved, chair, taker, chairStore, takerStore, link, problems };
}

afterEach(() => vi.useRealTimers());

describe('a conference worked on by two apps at once', () => {
  it('gives the minute-taker the chair\'s record on joining, saved in its own store', async () => {
    const { saved, taker, takerStore } = await paired();
    expect(strip(takerStore.last())).toEqual(strip(saved));
    expect(taker.conference?.id).toBe(saved.id);
  });

  it('merges form saves made on both sides from the same version: both edits are kept on both sides', async () => {
    const { saved, chair, taker, chairStore, takerStore } = await paired();
    const takerBase = taker.conference!;
    const chairs = structuredClone(saved);
    chairs.attendees[0]!.attendance = 'left-early';
    const takers = structuredClone(takerBase);
    takers.attendees[1]!.attendance = 'apologies';
    takers.scaling.scores[1]!.reason = 'From the school nurse';
    const [a, b] = await Promise.all([chair.saveFromForm(chairs, saved.revision), taker.saveFromForm(takers, takerBase.revision)]);
    expect(a.conference.attendees[0]!.attendance).toBe('left-early');
    expect(b.conference.attendees[1]!.attendance).toBe('apologies');
    await settle();
    await Promise.all([chair.flush(), taker.flush()]);
    for (const c of [chairStore.last(), takerStore.last()]) {
      expect(c.attendees[0]!.attendance).toBe('left-early');
      expect(c.attendees[1]!.attendance).toBe('apologies');
      expect(c.scaling.scores[1]!.reason).toBe('From the school nurse');
    }
    expect(strip(chairStore.last())).toEqual(strip(takerStore.last()));
  });

  it('refuses a minute-taker\'s form that changes the decision, and puts back a decision changed by a modified app', async () => {
    const { saved, chair, taker, chairStore, takerStore, problems } = await paired();
    const base = taker.conference!;
    const changed = structuredClone(base);
    changed.decisions[0]!.outcome = changed.decisions[0]!.outcome === 'cp-plan' ? 'no-plan' : 'cp-plan';
    await expect(taker.saveFromForm(changed, base.revision)).rejects.toThrow(/Only the chair can change the decision/);
    // A modified minute-taker app writes into the shared document directly.
    const released = structuredClone(base);
    released.meeting.agenda[0]!.family = { show: true, scores: 'named', release: { choice: 'released', at: '2026-12-03T10:00:00.000Z' } };
    released.decisions = [];
    const attendance = base.attendees[2]!.attendance === 'present' ? 'apologies' : 'present';
    released.attendees[2]!.attendance = attendance;
    applyRecordChange(taker.doc, base, released, 'rogue');
    await settle();
    await Promise.all([chair.flush(), taker.flush()]);
    await settle();
    await taker.flush();
    expect(problems).toEqual([]);
    for (const c of [chairStore.last(), takerStore.last()]) {
      expect(c.decisions).toEqual(saved.decisions);
      expect(c.meeting.agenda[0]!.family).toEqual(saved.meeting.agenda[0]!.family);
      expect(c.attendees[2]!.attendance).toBe(attendance); // what the minute-taker may change stays
    }
  });

  it('refuses a minute-taker whose app already holds content, says so, and takes none of it', async () => {
    const saved = richConference();
    const chairStore = memoryStore(saved);
    const problems: string[] = [];
    const chair = CollabSession.forChair(saved, chairStore.store, { problem: (p) => problems.push(p) }, FAST);
    const taker = CollabSession.forMinuteTaker(memoryStore().store, { problem: (p) => problems.push(p) }, FAST);
    const own = structuredClone(saved);
    own.map.push({ ...structuredClone(saved.map[0]!), id: 'taker-own', text: 'DUPLICATE-MARKER' });
    seedDoc(taker.doc, own);
    const link = linkPair();
    const closed: string[] = [];
    link.takerEnd.onClose((r) => closed.push(r));
    chair.attach(link.chairEnd, { fresh: true });
    taker.attach(link.takerEnd, { fresh: true });
    await settle();
    await chair.flush();
    expect(closed).toEqual([JOINER_HAS_CONTENT]);
    expect(problems).toContain(JOINER_HAS_CONTENT);
    expect(JSON.stringify(chair.doc.toJSON())).not.toContain('DUPLICATE-MARKER');
    expect(chairStore.writes).toHaveLength(0);
  });

  it('keeps typing on both sides through a dropped link and merges it all on reconnection', async () => {
    const { saved, chair, taker, chairStore, takerStore, link } = await paired();
    const step = saved.meeting.agenda.find((s) => s.key === 'mapping')!;
    link.cut();
    expect(chair.connected).toBe(false);
    const text = (doc: Y.Doc, i: number) => (doc.getXmlFragment(minutesFragmentName(step.id)).get(i) as Y.XmlElement).toArray().find((n) => n instanceof Y.XmlText)!;
    for (let i = 0; i < 20; i++) {
      text(chair.doc, 1).insert(0, `c${i} `);
      text(taker.doc, 2).insert(0, `t${i} `);
    }
    await Promise.all([chair.flush(), taker.flush()]);
    const again = linkPair();
    chair.attach(again.chairEnd, { fresh: false });
    taker.attach(again.takerEnd, { fresh: false });
    await settle();
    await Promise.all([chair.flush(), taker.flush()]);
    for (const c of [chairStore.last(), takerStore.last()]) {
      const minutes = JSON.stringify(c.meeting.agenda.find((s) => s.id === step.id)!.minutes);
      for (let i = 0; i < 20; i++) {
        expect(minutes).toContain(`c${i} `);
        expect(minutes).toContain(`t${i} `);
      }
    }
    expect(strip(chairStore.last())).toEqual(strip(takerStore.last()));
  });

  it('saves unbroken typing at least every maxWaitMs, so a killed app loses less than that', async () => {
    vi.useFakeTimers();
    const saved = richConference();
    const store = memoryStore(saved);
    const session = CollabSession.forChair(saved, store.store, {}, { idleMs: 250, maxWaitMs: 750 });
    const step = saved.meeting.agenda.find((s) => s.key === 'mapping')!;
    const text = (session.doc.getXmlFragment(minutesFragmentName(step.id)).get(1) as Y.XmlElement).toArray().find((n) => n instanceof Y.XmlText)!;
    const typedAt: number[] = [];
    for (let ms = 0; ms < 5_000; ms += 50) {
      text.insert(0, `k${ms} `);
      typedAt.push(ms);
      await vi.advanceTimersByTimeAsync(50);
    }
    // For every key, the first save that holds it came at most 750 ms (+ one tick) after it.
    const savedAt = store.writes.map((w) => ({ at: Date.parse(w.updatedAt) - Date.parse(store.writes[0]!.updatedAt), text: JSON.stringify(w.meeting.agenda) }));
    const start = Date.parse(store.writes[0]!.updatedAt) - savedAt[0]!.at;
    expect(store.writes.length).toBeGreaterThan(5);
    for (const ms of typedAt.slice(0, -20)) {
      const first = store.writes.find((w) => JSON.stringify(w.meeting.agenda).includes(`k${ms} `))!;
      expect(Date.parse(first.updatedAt) - start - ms).toBeLessThanOrEqual(800);
    }
  });
});
