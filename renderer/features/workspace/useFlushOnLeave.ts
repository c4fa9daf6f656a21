import { useEffect } from 'react';
import { api } from '../../api/api';
import { useConferenceStore } from '../../store/conferenceStore';

/**
 * Unsaved work is written whenever the chair might be leaving: the window loses focus, is
 * hidden or closed, or main asks before closing or quitting (flushRequest → flushed).
 */
export function useFlushOnLeave() {
  useEffect(() => {
    const flush = () => void useConferenceStore.getState().flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('blur', flush);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onVisibility);
    const off = api().on('flushRequest', ({ requestId }) => {
      const store = useConferenceStore.getState();
      // Main asks before quitting when edits here could not be saved.
      void store
        .flush()
        .finally(() => void api().flushed({ requestId, unsaved: store.unsavedReason()?.slice(0, 2_000) ?? undefined }));
    });
    return () => {
      window.removeEventListener('blur', flush);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      off();
    };
  }, []);
}
