import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import * as encoding from 'lib0/encoding';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { CollabSession } from '../../../../../electron/services/collab/collabSession';
import { RECORD_MAP, minutesFragmentName } from '../../../../../shared/collab/layout';
import { applyRecordChange } from '../../../../../electron/services/collab/recordDoc';
import { richConference } from '../../../../fixtures/richConference';
import { linkPair, memoryStore } from '../../../../fixtures/sessionLink';
import type { Conference } from '../../../../../shared/model';

/**
 * Issue #17 attacked: a modified minute-taker's app that writes anything into the shared
 * document, and a chair's laptop whose disk fails mid-session. What the chair types must still
 * be saved, and a save that fails must be said, not swallowed.
 */

const settle = (ms = 5) => new Promise((r) => setTimeout(r, ms));
const FAST = { idleMs: 5, maxWaitMs: 20 };

async function paired(timing = FAST) {
  const saved = richConference();
  const chairStore = memoryStore(saved);
  const takerStore = memoryStore();
  const problems: string[] = [];
  const carets: Uint8Array[] = [];
  const chair = CollabSession.forChair(saved, chairStore.store, { problem: (p) => problems.push(p), awareness: (u) => carets.push(u) }, timing);
  const taker = CollabSession.forMinuteTaker(takerStore.store, {}, timing);
  const link = linkPair();
  chair.attach(link.chairEnd, { fresh: true });
  taker.attach(link.takerEnd, { fresh: true });
  await settle();
  await taker.flush();
  return { saved, chair, taker, chairStore, takerStore, problems, carets, link };
}

/** A sync message carrying `update`, as y-protocols frames it (message type 0, update 2). */
function syncUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** The chair types a paragraph into a step's minutes, as the chair's window's replica would. */
function chairTypes(chair: CollabSession, stepId: string, words: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(words)]);
  const fragment = chair.doc.getXmlFragment(minutesFragmentName(stepId));
  fragment.insert(fragment.length, [paragraph]);
}

const minutesText = (c: Conference) => JSON.stringify(c.meeting.agenda.map((s) => s.minutes));

describe('a modified minute-taker\'s app', () => {
  it('cannot stop the chair\'s own typing being saved by making the shared record invalid', async () => {
    const { saved, chair, taker, chairStore } = await paired();
    // Outside anything the honest app sends: a status no conference can have, a number for a name, a field of its own.
    taker.doc.transact(() => {
      const record = taker.doc.getMap<unknown>(RECORD_MAP);
      record.set('status', 'taken-over');
      (record.get('details') as Y.Map<unknown>).set('localAuthority', 42);
      record.set('backdoor', 'a field no conference has');
    }, 'rogue');
    await settle();
    await chair.flush();
    chairTypes(chair, saved.meeting.agenda[0]!.id, 'CHAIR-TYPED-AFTER-THE-ATTACK');
    await settle(40);
    await chair.flush();
    expect(minutesText(chairStore.last())).toContain('CHAIR-TYPED-AFTER-THE-ATTACK');
    expect(chairStore.last().status).toBe(saved.status);
    expect(chairStore.last().details.localAuthority).toBe(saved.details.localAuthority);
    expect(chairStore.last()).not.toHaveProperty('backdoor');
  });

  it('cannot block the chair\'s saves with an attendee made invalid, and the minute-taker\'s valid change beside it stays', async () => {
    const { saved, chair, taker, chairStore } = await paired();
    const attendees = taker.doc.getMap<unknown>(RECORD_MAP).get('attendees') as Y.Map<unknown>;
    const items = attendees.get('items') as Y.Map<Y.Map<unknown>>;
    const first = saved.attendees[0]!;
    const second = saved.attendees[1]!;
    const attendance = second.attendance === 'present' ? 'apologies' : 'present';
    taker.doc.transact(() => {
      items.get(first.id)!.set('name', { not: 'a name' });
      items.get(second.id)!.set('attendance', attendance);
    }, 'rogue');
    await settle();
    chairTypes(chair, saved.meeting.agenda[0]!.id, 'CHAIR-TYPED-BESIDE-A-BAD-ATTENDEE');
    await settle(40);
    await chair.flush();
    const last = chairStore.last();
    expect(minutesText(last)).toContain('CHAIR-TYPED-BESIDE-A-BAD-ATTENDEE');
    expect(last.attendees.find((a) => a.id === first.id)!.name).toBe(first.name);
    expect(last.attendees.find((a) => a.id === second.id)!.attendance).toBe(attendance);
  });
});

