import { afterEach, describe, expect, it } from 'vitest';
import { createServer, connect, type Server, type Socket } from 'node:net';
import * as Y from 'yjs';
import type { App } from '../../../../../electron/services/createApp';
import { createTestApp } from '../../../../fixtures/testApp';
import type { EventSink } from '../../../../../electron/services/events';
import { minutesFragmentName } from '../../../../../shared/collab/layout';
import { calls, type CallName, type CallOutput, type ChairEvents, type CollabStatus } from '../../../../../shared/ipc';
import type { Conference } from '../../../../../shared/model';
import { richConference } from '../../../../fixtures/richConference';
import { freshDataDir, removeDataDir } from '../../../../fixtures/dataFolder';

/**
 * Two whole apps (each its own data folder, its own services) working on one conference over
 * loopback, as the chair's and the minute-taker's laptops do; a relay between them records every
 * byte that crosses, as someone on the café Wi-Fi would.
 */
const dirs: string[] = [];
const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close().catch(() => undefined);
  for (const dir of dirs.splice(0)) removeDataDir(dir);
});

function makeApp(name: string) {
  const dir = freshDataDir(`chairside-${name}-`);
  dirs.push(dir);
  const seen: { event: keyof ChairEvents; payload: unknown }[] = [];
  let replica = new Y.Doc();
  const events: EventSink = {
    chair(event, payload) {
      seen.push({ event, payload });
      if (event === 'collabUpdate') Y.applyUpdate(replica, Buffer.from((payload as { update: string }).update, 'base64'), 'main');
    },
    family() {},
  };
  const app: App = createTestApp(dir, events, { collabListenHost: () => '127.0.0.1' });
  closers.push(() => app.collab.close());
  async function call<K extends CallName>(name: K, input: unknown): Promise<CallOutput<K>> {
    const r = await app.dispatch(calls[name].channel, input);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as CallOutput<K>;
  }
  // The window's replica of the shared document: what the minutes editor binds to.
  const watch = (doc: Y.Doc) =>
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'main') void call('collabPush', { update: Buffer.from(update).toString('base64') }).catch(() => undefined);
    });
  watch(replica);
  return {
    app,
    call,
    seen,
    /** A new window replica, as after the window joins another session. */
    resetReplica() {
      replica.destroy();
      replica = new Y.Doc();
      watch(replica);
    },
    status: () => [...seen].reverse().find((e) => e.event === 'collab')?.payload as CollabStatus | undefined,
    async loadReplica() {
      Y.applyUpdate(replica, Buffer.from((await call('collabState', {})).update, 'base64'), 'main');
    },
    /** Add a paragraph at the end of a step's minutes, as the editor would. */
    addParagraph(stepId: string, text: string) {
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText(text)]);
      const f = replica.getXmlFragment(minutesFragmentName(stepId));
      f.insert(f.length, [p]);
    },
    /** Type at the start of the given paragraph of a step's minutes, as the editor would. */
    type(stepId: string, paragraph: number, text: string) {
      const p = replica.getXmlFragment(minutesFragmentName(stepId)).get(paragraph) as Y.XmlElement;
      p.toArray().find((n) => n instanceof Y.XmlText)!.insert(0, text);
    },
  };
}

