import { useConferenceStore } from '../../store/conferenceStore';

/** Saved / Saving / Not saved: what the minute-taker needs to trust that nothing is lost. */
export function SaveIndicator({ pending }: { pending: boolean }) {
  const saveState = useConferenceStore((s) => s.saveState);
  const error = useConferenceStore((s) => s.saveError);
  const readOnly = useConferenceStore((s) => s.readOnly);
  let text = 'Saved';
  let cls = 'saved';
  if (readOnly) {
    text = 'Read only: not saved';
    cls = 'error';
  } else if (saveState === 'error') {
    // The services' sentences end with a full stop of their own.
    text = `Not saved: ${(error ?? 'the last save failed').replace(/\.\s*$/, '')}. Your words stay here and saving is tried again as you type.`;
    cls = 'error';
  } else if (pending || saveState === 'unsaved' || saveState === 'saving') {
    text = 'Saving…';
    cls = 'saving';
  }
  return (
    <p className={`cs-save cs-save-${cls}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