describe('a modified minute-taker\'s app writing minutes no conference may hold', () => {
  it('cannot stop the chair\'s typing in the same step being saved', async () => {
    const { saved, chair, taker, chairStore, problems } = await paired();
    const stepId = saved.meeting.agenda[0]!.id;
    const bad = new Y.XmlElement('not a node name!');
    bad.insert(0, [new Y.XmlText('ROGUE-CONTENT')]);
    const fragment = taker.doc.getXmlFragment(minutesFragmentName(stepId));
    fragment.insert(fragment.length, [bad]);
    await settle();
    chairTypes(chair, stepId, 'CHAIR-TYPED-NEXT-TO-IT');
    await settle(60);
    await chair.flush();
    const last = chairStore.last();
    expect(minutesText(last)).toContain('CHAIR-TYPED-NEXT-TO-IT');
    expect(minutesText(last)).not.toContain('not a node name!');
    expect(problems.join(' ')).toMatch(/put back as last saved/);
  });
});

describe('the chair\'s agenda steps', () => {
  it('cannot be removed, with the chair\'s minutes under them, from the minute-taker\'s laptop', async () => {
    const { saved, chair, taker, chairStore } = await paired();
    const step = saved.meeting.agenda[0]!;
    chairTypes(chair, step.id, 'CHAIR-MINUTES-UNDER-THE-STEP');
    await settle(60);
    await Promise.all([chair.flush(), taker.flush()]);
    const base = taker.conference!;
    const without = structuredClone(base);
    without.meeting.agenda = without.meeting.agenda.filter((s) => s.id !== step.id);
    await expect(taker.saveFromForm(without, base.revision)).rejects.toThrow(/Only the chair/);
    // A modified app writes the removal into the shared document itself.
    applyRecordChange(taker.doc, base, without, 'rogue');
    await settle(60);
    await chair.flush();
    const kept = chairStore.last().meeting.agenda.find((s) => s.id === step.id);
    expect(kept).toBeDefined();
    expect(JSON.stringify(kept!.minutes)).toContain('CHAIR-MINUTES-UNDER-THE-STEP');
  });
});

describe('a restriction in the chair\'s record', () => {
  it('is not lifted from the minute-taker\'s laptop, by its form or by a modified app; restricting more is taken', async () => {
    const { saved, chair, taker, chairStore } = await paired();
    const card = saved.map.find((m) => m.restricted)!;
    const open = saved.map.find((m) => !m.restricted)!;
    const base = taker.conference!;
    const lifted = structuredClone(base);
    const liftedCard = lifted.map.find((m) => m.id === card.id)!;
    liftedCard.restricted = false;
    delete liftedCard.restrictedItemId;
    await expect(taker.saveFromForm(lifted, base.revision)).rejects.toThrow(/lift a restriction/);
    // A modified app writes it into the shared document itself, beside a restriction added.
    lifted.map.find((m) => m.id === open.id)!.restricted = true;
    applyRecordChange(taker.doc, base, lifted, 'rogue');
    await settle(60);
    await chair.flush();
    const kept = chairStore.last().map;
    expect(kept.find((m) => m.id === card.id)).toMatchObject({ restricted: true, restrictedItemId: card.restrictedItemId });
    expect(kept.find((m) => m.id === open.id)!.restricted).toBe(true);
  });
});

