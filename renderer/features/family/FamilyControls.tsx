import { useCallback, useEffect, useRef } from 'react';
import type { AgendaStep } from '../../../shared/model';
import { api } from '../../api/api';
import { useConferenceParts, useConferenceStore } from '../../store/conferenceStore';
import { useFamilyState } from './useFamilyState';
import { CURTAIN_SHORTCUT_LABEL, isCurtainKey } from './curtainKey';
import { FamilyStepSettings } from './FamilyStepSettings';
import './familyControls.css';

/**
 * The chair's controls for the family screen, in the workspace header: open/close, a
 * "Presenting to family" indicator, the curtain (button and Ctrl+Shift+B anywhere in the
 * window), pin/follow, and what this step shows.
 */
export function FamilyControls({ step }: { step?: AgendaStep; whose?: 'child' | 'family' }) {
  const conference = useConferenceParts((c) => ({ id: c.id, meeting: c.meeting }));
  const current = step ?? conference.meeting.agenda.find((s) => s.id === conference.meeting.currentStepId);
  const { state, setState, error, run } = useFamilyState();
  const fallbackUrl = useRef<string | null>(null);
  const curtainRef = useRef(state.curtain);
  curtainRef.current = state.curtain;

  const toggleCurtain = useCallback(() => {
    const down = !curtainRef.current;
    curtainRef.current = down;
    setState((s) => ({ ...s, curtain: down }));
    void run(() => api().setCurtain({ down }));
  }, [run, setState]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isCurtainKey(e) || e.repeat) return;
      e.preventDefault();
      e.stopPropagation();
      toggleCurtain();
    };
    // Capture phase, so an editor with focus cannot swallow the keystroke first.
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [toggleCurtain]);

  const open = async () => {
    // The family sees the saved record, so save what is on screen first.
    await useConferenceStore.getState().flush();
    const value = await run(() => api().openFamilyView({ id: conference.id }));
    if (value && 'url' in value && typeof value.url === 'string') {
      fallbackUrl.current = value.url;
      // noopener: the family tab gets no handle on this window and no copy of its storage;
      // noreferrer: nor learns this page's address. It is on its own origin besides.
      window.open(value.url, '_blank', 'noopener,noreferrer');
    }
  };
  const close = () => void run(() => api().closeFamilyView({}));
  const pinned = state.pinnedStepId !== undefined;
  const pin = () => void run(() => api().pinFamilyStep(pinned || !current ? {} : { stepId: current.id }));
  const pinnedTitle = pinned ? conference.meeting.agenda.find((s) => s.id === state.pinnedStepId)?.title : undefined;
  const isOpenHere = state.open && state.conferenceId === conference.id;

  return (
    <section className="family-controls" aria-label="Family screen">
      {isOpenHere ? (
        <span className={`family-presenting${state.curtain ? ' is-curtained' : ''}`} role="status">
          {state.curtain ? 'Curtain down: family screen blank' : 'Presenting to family'}
        </span>
      ) : (
        <span className="family-not-presenting">Family screen closed</span>
      )}
      {isOpenHere ? (
        <button type="button" onClick={close}>
          Close family screen
        </button>
      ) : (
        <button type="button" onClick={() => void open()}>
          Open family screen
        </button>
      )}
      <button type="button" aria-pressed={state.curtain} aria-keyshortcuts="Control+Shift+B" onClick={toggleCurtain} className="family-curtain-button">
        {state.curtain ? 'Lift curtain' : 'Curtain'} <kbd>{CURTAIN_SHORTCUT_LABEL}</kbd>
      </button>
      <button type="button" aria-pressed={pinned} onClick={pin} disabled={!current && !pinned}>
        {pinned ? `Follow me again (pinned: ${pinnedTitle ?? 'a step'})` : 'Pin this step'}
      </button>
      {current && <FamilyStepSettings step={current} />}
      {isOpenHere && fallbackUrl.current && (
        <a className="family-link" href={fallbackUrl.current} target="_blank" rel="noopener noreferrer">
          Family screen link
        </a>
      )}
      {error && (
        <span className="family-error" role="alert">
          {error}
        </span>
      )}
    </section>
  );
}
