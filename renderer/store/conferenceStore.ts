import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { produce, type Draft } from 'immer';
import type { Conference } from '../../shared/model';
import { readAppError, type AppError } from '../../shared/ipc';
import { api } from '../api/api';
import { mergeThreeWay, type Json } from '../../shared/collab/mergeRecord';
import { keepUnchanged } from './keepUnchanged';

/**
 * The open conference and its autosave. Features read `conference` and change it only through
 * `update(recipe)`; the store debounces saves, sends the revision each save is based on, and
 * flushes on demand (blur, step change, window close, quit).
 */
export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error';

export interface ConferenceState {
  conference: Conference | null;
  /** Why the open record cannot be saved, or null. */
  readOnly: string | null;
  saveState: SaveState;
  /**
   * Why the last save failed, or null: a code to decide by (`stale`: another window saved first;
   * `disk-full`, `read-only`, `storage`: this computer could not keep it) and the sentence to show.
   */
  saveError: AppError | null;
  open(id: string): Promise<{ ok: true } | { ok: false; message: string }>;
  /** Load the stored record again, dropping unsaved edits here (after a conflict the chair chose to resolve this way). */
  reload(id: string): Promise<{ ok: true } | { ok: false; message: string }>;
  /**
   * Save, then close. When the save fails (a newer version from another window, a full disk)
   * the conference stays open and the reason comes back: only the chair may drop those edits.
   */
  close(): Promise<{ ok: true } | { ok: false; message: string }>;
  /** Close without the edits that could not be saved, after the chair has said so. */
  closeWithoutSaving(): void;
  /** Change the open conference. The recipe mutates a draft (immer); nothing else may. */
  update(recipe: (draft: Draft<Conference>) => void): void;
  /** Save now if anything is unsaved; resolves when the disk has it (or the save failed). */
  flush(): Promise<void>;
  /** Resolves once no save of ours is in flight (without starting one). */
  settled(): Promise<void>;
  /** Why edits here are not on disk after a failed save, or null when nothing is waiting. */
  unsavedReason(): string | null;
  /**
   * A newer stored version arrived from a live session with the minute-taker's app (or the
   * chair's): merged with edits made here and not yet saved, which win where both changed a field.
   */
  adoptStored(stored: Conference, options?: { sameRevision?: boolean }): void;
  /**
   * In a live session, main saved a change to the minutes only (which this window already shows
   * from its replica of the shared document): take the new revision without fetching the whole
   * record, so a form saved next is merged against the right version. Only the very next
   * revision: with one missed, the record is fetched instead. Returns whether it was taken.
   */
  adoptRevision(id: string, revision: number, updatedAt: string): Promise<boolean>;
}

export const AUTOSAVE_DELAY_MS = 400;
/** The store with no conference open. */
const CLOSED = { conference: null, readOnly: null, saveState: 'saved', saveError: null } as const;

let timer: ReturnType<typeof setTimeout> | null = null;
/** The stored version the open conference was last in step with: the base of a merge. */
let synced: Conference | null = null;

/** Edits made here since `base`, on top of `stored`: the record shown after another side's change. */
function rebase(base: Conference, local: Conference, stored: Conference): Conference {
  const merged = mergeThreeWay(base as unknown as Json, local as unknown as Json, stored as unknown as Json) as unknown as Conference;
  return { ...merged, revision: stored.revision, updatedAt: stored.updatedAt, audit: stored.audit };
}
let inFlight: Promise<void> | null = null;
let dirty = false;

/**
 * Editors that hold text not yet in the store (the minutes keep a live tiptap document and copy
 * its JSON in only after a pause). flush() asks each to hand over what it holds first, so window
 * close, quit and a flush request never leave typed words behind in an editor.
 */
const pendingWriters = new Set<() => void>();

/** Register a function that writes pending edits into the store with update(); returns an unregister. */
export function registerPendingWriter(write: () => void): () => void {
  pendingWriters.add(write);
  return () => {
    pendingWriters.delete(write);
  };
}