describe('a restricted passage in the minutes', () => {
  /** The text in a step's minutes that holds `words`, and where they start in it. */
  const textHolding = (doc: Y.Doc, stepId: string, words: string) => {
    const texts: Y.XmlText[] = [];
    const walk = (t: Y.XmlFragment | Y.XmlElement) => t.toArray().forEach((c) => (c instanceof Y.XmlText ? texts.push(c) : c instanceof Y.XmlElement && walk(c)));
    walk(doc.getXmlFragment(minutesFragmentName(stepId)));
    const text = texts.find((t) => t.toString().includes(words))!;
    const plain = (text.toDelta() as { insert: string }[]).map((op) => op.insert).join('');
    return { text, at: plain.indexOf(words) };
  };
  const restrictedWords = (c: Conference, stepId: string) =>
    JSON.stringify(c.meeting.agenda.find((s) => s.id === stepId)!.minutes.content!.flatMap((p) => (p.content ?? []).filter((n) => n.marks?.some((m) => m.type === 'restricted')).map((n) => n.text)));

  it('stays restricted when the minute-taker\'s laptop lifts the mark, and both people are told; the chair can still lift it', async () => {
    const { saved, chair, taker, chairStore, problems } = await paired();
    const step = saved.meeting.agenda.find((s) => s.key === 'mapping')!;
    const { text, at } = textHolding(taker.doc, step.id, 'SECRET-OP-WILLOW');
    // As tiptap's "remove mark" writes it into the shared document.
    text.format(at - 'DC Reid shared '.length, 'DC Reid shared SECRET-OP-WILLOW details.'.length, { restricted: null });
    await settle(60);
    await Promise.all([chair.flush(), taker.flush()]);
    // Nothing left to save on the chair's side (its record never lost the mark) or on the other.
    expect(restrictedWords(chairStore.last() ?? chair.conference!, step.id)).toContain('SECRET-OP-WILLOW');
    expect(restrictedWords(taker.conference!, step.id)).toContain('SECRET-OP-WILLOW');
    expect(problems.join(' ')).toMatch(/lifted a restriction in the minutes, so it was put back/);

    // The chair lifting it, from the chair's own window: taken.
    const mine = textHolding(chair.doc, step.id, 'SECRET-OP-WILLOW');
    chair.doc.transact(() => mine.text.format(mine.at - 'DC Reid shared '.length, 'DC Reid shared SECRET-OP-WILLOW details.'.length, { restricted: null }), 'chair window');
    await settle(60);
    await chair.flush();
    expect(restrictedWords(chairStore.last(), step.id)).not.toContain('SECRET-OP-WILLOW');
  });
  it('stays restricted when the chair has just marked it and the minute-taker\'s laptop lifts it before the chair\'s app has saved', async () => {
    // Saves wait for a pause of 200 ms: the mark and the lift both fall inside one such window.
    const { saved, chair, taker, chairStore, problems } = await paired({ idleMs: 200, maxWaitMs: 400 });
    const step = saved.meeting.agenda.find((s) => s.key === 'mapping')!;
    const words = 'Sam explained the worries.';
    const mine = textHolding(chair.doc, step.id, words);
    chair.doc.transact(() => mine.text.format(mine.at, words.length, { restricted: { restrictedItemId: 'r1' } }), 'chair window');
    await settle(0); // the link delivers the mark to the other laptop
    const theirs = textHolding(taker.doc, step.id, words);
    expect(theirs.text.toDelta().some((op: { insert: string; attributes?: Record<string, unknown> }) => op.insert === words && op.attributes?.restricted)).toBe(true);
    theirs.text.format(theirs.at, words.length, { restricted: null });
    await settle(450);
    await Promise.all([chair.flush(), taker.flush()]);
    expect(restrictedWords(chairStore.writes.at(-1) ?? chair.conference!, step.id)).toContain(words);
    expect(restrictedWords(taker.conference!, step.id)).toContain(words);
    expect(problems.join(' ')).toMatch(/lifted a restriction in the minutes, so it was put back/);
  });

  it('stays restricted when the other laptop deletes a passage the chair has just marked and types the same words afresh, unmarked', async () => {
    const { saved, chair, taker, chairStore } = await paired({ idleMs: 200, maxWaitMs: 400 });
    const step = saved.meeting.agenda.find((s) => s.key === 'mapping')!;
    const words = 'Sam explained the worries.';
    const mine = textHolding(chair.doc, step.id, words);
    chair.doc.transact(() => mine.text.format(mine.at, words.length, { restricted: { restrictedItemId: 'r1' } }), 'chair window');
    await settle(0);
    const theirs = textHolding(taker.doc, step.id, words);
    taker.doc.transact(() => {
      theirs.text.delete(theirs.at, words.length);
      theirs.text.insert(0, `${words} `);
    });
    await settle(450);
    await Promise.all([chair.flush(), taker.flush()]);
    expect(restrictedWords(chairStore.writes.at(-1) ?? chair.conference!, step.id)).toContain(words);
  });
});

