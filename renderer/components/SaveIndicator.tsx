import { useConferenceStore } from '../store/conferenceStore';

const TEXT = { saved: 'All changes saved', saving: 'Saving…', unsaved: 'Not saved yet', error: 'Not saved' } as const;

/** Always visible while a conference is open, so nobody has to wonder whether their words are safe. */
export function SaveIndicator() {
  const state = useConferenceStore((s) => s.saveState);
  const error = useConferenceStore((s) => s.saveError);
  const readOnly = useConferenceStore((s) => s.readOnly);
  if (readOnly) return <span className="save-indicator read-only">Read only</span>;
  return (
    <span className={`save-indicator ${state}`} role="status" aria-live="polite">
      {TEXT[state]}
      {state === 'error' && error ? `: ${error}` : ''}
    </span>
  );
}
