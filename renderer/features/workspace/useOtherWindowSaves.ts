import { useEffect, useState } from 'react';
import { api } from '../../api/api';
import { isSaveConflict, useConferenceStore } from '../../store/conferenceStore';
import { useCollab } from '../collab/collabStore';

/**
 * Another window (the minute-taker's, on the same laptop) saved this conference. With nothing
 * unsaved here, load the newer record; with unsaved edits here, never overwrite either side:
 * say so, and let the chair choose to reload.
 */
export function useOtherWindowSaves(): { conflict: boolean; reload: () => void } {
  const [conflict, setConflict] = useState(false);
  useEffect(
    () =>
      api().on('conferenceChanged', ({ id, revision }) => {
        // The event also announces our own saves, and can arrive before our save's reply has
        // updated the revision here: let our in-flight save finish, then compare.
        void useConferenceStore.getState().settled().then(() => {
          const s = useConferenceStore.getState();
          if (!s.conference || s.conference.id !== id || revision <= s.conference.revision) return;
          // In a live session with the other laptop, its changes merge with ours: never a conflict.
          if (useCollab.getState().status.conferenceId === id) {
            void api()
              .openConference({ id })
              .then((r) => r.ok && useConferenceStore.getState().adoptStored(r.value.conference));
            return;
          }
          if (s.saveState === 'saved') void s.reload(id);
          else setConflict(true);
        });
      }),
    [],
  );
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