/** A TCP relay that records both directions, and can cut every connection through it. */
async function relayTo(port: number) {
  const chunks: Buffer[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((inbound) => {
    const outbound = connect(port, '127.0.0.1');
    for (const s of [inbound, outbound]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    inbound.on('data', (d: Buffer) => (chunks.push(Buffer.from(d)), outbound.write(d)));
    outbound.on('data', (d: Buffer) => (chunks.push(Buffer.from(d)), inbound.write(d)));
    inbound.on('close', () => outbound.destroy());
    outbound.on('close', () => inbound.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  closers.push(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((r) => server.close(r));
  });
  return {
    address: `127.0.0.1:${(server.address() as { port: number }).port}`,
    captured: () => Buffer.concat(chunks),
    cut: () => sockets.forEach((s) => s.destroy()),
  };
}

async function until<T>(what: string, get: () => Promise<T | undefined | false>, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await get();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function chairWithConference() {
  const chair = makeApp('chair');
  const created = await chair.call('createConference', { details: { kind: 'initial', date: '2026-12-03' } });
  const rich: Conference = { ...richConference(), id: created.id, revision: created.revision, createdAt: created.createdAt, updatedAt: created.updatedAt };
  await chair.call('saveConference', { conference: rich, baseRevision: created.revision });
  return { chair, id: created.id };
}

/** The chair hosts the conference and the minute-taker's app joins it directly, with the code. */
async function joinedDirectly() {
  const { chair, id } = await chairWithConference();
  const hosting = await chair.call('collabHost', { id });
  const taker = makeApp('taker');
  await taker.call('collabJoin', { address: hosting.address!, code: hosting.code! });
  return { chair, id, taker };
}

const minutesOf = (c: Conference, stepId: string) => JSON.stringify(c.meeting.agenda.find((s) => s.id === stepId)!.minutes);

describe('the minute-taker on a second laptop', () => {
  it('pairs with the code, merges both people\'s typing and forms, and nothing readable crosses the network', { timeout: 60_000 }, async () => {
    const { chair, id } = await chairWithConference();
    const hosting = await chair.call('collabHost', { id });
    expect(hosting).toMatchObject({ role: 'chair', state: 'waiting', conferenceId: id });
    const relay = await relayTo(Number(hosting.address!.split(':')[1]));

    const taker = makeApp('taker');
    const joined = await taker.call('collabJoin', { address: relay.address, code: hosting.code! });
    expect(joined).toMatchObject({ role: 'minute-taker', state: 'connected', conferenceId: id });
    await until('the chair to see the minute-taker', async () => chair.status()?.state === 'connected');
    expect(chair.status()!.comparison).toBe(joined.comparison);
    expect(joined.comparison).toMatch(/^\d{4} \d{4}$/);

    await chair.loadReplica();
    await taker.loadReplica();
    const step = (await chair.call('openConference', { id })).conference.meeting.agenda.find((s) => s.key === 'mapping')!;
    // Both type in the same step at once, and in different paragraphs, while each changes a form.
    for (let i = 0; i < 10; i++) {
      chair.type(step.id, 1, `CHAIR-MARKER-${i} `);
      taker.type(step.id, 1, `TAKER-MARKER-${i} `);
      taker.type(step.id, 2, `TAKER-OTHER-${i} `);
    }
    const onChair = (await chair.call('openConference', { id })).conference;
    const chairForm = structuredClone(onChair);
    chairForm.attendees[0]!.attendance = 'left-early';
    const onTaker = (await taker.call('openConference', { id })).conference;
    const takerForm = structuredClone(onTaker);
    takerForm.scaling.scores[0]!.reason = 'SCORE-MARKER from the health visitor';
    await Promise.all([chair.call('saveConference', { conference: chairForm, baseRevision: onChair.revision }), taker.call('saveConference', { conference: takerForm, baseRevision: onTaker.revision })]);

    const settled = async (who: typeof chair) => {
      const c = (await who.call('openConference', { id })).conference;
      const m = minutesOf(c, step.id);
      return m.includes('CHAIR-MARKER-9') && m.includes('TAKER-MARKER-9') && m.includes('TAKER-OTHER-9') && c.attendees[0]!.attendance === 'left-early' && c.scaling.scores[0]!.reason.includes('SCORE-MARKER') && c;
    };
    const a = await until('the chair\'s store to hold everything', () => settled(chair));
    const b = await until('the minute-taker\'s store to hold everything', () => settled(taker));
    const shared = (c: Conference) => ({ ...c, revision: 0, updatedAt: '', audit: [] });
    await until('both stores to agree', async () => JSON.stringify(shared((await chair.call('openConference', { id })).conference)) === JSON.stringify(shared((await taker.call('openConference', { id })).conference)));
    expect(a.id).toBe(b.id);

    const wire = relay.captured();
    expect(wire.length).toBeGreaterThan(1_000);
    for (const marker of ['CHAIR-MARKER', 'TAKER-MARKER', 'TAKER-OTHER', 'SCORE-MARKER', 'health visitor', onChair.children[0]!.name, hosting.code!.replace(/\D/g, '')]) {
      expect(wire.includes(Buffer.from(marker)), marker).toBe(false);
      expect(wire.includes(Buffer.from(marker, 'utf16le')), marker).toBe(false);
    }
  });

  it('turns away a wrong code with a sentence, and the app that tried holds nothing', { timeout: 30_000 }, async () => {
    const { chair, id } = await chairWithConference();
    const hosting = await chair.call('collabHost', { id });
    const stranger = makeApp('stranger');
    const wrong = hosting.code!.replace(/\d/, (d) => String((Number(d) + 1) % 10));
    await expect(stranger.call('collabJoin', { address: hosting.address!, code: wrong })).rejects.toThrow(/code/i);
    expect((await stranger.call('listConferences', {})).conferences).toEqual([]);
    expect((await stranger.call('collabStatus', {})).state).toBe('off');
  });

  it('keeps both sides typing through a dropped link, reconnects by itself, and merges everything', { timeout: 60_000 }, async () => {
    const { chair, id } = await chairWithConference();
    const hosting = await chair.call('collabHost', { id });
    const relay = await relayTo(Number(hosting.address!.split(':')[1]));
    const taker = makeApp('taker');
    await taker.call('collabJoin', { address: relay.address, code: hosting.code! });
    await chair.loadReplica();
    await taker.loadReplica();
    const step = (await chair.call('openConference', { id })).conference.meeting.agenda.find((s) => s.key === 'mapping')!;

    relay.cut();
    await until('the minute-taker to notice the drop', async () => taker.status()?.state === 'reconnecting');
    for (let i = 0; i < 5; i++) {
      chair.type(step.id, 1, `OFFLINE-CHAIR-${i} `);
      taker.type(step.id, 2, `OFFLINE-TAKER-${i} `);
    }
    // What each typed while apart is in its own store within a second (a laptop killed now keeps it).
    await until('the minute-taker\'s own store', async () => minutesOf((await taker.call('openConference', { id })).conference, step.id).includes('OFFLINE-TAKER-4'), 1_500);
    await until('the chair\'s own store', async () => minutesOf((await chair.call('openConference', { id })).conference, step.id).includes('OFFLINE-CHAIR-4'), 1_500);

    await until('the link to come back', async () => taker.status()?.state === 'connected', 15_000);
    for (const who of [chair, taker]) {
      await until('everything typed while apart on both sides', async () => {
        const m = minutesOf((await who.call('openConference', { id })).conference, step.id);
        return m.includes('OFFLINE-CHAIR-4') && m.includes('OFFLINE-TAKER-4');
      });
    }
  });

  it('keeps what the minute-taker typed after the chair\'s laptop went down: carried into the next session once, under a note', { timeout: 60_000 }, async () => {
    const { chair, id, taker } = await joinedDirectly();
    await chair.loadReplica();
    await taker.loadReplica();
    const step = (await chair.call('openConference', { id })).conference.meeting.agenda.find((s) => s.key === 'mapping')!;
    taker.addParagraph(step.id, 'BEFORE-THE-DROP was said in the room.');
    await until('the chair to have it', async () => minutesOf((await chair.call('openConference', { id })).conference, step.id).includes('BEFORE-THE-DROP'));

    // The chair's laptop goes (its session ends); the minute-taker keeps typing on their own.
    await chair.call('collabLeave', {});
    await until('the minute-taker to know', async () => taker.status()?.state === 'stopped');
    taker.addParagraph(step.id, 'AFTER-THE-DROP Dean said he would move out.');
    await until('the minute-taker\'s own store', async () => minutesOf((await taker.call('openConference', { id })).conference, step.id).includes('AFTER-THE-DROP'), 2_000);

    // The chair hosts again; the minute-taker joins afresh.
    await taker.call('collabLeave', {});
    taker.resetReplica();
    const second = await chair.call('collabHost', { id });
    await taker.call('collabJoin', { address: second.address!, code: second.code! });
    for (const who of [chair, taker]) {
      const minutes = await until('the carried words on both laptops', async () => {
        const m = minutesOf((await who.call('openConference', { id })).conference, step.id);
        return m.includes('AFTER-THE-DROP') && m;
      });
      expect(minutes.split('AFTER-THE-DROP').length - 1).toBe(1);
      expect(minutes.split('BEFORE-THE-DROP').length - 1).toBe(1);
      expect(minutes).toContain('Kept from the minute-taker');
    }
  });

  it('keeps what the minute-taker changed outside the minutes while out of the session: carried into the next one, the chair\'s kept where both changed it', { timeout: 60_000 }, async () => {
    const { chair, id, taker } = await joinedDirectly();
    await taker.loadReplica();

    // The chair's laptop goes; each side carries on alone.
    await chair.call('collabLeave', {});
    await until('the minute-taker to know', async () => taker.status()?.state === 'stopped');
    const saveOn = async (who: typeof chair, change: (c: Conference) => void) => {
      const c = (await who.call('openConference', { id })).conference;
      const next = structuredClone(c);
      change(next);
      await who.call('saveConference', { conference: next, baseRevision: c.revision });
    };
    await saveOn(chair, (c) => {
      c.attendees[1]!.attendance = 'apologies';
      c.attendees[2]!.attendance = 'absent';
    });
    // Still in the ended session on the minute-taker's laptop...
    await saveOn(taker, (c) => {
      c.attendees[3]!.attendance = 'left-early';
      c.attendees[2]!.attendance = 'left-early';
      c.scaling.scores[0]!.reason = 'OFFLINE-SCORE-MARKER typed while the chair was away';
    });
    // ...and after leaving it, on its own: a card, an attendance, and the decision (the chair's alone).
    await taker.call('collabLeave', {});
    taker.resetReplica();
    await saveOn(taker, (c) => {
      c.attendees[4]!.attendance = 'absent';
      c.map.push({ ...structuredClone(c.map[0]!), id: 'offline-card', text: 'OFFLINE-CARD-MARKER Dean has moved back in.' });
      c.decisions[0]!.reasons = 'A decision typed on the minute-taker\u2019s laptop.';
    });

    // The chair hosts again; the minute-taker joins afresh.
    const second = await chair.call('collabHost', { id });
    await taker.call('collabJoin', { address: second.address!, code: second.code! });
    for (const who of [chair, taker]) {
      const c = await until('both laptops to hold both sides\u2019 changes', async () => {
        const c = (await who.call('openConference', { id })).conference;
        return c.attendees[3]!.attendance === 'left-early' && c.map.some((w) => w.id === 'offline-card') && c;
      });
      expect(c.attendees.map((a) => a.attendance)).toEqual(['present', 'apologies', 'absent', 'left-early', 'absent', ...c.attendees.slice(5).map(() => 'present')]);
      expect(c.scaling.scores[0]!.reason).toContain('OFFLINE-SCORE-MARKER');
      expect(c.decisions[0]!.reasons).toBe('The worries about domestic abuse are serious and recent.');
      expect(c.map.filter((w) => w.id === 'offline-card')).toHaveLength(1);
    }
    const said = taker.status()!.message!;
    expect(said).toContain('was added to it');
    expect(said).toMatch(/chair’s is kept, in: attendees › [^;]+ › attendance/);
    expect(said).toMatch(/Only the chair can change decisions/);
  });

  it('tells the window when a save in the session changed only the minutes, so it need not fetch the record again', { timeout: 30_000 }, async () => {
    const { chair, id, taker } = await joinedDirectly();
    await taker.loadReplica();
    const step = (await chair.call('openConference', { id })).conference.meeting.agenda.find((s) => s.key === 'mapping')!;
    const changes = () => chair.seen.filter((e) => e.event === 'conferenceChanged').map((e) => e.payload as { revision: number; minutesOnly?: boolean });
    const before = changes().length;
    taker.addParagraph(step.id, 'MINUTES-ONLY typed on the other laptop.');
    await until('the chair\u2019s save of it', async () => changes().length > before);
    expect(changes().at(-1)).toMatchObject({ minutesOnly: true });
    const c = (await chair.call('openConference', { id })).conference;
    await chair.call('saveConference', { conference: { ...c, attendees: c.attendees.map((a, i) => (i === 0 ? { ...a, attendance: 'apologies' as const } : a)) }, baseRevision: c.revision });
    expect(changes().at(-1)!.minutesOnly).toBeUndefined();
  });

  it('refuses the family screen and exports on the minute-taker\'s laptop, in main, while it is in a session', { timeout: 30_000 }, async () => {
    const { id, taker } = await joinedDirectly();
    await expect(taker.call('openFamilyView', { id })).rejects.toThrow(/The family screen stays with the chair/);
    await expect(taker.call('exportDocument', { id, document: 'minutes', audience: 'family' })).rejects.toThrow(/Exports stay with the chair/);
    await expect(taker.call('exportArchive', { id })).rejects.toThrow(/Exports stay with the chair/);
    // Once the session is over, the copy on this laptop is an ordinary conference again.
    await taker.call('collabLeave', {});
    expect((await taker.call('exportDocument', { id, document: 'plan', audience: 'family' })).kind).toBe('cancelled');
  });
});
