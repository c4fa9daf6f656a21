// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { newConference } from '../../../../shared/model';
import { fail, type AppError, type ChairsideApi, type Result } from '../../../../shared/ipc';
import { setApi } from '../../../../renderer/api/api';
import { useConferenceStore } from '../../../../renderer/store/conferenceStore';
import { useOtherWindowSaves } from '../../../../renderer/features/workspace/useOtherWindowSaves';
import { setMeetingField } from '../../../../shared/conference/commands/meeting';

// The store keeps why a save failed as a code and a sentence. The workspace offers "reload" only
// for a save refused as stale (another window saved first): it used to find that with a regular
// expression over the sentence, so a record saved by a newer Chairside ("...a newer version...")
// read as a conflict, and a stale save said in other words did not.

let answer: Result<never> | null = null;
let root: Root | null = null;
let host: HTMLElement | null = null;

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  setApi({
    saveConference: async () => answer!,
    on: () => () => {},
  } as Partial<ChairsideApi> as ChairsideApi);
  useConferenceStore.setState({ conference: newConference({ kind: 'initial', date: '2026-03-02' }), readOnly: null, saveState: 'saved', saveError: null });
});

afterEach(async () => {
  if (root) await act(async () => root!.unmount());
  host?.remove();
  root = host = null;
  useConferenceStore.getState().closeWithoutSaving();
});

/** Edits the record, lets the save fail with `error`, and returns what the store and the workspace make of it. */
async function failSave(error: Result<never> | { ok: false; error: unknown }): Promise<{ saveError: AppError | null; conflict: boolean; unsaved: string | null }> {
  answer = error as Result<never>;
  useConferenceStore.getState().update((d) => setMeetingField(d, 'purpose', 'To agree a plan'));
  await useConferenceStore.getState().flush();
  let conflict = false;
  function Probe() {
    conflict = useOtherWindowSaves().conflict;
    return null;
  }
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root!.render(createElement(Probe)));
  const s = useConferenceStore.getState();
  return { saveError: s.saveError, conflict, unsaved: s.unsavedReason() };
}

describe('a failed save', () => {
  it('keeps the code main gave and the sentence to show', async () => {
    const message = 'The disk is full, so this change was not saved. Your edits are still on screen and the last saved version is safe.';
    const r = await failSave(fail('disk-full', message));
    expect(r.saveError).toEqual({ code: 'disk-full', message });
    expect(useConferenceStore.getState().saveState).toBe('error');
    expect(r.unsaved).toBe(message);
    expect(r.conflict).toBe(false);
  });

  it('is a conflict with another window when main says the save was stale, whatever the words', async () => {
    const r = await failSave(fail('stale', 'Someone else saved first. Your change was not saved.'));
    expect(r.saveError?.code).toBe('stale');
    expect(r.conflict).toBe(true);
  });

  it('is not a conflict when the record was saved by a newer Chairside (read-only), though the sentence says "newer"', async () => {
    const r = await failSave(fail('read-only', 'This conference was saved by a newer version of Chairside, so this version cannot change it. Nothing was saved.'));
    expect(r.saveError?.code).toBe('read-only');
    expect(r.conflict).toBe(false);
  });

  it('an error outside the contract (an unknown code) is internal, its words kept, and never a conflict', async () => {
    const r = await failSave({ ok: false, error: { code: 'conflict', message: 'The stored revision changed.' } });
    expect(r.saveError).toEqual({ code: 'internal', message: 'The stored revision changed.' });
    expect(r.conflict).toBe(false);
  });

  it('a save that succeeds afterwards clears the error', async () => {
    await failSave(fail('storage', 'The disk reported an error.'));
    answer = { ok: true, value: { revision: 1, updatedAt: '2026-03-02T10:00:00.000Z' } } as unknown as Result<never>;
    useConferenceStore.getState().update((d) => setMeetingField(d, 'purpose', 'To agree a plan together'));
    await useConferenceStore.getState().flush();
    expect(useConferenceStore.getState().saveError).toBeNull();
    expect(useConferenceStore.getState().saveState).toBe('saved');
  });
});
