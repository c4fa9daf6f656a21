import { describe, expect, it } from 'vitest';
import { mergeOfflineChanges } from '../../../../shared/collab/offlineChanges';
import type { Conference } from '../../../../shared/model';
import { richConference } from '../../../fixtures/richConference';

/** What the minute-taker changed outside the minutes while out of a session, brought into the next one. */
const edit = (c: Conference, change: (c: Conference) => void): Conference => {
  const next = structuredClone(c);
  change(next);
  return next;
};

describe('the minute-taker\u2019s changes from while out of the session', () => {
  const base = richConference();

  it('adds nothing when this laptop changed nothing, whatever the chair changed', () => {
    const chairs = edit(base, (c) => {
      c.attendees[1]!.attendance = 'apologies';
      c.map.pop();
    });
    const out = mergeOfflineChanges(base, chairs, structuredClone(base));
    expect(out).toEqual({ record: chairs, added: false, conflicts: [], chairOnly: [] });
  });

  it('adds this laptop\u2019s changes beside the chair\u2019s, and keeps the chair\u2019s where both changed one value, naming it', () => {
    const chairs = edit(base, (c) => {
      c.attendees[1]!.attendance = 'apologies';
      c.attendees[2]!.attendance = 'absent';
    });
    const local = edit(base, (c) => {
      c.attendees[2]!.attendance = 'left-early';
      c.attendees[3]!.attendance = 'left-early';
      c.map.push({ ...c.map[0]!, id: 'added-here', text: 'Added on the minute-taker\u2019s laptop.' });
    });
    const out = mergeOfflineChanges(base, chairs, local);
    expect(out.added).toBe(true);
    expect(out.record.attendees.map((a) => a.attendance).slice(0, 4)).toEqual(['present', 'apologies', 'absent', 'left-early']);
    expect(out.record.map.at(-1)!.id).toBe('added-here');
    expect(out.conflicts).toEqual([`attendees \u203a ${base.attendees[2]!.name} \u203a attendance`]);
    expect(out.chairOnly).toEqual([]);
  });

  it('never takes what only the chair may change, and says so', () => {
    const local = edit(base, (c) => {
      c.decisions[0]!.reasons = 'Typed on the minute-taker\u2019s laptop.';
      c.meeting.agenda[0]!.family.show = !c.meeting.agenda[0]!.family.show;
    });
    const out = mergeOfflineChanges(base, structuredClone(base), local);
    expect(out.added).toBe(false);
    expect(out.record.decisions).toEqual(base.decisions);
    expect(out.record.meeting.agenda[0]!.family).toEqual(base.meeting.agenda[0]!.family);
    expect(out.chairOnly).toEqual(expect.arrayContaining([`decisions \u203a ${base.decisions[0]!.childId} \u203a reasons`]));
    expect(out.chairOnly.some((p) => p.includes('family'))).toBe(true);
  });

  it('leaves the minutes to be carried paragraph by paragraph: the chair\u2019s stay, a step added here starts empty', () => {
    const local = edit(base, (c) => {
      c.meeting.agenda[0]!.minutes = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Typed here.' }] }] };
      c.meeting.agenda.push({ ...structuredClone(c.meeting.agenda[0]!), id: 'added-step', title: 'Added here' });
    });
    const out = mergeOfflineChanges(base, structuredClone(base), local);
    expect(out.record.meeting.agenda[0]!.minutes).toEqual(base.meeting.agenda[0]!.minutes);
    expect(out.record.meeting.agenda.at(-1)).toMatchObject({ id: 'added-step', minutes: { type: 'doc', content: [{ type: 'paragraph' }] } });
  });
});
