import { useEffect, useState } from 'react';
import { api } from '../../api/api';
import { isSaveConflict, useConferenceStore } from '../../store/conferenceStore';
import { useCollab } from '../collab/collabStore';

/** How long the minutes must rest in a session before the rest of the screen catches up with them. */
export const MINUTES_REFRESH_PAUSE_MS = 2_000;

/**
 * Another window (the minute-taker's, on the same laptop) saved this conference. With nothing
 * unsaved here, load the newer record; with unsaved edits here, never overwrite either side:
 * say so, and let the chair choose to reload.
 */
export function useOtherWindowSaves(): { conflict: boolean; reload: () => void } {
  const [conflict, setConflict] = useState(false);
  useEffect(() => {
    // In a session, main saves the minutes about every 0.75 s while anyone types. The editor shows
    // them from the shared document already; the rest of the screen (word counts, the restricted
    // register) is brought up to date once the typing pauses, not on every save: fetching and
    // reading the whole record each time slowed every key on both laptops.
    let later: ReturnType<typeof setTimeout> | null = null;
    const fetchStored = (id: string, sameRevision: boolean) => {
      if (later) clearTimeout(later);
      later = null;
      void api()
        .openConference({ id })
        .then((r) => r.ok && useConferenceStore.getState().adoptStored(r.value.conference, { sameRevision }));
    };
    const off = api().on('conferenceChanged', ({ id, revision, updatedAt, minutesOnly }) => {
      // The event also announces our own saves, and can arrive before our save's reply has
      // updated the revision here: let our in-flight save finish, then compare.
      void useConferenceStore.getState().settled().then(async () => {
        const s = useConferenceStore.getState();
        if (!s.conference || s.conference.id !== id || revision <= s.conference.revision) return;
        // In a live session with the other laptop, its changes merge with ours: never a conflict.
        if (useCollab.getState().status.conferenceId === id) {
          if (minutesOnly && updatedAt && (await s.adoptRevision(id, revision, updatedAt))) {
            if (later) clearTimeout(later);
            later = setTimeout(() => fetchStored(id, true), MINUTES_REFRESH_PAUSE_MS);
            return;
          }
          fetchStored(id, false);
          return;
        }
        if (s.saveState === 'saved') void s.reload(id);
        else setConflict(true);
      });
    });
    return () => {
      off();
      if (later) clearTimeout(later);
    };
  }, []);
  // A save refused as stale is the same conflict, seen from this side. Other failures (a full
  // disk, a folder gone read-only, a record from a newer Chairside) are not: reloading would not help.
  const stale = useConferenceStore((s) => isSaveConflict(s.saveError));
  return {
    conflict: conflict || stale,
    reload: () => {
      const s = useConferenceStore.getState();
      setConflict(false);
      if (s.conference) void s.reload(s.conference.id);
    },
  };
}