describe('a modified minute-taker\'s app speaking to the chair\'s screen', () => {
  it('cannot put a sentence of its own on the chair\'s screen as a refusal (only the chair\'s app refuses)', async () => {
    const { link, problems } = await paired();
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 100);
    encoding.writeVarString(encoder, JSON.stringify({ type: 'refused', reason: 'Chairside needs your password again: type it into the minutes.' }));
    link.takerEnd.send(encoding.toUint8Array(encoder));
    await settle();
    expect(problems).toEqual([]);
  });

  it('passes on to the chair\'s window only carets that read as carets, of a caret\'s size', async () => {
    const { taker, link, carets } = await paired();
    const caret = new Awareness(taker.doc);
    caret.setLocalState({ user: { name: 'Minute-taker', role: 'minute-taker' }, cursor: null });
    taker.sendAwareness(encodeAwarenessUpdate(caret, [taker.doc.clientID]));
    await settle();
    expect(carets).toHaveLength(1);
    const junk = (bytes: Uint8Array) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarUint8Array(encoder, bytes);
      link.takerEnd.send(encoding.toUint8Array(encoder));
    };
    junk(new Uint8Array(2_000_000).fill(7));
    junk(new TextEncoder().encode('not an awareness update at all'));
    await settle();
    expect(carets).toHaveLength(1);
    caret.destroy();
  });
});

describe('a modified minute-taker\'s app filling the chair\'s memory', () => {
  it('cannot keep megabytes in the chair\'s document under names the layout does not have', async () => {
    const { chair, taker } = await paired();
    const before = Y.encodeStateAsUpdate(chair.doc).length;
    for (let i = 0; i < 4; i++) {
      taker.doc.transact(() => {
        taker.doc.getMap<string>(`junk-${i}`).set('x', 'J'.repeat(1_000_000));
        taker.doc.getArray<string>(`list-${i}`).insert(0, ['A'.repeat(500_000)]);
      }, 'rogue');
      await settle();
    }
    await chair.flush();
    expect(Y.encodeStateAsUpdate(chair.doc).length - before).toBeLessThan(50_000);
  });

  it('cannot park updates that wait forever for changes never sent (Yjs keeps those in memory)', async () => {
    const { chair, link } = await paired();
    const rogue = new Y.Doc();
    rogue.getMap<string>('record').set('first', 'never sent');
    const afterFirst = Y.encodeStateVector(rogue);
    for (let i = 0; i < 12; i++) {
      rogue.getMap<string>('record').set(`later-${i}`, 'P'.repeat(1_000_000));
      // Only what came after the first change: the chair's app cannot apply it, and waits.
      link.takerEnd.send(syncUpdate(Y.encodeStateAsUpdate(rogue, afterFirst)));
      await settle();
    }
    const pending = (chair.doc.store as unknown as { pendingStructs: { update: Uint8Array } | null }).pendingStructs;
    expect(pending?.update.length ?? 0).toBeLessThan(8_000_000);
    expect(chair.connected).toBe(false);
  });
});

