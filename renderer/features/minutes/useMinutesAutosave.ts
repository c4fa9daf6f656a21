import { useCallback, useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { RichNode } from '../../../shared/model';
import { registerPendingWriter, useConferenceStore } from '../../store/conferenceStore';
import { minutesMaxWaitMs, rememberRoundTrip } from './autosaveTiming';
import { recordStepMinutes } from '../../../shared/conference/commands/minutes';
import { newlinesToHardBreaks } from '../../../shared/collab/hardBreaks';

/** Quiet time after the last key before the document is copied into the store and saved. */
export const MINUTES_IDLE_MS = 500;

/**
 * Keeps the live tiptap document out of the store and copies its JSON in only after a pause (or
 * each second of unbroken typing), on blur, on unmount (a step change) and whenever the store
 * flushes (window close, quit, a flush request from main). Never on each keystroke: serialising a
 * long document per key is what makes editors lag.
 */
export function useMinutesAutosave(stepId: string) {
  const editorRef = useRef<Editor | null>(null);
  const pending = useRef(false);
  const idleTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const maxTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [hasPending, setHasPending] = useState(false);
  /** The document this editor last put in the store, to tell its own writes from another window's. */
  const lastWritten = useRef<RichNode | null>(null);
  /** Recent save round trips (waiting for one in flight included), which set the max-wait. */
  const roundTrips = useRef<number[]>([]);

  const clearTimers = () => {
    if (idleTimer.current) clearTimeout(idleTimer.current);
    if (maxTimer.current) clearTimeout(maxTimer.current);
    idleTimer.current = maxTimer.current = null;
  };

  /** Copy the editor's document into the store now, if it has changed. Synchronous. */
  const writeNow = useCallback(() => {
    const editor = editorRef.current;
    clearTimers();
    if (!pending.current || !editor) return;
    // The document outlives a destroyed view, so words typed just before unmount are still read.
    // In a session a line break is a "\n" in the text (shared/collab/hardBreaks.ts); saved, a hardBreak.
    const json = newlinesToHardBreaks(editor.state.doc.toJSON() as RichNode);
    pending.current = false;
    setHasPending(false);
    lastWritten.current = json;
    const now = new Date().toISOString();
    useConferenceStore.getState().update((d) => recordStepMinutes(d, stepId, json, now));
  }, [stepId]);

  const saveNow = useCallback(() => {
    const hadPending = pending.current;
    writeNow();
    const started = performance.now();
    void useConferenceStore
      .getState()
      .flush()
      .then(() => {
        if (hadPending) rememberRoundTrip(roundTrips.current, performance.now() - started);
      });
  }, [writeNow]);

  /** Call on every document change. Cheap: it only arms timers. */
  const changed = useCallback(() => {
    if (!pending.current) {
      pending.current = true;
      setHasPending(true);
    }
    if (idleTimer.current) clearTimeout(idleTimer.current);
    idleTimer.current = setTimeout(saveNow, MINUTES_IDLE_MS);
    // From the first key not yet in a save, so that key is on disk within MINUTES_LOSS_LIMIT_MS.
    maxTimer.current ??= setTimeout(saveNow, minutesMaxWaitMs(roundTrips.current));
  }, [saveNow]);

  useEffect(() => {
    const unregister = registerPendingWriter(writeNow);
    // A laptop lid shut or the window hidden: save what is typed now rather than after the timer.
    const onHidden = () => {
      if (document.visibilityState === 'hidden') saveNow();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', saveNow);
    return () => {
      unregister();
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', saveNow);
      saveNow();
    };
  }, [writeNow, saveNow]);

  return { editorRef, changed, saveNow, hasPending, lastWritten, pending };
}