export const useConferenceStore = create<ConferenceState>()((set, get) => {
  async function saveOnce(): Promise<void> {
    const { conference, readOnly } = get();
    if (!conference || readOnly || !dirty) return;
    dirty = false;
    set({ saveState: 'saving' });
    const result = await api().saveConference({ conference, baseRevision: conference.revision });
    if (result.ok && result.value.conference) {
      // In a live session the stored record holds the other side's changes too: show it, with
      // any edits made here while the save was in flight on top.
      const stored = result.value.conference;
      synced = stored;
      set((s) => ({
        conference: s.conference && s.conference.id === conference.id ? keepUnchanged(s.conference, s.conference === conference ? stored : rebase(conference, s.conference, stored)) : s.conference,
        saveState: dirty ? 'unsaved' : 'saved',
        saveError: null,
      }));
    } else if (result.ok) {
      synced = { ...conference, revision: result.value.revision, updatedAt: result.value.updatedAt };
      // Keep edits made while the save was in flight: only the revision and timestamp come back.
      set((s) => ({
        conference: s.conference && s.conference.id === conference.id ? { ...s.conference, revision: result.value.revision, updatedAt: result.value.updatedAt } : s.conference,
        saveState: dirty ? 'unsaved' : 'saved',
        saveError: null,
      }));
    } else {
      dirty = true;
      set({ saveState: 'error', saveError: readAppError(result.error) });
    }
  }

  async function flush(): Promise<void> {
    for (const write of pendingWriters) write();
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    // Saves run one at a time, so each is based on the revision the previous one produced.
    while (inFlight) await inFlight;
    if (!dirty) return;
    inFlight = saveOnce().finally(() => {
      inFlight = null;
    });
    await inFlight;
  }

  async function load(id: string): Promise<{ ok: true } | { ok: false; message: string }> {
    const result = await api().openConference({ id });
    if (!result.ok) return { ok: false, message: result.error.message };
    dirty = false;
    synced = result.value.conference;
    set({ conference: result.value.conference, readOnly: result.value.readOnly?.reason ?? null, saveState: 'saved', saveError: null });
    return { ok: true };
  }

  return {
    conference: null,
    readOnly: null,
    saveState: 'saved',
    saveError: null,

    async open(id) {
      await flush();
      return load(id);
    },

    async reload(id) {
      if (timer) clearTimeout(timer);
      timer = null;
      while (inFlight) await inFlight;
      dirty = false;
      return load(id);
    },

    async close() {
      await flush();
      const unsaved = get().unsavedReason();
      if (unsaved) return { ok: false, message: unsaved };
      set(CLOSED);
      return { ok: true };
    },

    closeWithoutSaving() {
      if (timer) clearTimeout(timer);
      timer = null;
      dirty = false;
      set(CLOSED);
    },

    update(recipe) {
      const { conference, readOnly } = get();
      if (!conference || readOnly) return;
      const next = produce(conference, recipe);
      if (next === conference) return;
      dirty = true;
      set({ conference: next, saveState: 'unsaved' });
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        void flush();
      }, AUTOSAVE_DELAY_MS);
    },

    flush,

    adoptStored(stored, options = {}) {
      // After our own save in flight: its reply may already hold this version, and it is the base
      // that edits sent in it are measured from.
      void (async () => {
        while (inFlight) await inFlight;
        const { conference } = get();
        // The same revision again: its minutes, after adoptRevision took only its number.
        if (!conference || conference.id !== stored.id || stored.revision < conference.revision || (stored.revision === conference.revision && !options.sameRevision)) return;
        const base = synced ?? conference;
        synced = stored;
        set({ conference: keepUnchanged(conference, dirty ? rebase(base, conference, stored) : stored) });
      })();
    },

    async adoptRevision(id, revision, updatedAt) {
      while (inFlight) await inFlight;
      const { conference } = get();
      if (!conference || conference.id !== id || revision !== conference.revision + 1) return false;
      if (synced?.id === id && synced.revision === conference.revision) synced = { ...synced, revision, updatedAt };
      set({ conference: { ...conference, revision, updatedAt } });
      return true;
    },

    unsavedReason() {
      const { conference, readOnly, saveError } = get();
      return dirty && conference && !readOnly ? (saveError?.message ?? 'They could not be saved.') : null;
    },

    async settled() {
      while (inFlight) await inFlight;
    },
  };
});

/** The open conference; features render only when one is open. */
export function useConference(): Conference {
  const c = useConferenceStore((s) => s.conference);
  if (!c) throw new Error('No conference is open.');
  return c;
}

/**
 * The parts of the open record a component shows, compared one by one: immer keeps a part no edit
 * touched the same object, so an edit elsewhere (a score, a word of the minutes) renders nothing
 * here. Select parts of the record or values made from it, never a new object or array per item.
 */
export function useConferenceParts<T extends object>(select: (c: Conference) => T): T {
  return useConferenceStore(
    useShallow((s) => {
      if (!s.conference) throw new Error('No conference is open.');
      return select(s.conference);
    }),
  );
}

/** Whether the last save was refused because another window saved this conference first (decided by the error's code, not its words). */
export function isSaveConflict(saveError: AppError | null): boolean {
  return saveError?.code === 'stale';
}

export function useUpdate(): ConferenceState['update'] {
  return useConferenceStore((s) => s.update);
}
