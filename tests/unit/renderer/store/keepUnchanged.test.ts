import { afterEach, describe, expect, it } from 'vitest';
import { newConference, type Conference } from '../../../../shared/model';
import type { ChairsideApi } from '../../../../shared/ipc';
import { setApi } from '../../../../renderer/api/api';
import { useConferenceStore } from '../../../../renderer/store/conferenceStore';
import { keepUnchanged } from '../../../../renderer/store/keepUnchanged';

// In a live session (#17) the record comes back from main as new objects several times a second:
// each part that did not change must stay the same object, or every part-selecting component
// renders again and every step's words are counted again (the paired typing bench's p95).

function withMinutes(): Conference {
  const c = newConference({ kind: 'initial', date: '2026-03-02', familyName: 'Smith' });
  c.meeting.agenda.forEach((s, i) => (s.minutes = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Step ${i} words.` }] }] }));
  return c;
}

describe('keepUnchanged', () => {
  it('keeps the old object wherever the JSON is the same, and takes the new one where it changed', () => {
    const prev = withMinutes();
    const next = structuredClone(prev);
    next.revision += 1;
    next.meeting.agenda[2]!.minutes = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'New words.' }] }] };
    const kept = keepUnchanged(prev, next);
    expect(kept).toEqual(next);
    expect(kept).not.toBe(prev);
    expect(kept.attendees).toBe(prev.attendees);
    expect(kept.meeting.agenda[0]).toBe(prev.meeting.agenda[0]);
    expect(kept.meeting.agenda[2]!.minutes).not.toBe(prev.meeting.agenda[2]!.minutes);
    expect(kept.meeting.agenda[2]!.minutes).toEqual(next.meeting.agenda[2]!.minutes);
    expect(kept.meeting.agenda[2]!.title).toBe(prev.meeting.agenda[2]!.title);
  });

  it('gives the old object back when nothing changed, and follows added, removed and retyped parts', () => {
    const prev = withMinutes();
    expect(keepUnchanged(prev, structuredClone(prev))).toBe(prev);
    expect(keepUnchanged({ a: [1, 2] }, { a: [1, 2, 3] })).toEqual({ a: [1, 2, 3] });
    expect(keepUnchanged({ a: [1, 2, 3] }, { a: [1, 2] })).toEqual({ a: [1, 2] });
    expect(keepUnchanged<Record<string, unknown>>({ a: 1, b: 2 }, { a: 1 })).toEqual({ a: 1 });
    expect(keepUnchanged<Record<string, unknown>>({ a: 1 }, { a: 1, b: undefined })).toEqual({ a: 1, b: undefined });
    expect(keepUnchanged<unknown>({ a: [1] }, { a: { 0: 1 } })).toEqual({ a: { 0: 1 } });
    expect(keepUnchanged<unknown>({ a: null }, { a: {} })).toEqual({ a: {} });
  });
});

describe('the store adopting the other laptop’s save', () => {
  afterEach(() => useConferenceStore.getState().closeWithoutSaving());

  it('keeps the steps the other laptop did not change as the same objects', async () => {
    setApi({ on: () => () => {} } as Partial<ChairsideApi> as ChairsideApi);
    const shown = withMinutes();
    useConferenceStore.setState({ conference: shown, readOnly: null, saveState: 'saved', saveError: null });
    const stored = structuredClone(shown);
    stored.revision += 1;
    stored.meeting.agenda[5]!.minutes = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Typed on the other laptop.' }] }] };
    useConferenceStore.getState().adoptStored(stored);
    await new Promise((r) => setTimeout(r, 0));
    const after = useConferenceStore.getState().conference!;
    expect(after.revision).toBe(stored.revision);
    expect(after.meeting.agenda[5]!.minutes).toEqual(stored.meeting.agenda[5]!.minutes);
    expect(after.meeting.agenda[0]!.minutes).toBe(shown.meeting.agenda[0]!.minutes);
    expect(after.attendees).toBe(shown.attendees);
    expect(after.details).toBe(shown.details);
  });

  it('takes the next revision of a minutes-only save without the record, then its minutes once fetched; never skips a revision', async () => {
    setApi({ on: () => () => {} } as Partial<ChairsideApi> as ChairsideApi);
    const shown = withMinutes();
    useConferenceStore.setState({ conference: shown, readOnly: null, saveState: 'saved', saveError: null });
    const store = useConferenceStore.getState();
    expect(await store.adoptRevision(shown.id, shown.revision + 1, '2026-12-03T10:00:00.000Z')).toBe(true);
    const bumped = useConferenceStore.getState().conference!;
    expect(bumped.revision).toBe(shown.revision + 1);
    expect(bumped.attendees).toBe(shown.attendees);
    // A revision missed in between (a change outside the minutes): refused, so the caller fetches.
    expect(await store.adoptRevision(shown.id, shown.revision + 3, '2026-12-03T10:00:02.000Z')).toBe(false);
    expect(useConferenceStore.getState().conference!.revision).toBe(shown.revision + 1);
    // The same revision fetched later brings its minutes in; without the option it is ignored.
    const stored = { ...structuredClone(shown), revision: shown.revision + 1 };
    stored.meeting.agenda[2]!.minutes = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Typed in the session.' }] }] };
    store.adoptStored(stored);
    await new Promise((r) => setTimeout(r, 0));
    expect(useConferenceStore.getState().conference!.meeting.agenda[2]!.minutes).toEqual(shown.meeting.agenda[2]!.minutes);
    store.adoptStored(stored, { sameRevision: true });
    await new Promise((r) => setTimeout(r, 0));
    expect(useConferenceStore.getState().conference!.meeting.agenda[2]!.minutes).toEqual(stored.meeting.agenda[2]!.minutes);
  });
});
