import { useConferenceStore } from '../store/conferenceStore';

const SHORT = { saved: 'All changes saved', saving: 'Saving…', unsaved: 'Not saved yet', error: 'Not saved' } as const;

/**
 * The one save indicator, always in view while a conference is open, so nobody has to wonder
 * whether their words are safe. `inMinutes`: the minute-taker's fuller sentence under the editor,
 * where `pending` (typing not yet sent) counts as saving and a failure says the words stay.
 */
export function SaveIndicator({ inMinutes = false, pending = false }: { inMinutes?: boolean; pending?: boolean }) {
  const state = useConferenceStore((s) => s.saveState);
  const error = useConferenceStore((s) => s.saveError?.message ?? null);
  const readOnly = useConferenceStore((s) => s.readOnly);
  if (!inMinutes) {
    if (readOnly) return <span className="save-indicator read-only">Read only</span>;
    return (
      <span className={`save-indicator ${state}`} role="status" aria-live="polite">
        {SHORT[state]}
        {state === 'error' && error ? `: ${error}` : ''}
      </span>
    );
  }
  let text = 'Saved';
  let cls = 'saved';
  if (readOnly) {
    text = 'Read only: not saved';
    cls = 'error';
  } else if (state === 'error') {
    // The services' sentences end with a full stop of their own.
    text = `Not saved: ${(error ?? 'the last save failed').replace(/\.\s*$/, '')}. Your words stay here and saving is tried again as you type.`;
    cls = 'error';
  } else if (pending || state === 'unsaved' || state === 'saving') {
    text = 'Saving…';
    cls = 'saving';
  }
  return (
    <p className={`save-indicator in-minutes ${cls}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
