import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { applyRecordChange, docIsEmpty, readDoc, seedDoc } from '../../../../../electron/services/collab/recordDoc';
import { readMinutes, writeMinutes } from '../../../../../electron/services/collab/minutesFragment';
import { LiveData, Restricted, Speaker, Timestamp } from '../../../../../renderer/features/minutes/minutesNodes';
import { minutesFragmentName } from '../../../../../shared/collab/layout';
import { richConference } from '../../../../fixtures/richConference';
import type { Conference } from '../../../../../shared/model';

const own = (c: Conference) => ({ revision: c.revision, updatedAt: c.updatedAt, audit: c.audit });
const read = (doc: Y.Doc, c: Conference) => {
  const r = readDoc(doc, own(c));
  if (!r.ok) throw new Error(r.why);
  return r.conference;
};
/** Two replicas that exchange every update, as a live link would; `drop()` holds updates back. */
function pair() {
  const chair = new Y.Doc();
  const taker = new Y.Doc();
  let linked = true;
  const held: [Y.Doc, Uint8Array][] = [];
  chair.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && (linked ? Y.applyUpdate(taker, u, 'remote') : held.push([taker, u])));
  taker.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && (linked ? Y.applyUpdate(chair, u, 'remote') : held.push([chair, u])));
  return {
    chair,
    taker,
    drop: () => (linked = false),
    restore: () => {
      linked = true;
      for (const [doc, u] of held.splice(0)) Y.applyUpdate(doc, u, 'remote');
    },
  };
}

describe('the conference in the shared document', () => {
  it('reads back exactly the conference it was seeded with, minutes included', () => {
    const c = richConference();
    // Marks without attributes (bold) come back without an attrs object, as the editor writes them.
    c.meeting.agenda[0]!.minutes = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Bold', marks: [{ type: 'bold' }] }, { type: 'text', text: ' plain' }] }] };
    const doc = new Y.Doc();
    expect(docIsEmpty(doc)).toBe(true);
    seedDoc(doc, c);
    expect(docIsEmpty(doc)).toBe(false);
    expect(read(doc, c)).toStrictEqual(c);
  });

  it('lays the minutes out exactly as tiptap\'s collaboration extension does with the editor\'s own schema', () => {
    const schema = getSchema([StarterKit.configure({ heading: { levels: [2, 3] }, code: false, codeBlock: false, strike: false, underline: false, link: false, horizontalRule: false }), Speaker.configure({ bridge: null }), Timestamp, LiveData, Restricted]);
    const minutes = richConference().meeting.agenda.find((s) => s.key === 'mapping')!.minutes;
    minutes.content!.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Bold ', marks: [{ type: 'bold' }] }, { type: 'text', text: 'and plain' }] }, { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ewa Wiśniewska — مرحبا — 你好' }] }] }] });
    const ours = new Y.Doc().getXmlFragment('x');
    const theirs = new Y.Doc().getXmlFragment('x');
    writeMinutes(ours, minutes);
    prosemirrorJSONToYXmlFragment(schema, minutes, theirs);
    expect(ours.toString()).toBe(theirs.toString());
    expect(readMinutes(ours)).toEqual(readMinutes(theirs));
  });

  it('merges the chair\'s and the minute-taker\'s edits to different attendees, scores and map cards made while apart', () => {
    const c = richConference();
    const { chair, taker, drop, restore } = pair();
    seedDoc(chair, c);
    expect(read(taker, c)).toEqual(c);
    drop();
    const [a0, a1] = c.attendees;
    const [s0, s1] = c.scaling.scores;
    const chairs = structuredClone(c);
    chairs.attendees[0]!.attendance = 'left-early';
    chairs.scaling.scores[0]!.score = s0!.score === 3 ? 4 : 3;
    chairs.map.push({ ...structuredClone(c.map[0]!), id: 'chair-card', text: 'Added by the chair' });
    const takers = structuredClone(c);
    takers.attendees[1]!.attendance = 'apologies';
    takers.scaling.scores[1]!.reason = 'Said by the school nurse';
    takers.map.push({ ...structuredClone(c.map[0]!), id: 'taker-card', text: 'Added by the minute-taker' });
    applyRecordChange(chair, c, chairs, 'local');
    applyRecordChange(taker, c, takers, 'local');
    restore();
    const merged = read(chair, c);
    expect(read(taker, c)).toEqual(merged);
    expect(merged.attendees.find((a) => a.id === a0!.id)!.attendance).toBe('left-early');
    expect(merged.attendees.find((a) => a.id === a1!.id)!.attendance).toBe('apologies');
    expect(merged.scaling.scores[0]!.score).toBe(chairs.scaling.scores[0]!.score);
    expect(merged.scaling.scores[1]).toEqual({ ...s1, reason: 'Said by the school nurse' });
    expect(merged.map.slice(0, c.map.length).map((m) => m.id)).toEqual(c.map.map((m) => m.id));
    expect(merged.map.slice(c.map.length).map((m) => m.id).sort()).toEqual(['chair-card', 'taker-card']);
    expect(merged.map.filter((m) => m.id === 'chair-card' || m.id === 'taker-card')).toHaveLength(2);
  });

  it('merges two people typing in the same step\'s minutes at once, letter by letter, while apart', () => {
    const c = richConference();
    const { chair, taker, drop, restore } = pair();
    seedDoc(chair, c);
    const step = c.meeting.agenda.find((s) => s.key === 'mapping')!;
    drop();
    const paragraphText = (doc: Y.Doc, i: number) => (doc.getXmlFragment(minutesFragmentName(step.id)).get(i) as Y.XmlElement).toArray().find((n) => n instanceof Y.XmlText)!;
    paragraphText(chair, 1).insert(0, 'CHAIR-MARKER ');
    paragraphText(taker, 2).insert(0, 'TAKER-MARKER ');
    paragraphText(taker, 1).insert(0, 'ALSO ');
    restore();
    const text = JSON.stringify(read(chair, c).meeting.agenda.find((s) => s.id === step.id)!.minutes);
    expect(text).toContain('CHAIR-MARKER');
    expect(text).toContain('TAKER-MARKER');
    expect(text).toContain('ALSO');
    expect(read(taker, c)).toEqual(read(chair, c));
  });

  it('gives an ad-hoc step added on one side an empty page of minutes on both', () => {
    const c = richConference();
    const { chair, taker } = pair();
    seedDoc(chair, c);
    const next = structuredClone(c);
    next.meeting.agenda.push({ ...structuredClone(c.meeting.agenda[0]!), id: 'adhoc-1', title: 'Police update', minutes: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'not taken from the form' }] }] } });
    applyRecordChange(taker, c, next, 'local');
    const onChair = read(chair, c).meeting.agenda.find((s) => s.id === 'adhoc-1')!;
    expect(onChair.title).toBe('Police update');
    expect(onChair.minutes).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it('says why, and returns nothing, when the merged record is not a valid conference', () => {
    const c = richConference();
    const doc = new Y.Doc();
    seedDoc(doc, c);
    doc.getMap('record').set('status', 'not-a-status');
    const r = readDoc(doc, own(c));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.why).toMatch(/^status:/);
  });
});