describe('the chair\'s own changes to what is the chair\'s', () => {
  it('are not undone by the minute-taker typing while the chair\'s save is being written (a slow disk)', async () => {
    const { saved, chair, taker, chairStore } = await paired();
    chairStore.state.slowMs = 60;
    const decided = structuredClone(saved);
    decided.decisions[0]!.outcome = 'no-plan';
    decided.meeting.agenda[0]!.family = { ...decided.meeting.agenda[0]!.family, show: !saved.meeting.agenda[0]!.family.show };
    const saving = chair.saveFromForm(decided, saved.revision);
    // The minute-taker types while the chair's decision is on its way to the disk, then stops.
    for (let i = 0; i < 3; i++) {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(`TAKER-TYPING-${i}`)]);
      const fragment = taker.doc.getXmlFragment(minutesFragmentName(saved.meeting.agenda[1]!.id));
      fragment.insert(fragment.length, [paragraph]);
      await settle(5);
    }
    const result = await saving;
    expect(result.conference.decisions[0]!.outcome).toBe('no-plan');
    await settle(100);
    await chair.flush();
    const last = chairStore.last();
    expect(last.decisions[0]!.outcome).toBe('no-plan');
    expect(last.meeting.agenda[0]!.family.show).toBe(!saved.meeting.agenda[0]!.family.show);
    expect(minutesText(last)).toContain('TAKER-TYPING-2');
  });
});

describe('the chair\'s app while the minute-taker types', () => {
  it('does not read and check the whole record again for every key the minute-taker presses in the minutes', async () => {
    const saved = richConference({ minutesParagraphs: 600 });
    const slow = { idleMs: 60_000, maxWaitMs: 60_000 };
    const chair = CollabSession.forChair(saved, memoryStore(saved).store, {}, slow);
    const taker = CollabSession.forMinuteTaker(memoryStore().store, {}, slow);
    const link = linkPair();
    chair.attach(link.chairEnd, { fresh: true });
    taker.attach(link.takerEnd, { fresh: true });
    await settle(50);
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText('');
    paragraph.insert(0, [text]);
    const fragment = taker.doc.getXmlFragment(minutesFragmentName(saved.meeting.agenda[1]!.id));
    fragment.insert(fragment.length, [paragraph]);
    await settle();
    const started = process.cpuUsage();
    for (let i = 0; i < 40; i++) {
      text.insert(text.length, 'k');
      await settle(1);
    }
    const used = process.cpuUsage(started);
    // Each key used to cost a full read and schema check of an 8,000-word record (~50 ms here).
    expect((used.user + used.system) / 1000).toBeLessThan(200);
    expect(chair.doc.getXmlFragment(minutesFragmentName(saved.meeting.agenda[1]!.id)).toString()).toContain('k'.repeat(40));
    await Promise.all([chair.close(), taker.close()]);
  }, 30_000);
});

describe('a second window on the chair\'s laptop', () => {
  it('saving from an older version does not bring back a decision the chair has changed since', async () => {
    const { saved, chair, taker, chairStore } = await paired();
    const decided = structuredClone(saved);
    decided.decisions[0]!.outcome = 'no-plan';
    await chair.saveFromForm(decided, saved.revision);
    // The minute-taker's view beside the chair's, still on the first version, records attendance.
    const beside = structuredClone(saved);
    const attendance = beside.attendees[1]!.attendance === 'present' ? 'apologies' : 'present';
    beside.attendees[1]!.attendance = attendance;
    await chair.saveFromForm(beside, saved.revision);
    // Then the minute-taker's laptop sends a change to the record.
    const base = taker.conference!;
    await settle(30);
    await taker.flush();
    const takers = structuredClone(taker.conference ?? base);
    takers.attendees[2]!.attendance = takers.attendees[2]!.attendance === 'present' ? 'apologies' : 'present';
    applyRecordChange(taker.doc, taker.conference ?? base, takers, 'typing');
    await settle(60);
    await chair.flush();
    const last = chairStore.last();
    expect(last.decisions[0]!.outcome).toBe('no-plan');
    expect(last.attendees[1]!.attendance).toBe(attendance);
  });
});

describe('the chair\'s disk failing mid-session', () => {
  it('says the typing was not saved, keeps it, and saves it once the disk works again without waiting for more typing', async () => {
    const { saved, chair, chairStore, problems } = await paired();
    chairStore.state.failing = true;
    chairTypes(chair, saved.meeting.agenda[0]!.id, 'TYPED-WHILE-THE-DISK-WAS-FULL');
    await settle(60);
    expect(problems.join(' ')).toMatch(/not saved|could not be saved/i);
    chairStore.state.failing = false;
    await settle(200);
    expect(minutesText(chairStore.last())).toContain('TYPED-WHILE-THE-DISK-WAS-FULL');
  });
});
