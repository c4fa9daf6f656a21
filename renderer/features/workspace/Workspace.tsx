import { useMemo, useRef, useState } from 'react';
import { CONFERENCE_KIND_LABELS, newAgendaStep } from '../../../shared/model';
import { formatDate, childLabel } from '../../../shared/format';
import { useConferenceParts, useConferenceStore, useUpdate } from '../../store/conferenceStore';
import { SaveIndicator } from '../../components/SaveIndicator';
import { PREPARE_PAGES, AFTER_PAGES } from '../registry';
import { FamilyControls } from '../family/FamilyControls';
import { MinuteTakerView } from '../minutes/MinuteTakerView';
import { CollabControls, MinuteTakerBanner } from '../collab/CollabControls';
import { ChairOnly } from '../collab/ChairOnly';
import { useCollab } from '../collab/collabStore';
import { SideNav } from './SideNav';
import { StepPage } from './StepPage';
import { MeetingClock } from './MeetingClock';
import { AddStepDialog } from './AddStepDialog';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ShortcutsHelp } from './ShortcutsHelp';
import { initialPlace, neighbourStep, type Place } from './pages';
import { useStepShortcuts } from './useStepShortcuts';
import { useOtherWindowSaves } from './useOtherWindowSaves';
import { addStep as addStepAfter, endMeeting as endTheMeeting, goToStep, startMeeting as startTheMeeting } from '../../../shared/conference/commands/meeting';
import './workspace.css';

/** The open conference: header, the Prepare / Meeting / After navigation, and the current page. */
export function Workspace() {
  // The header, the steps and the navigation only: the page selects what it shows, so an edit
  // on it (a score, a view) does not render the whole workspace again.
  const conference = useConferenceParts((c) => ({ meeting: c.meeting, details: c.details, children: c.children }));
  const update = useUpdate();
  const readOnly = useConferenceStore((s) => s.readOnly);
  const [place, setPlace] = useState<Place>(() => initialPlace(conference));
  // On the minute-taker's own laptop in a session: the minutes first, and none of the chair's controls.
  const remoteMinuteTaker = useCollab((s) => s.status.role === 'minute-taker' && s.status.state !== 'off');
  const [minuteTaker, setMinuteTaker] = useState(() => useCollab.getState().status.role === 'minute-taker');
  const [adding, setAdding] = useState(false);
  /** Why the latest edits could not be saved, while the chair decides whether to leave without them. */
  const [unsavedOnLeave, setUnsavedOnLeave] = useState<string | null>(null);
  const { conflict, reload } = useOtherWindowSaves();
  const mainRef = useRef<HTMLElement>(null);

  const agenda = conference.meeting.agenda;
  const started = Boolean(conference.meeting.startedAt);
  const currentStep = agenda.find((s) => s.id === conference.meeting.currentStepId);

  function go(next: Place) {
    void useConferenceStore.getState().flush();
    if (next.kind === 'step') {
      const now = new Date().toISOString();
      update((d) => goToStep(d, next.stepId, now));
    }
    setPlace(next);
    setMinuteTaker(false);
    // Move focus to the page so keyboard and screen-reader users land on what changed.
    requestAnimationFrame(() => mainRef.current?.focus());
  }

  const stepId = place.kind === 'step' ? place.stepId : conference.meeting.currentStepId;
  const shortcuts = useMemo(
    () => ({
      next: () => {
        const id = neighbourStep(conference, stepId, 1);
        if (id) go({ kind: 'step', stepId: id });
      },
      previous: () => {
        const id = neighbourStep(conference, stepId, -1);
        if (id) go({ kind: 'step', stepId: id });
      },
      jump: (i: number) => {
        const s = agenda[i];
        if (s) go({ kind: 'step', stepId: s.id });
      },
      toggleMinuteTaker: () => setMinuteTaker((m) => !m),
      saveNow: () => void useConferenceStore.getState().flush(),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [conference, stepId],
  );
  useStepShortcuts(shortcuts);

  function startMeeting() {
    const now = new Date().toISOString();
    const first = currentStep ?? agenda[0];
    update((d) => startTheMeeting(d, now, first?.id));
    if (first) setPlace({ kind: 'step', stepId: first.id });
  }

  function endMeeting() {
    const now = new Date().toISOString();
    update((d) => endTheMeeting(d, now));
  }

  function addStep(title: string) {
    const step = newAgendaStep('custom', title);
    update((d) => addStepAfter(d, step, stepId));
    setAdding(false);
    go({ kind: 'step', stepId: step.id });
  }

  const children = conference.children.map(childLabel).join(', ') || (conference.details.familyName ? `${conference.details.familyName} family` : 'New conference');
  const page = renderPage();

  function renderPage() {
    if (place.kind === 'step') {
      const step = agenda.find((s) => s.id === place.stepId);
      if (step) return <StepPage key={step.id} step={step} onRemoved={() => setPlace({ kind: 'prepare', key: 'details' })} />;
      return <p>This step no longer exists.</p>;
    }
    const list = place.kind === 'prepare' ? PREPARE_PAGES : AFTER_PAGES;
    const entry = list.find((p) => p.key === place.key);
    if (!entry) return null;
    const Page = entry.component;
    // Exports and their circulation stay with the chair's laptop.
    return place.kind === 'after' ? (
      <ChairOnly what={entry.title === 'Export' ? 'Exports' : 'Circulation'} hide>
        <Page />
      </ChairOnly>
    ) : (
      <Page />
    );
  }

  return (
    <div className="workspace">
      <header className="ws-header">
        <button type="button" className="link" onClick={() => void useConferenceStore.getState().close().then((r) => !r.ok && setUnsavedOnLeave(r.message))}>
          ← Conferences
        </button>
        {/* One line, cut short with an ellipsis on a narrow screen; the full title is its tooltip. */}
        <h1 dir="auto" title={`${children} · ${CONFERENCE_KIND_LABELS[conference.details.kind]} · ${formatDate(conference.details.date)}`}>
          {children} <span className="muted">· {CONFERENCE_KIND_LABELS[conference.details.kind]} · {formatDate(conference.details.date)}</span>
        </h1>
        <div className="ws-tools">
          <MeetingClock startedAt={conference.meeting.startedAt} stepStartedAt={currentStep?.startedAt} endedAt={conference.meeting.endedAt} />
          {remoteMinuteTaker ? null : !started ? (
            <button type="button" className="primary" onClick={startMeeting} disabled={Boolean(readOnly)}>Start meeting</button>
          ) : !conference.meeting.endedAt ? (
            <button type="button" onClick={endMeeting}>End meeting</button>
          ) : null}
          <button type="button" aria-pressed={minuteTaker} onClick={() => setMinuteTaker((m) => !m)}>
            Minute-taker view
          </button>
          <CollabControls />
          <SaveIndicator />
        </div>
        {remoteMinuteTaker ? null : <FamilyControls />}
      </header>
      <MinuteTakerBanner />
      {readOnly && <p className="banner warn ws-banner" role="status">Read only: {readOnly}</p>}
      {conflict && (
        <div className="banner error ws-banner" role="alert">
          This conference was changed in another window, so your latest edits here could not be saved over it.{' '}
          <button type="button" onClick={reload}>Reload the saved version</button>
        </div>
      )}
      <div className="ws-body">
        <SideNav conference={conference} place={place} go={go} onAddStep={() => setAdding(true)} />
        <main className="ws-main" ref={mainRef} tabIndex={-1} aria-label="Current page">
          {minuteTaker ? <MinuteTakerView /> : page}
        </main>
      </div>
      <footer className="ws-footer">
        <ShortcutsHelp />
      </footer>
      <AddStepDialog open={adding} onAdd={addStep} onClose={() => setAdding(false)} />
      <ConfirmDialog
        open={unsavedOnLeave !== null}
        title="Leave without your latest changes?"
        confirmLabel="Leave without them"
        cancelLabel="Stay"
        danger
        onConfirm={() => useConferenceStore.getState().closeWithoutSaving()}
        onCancel={() => setUnsavedOnLeave(null)}
      >
        <p>
          Your latest changes could not be saved: {unsavedOnLeave} If you leave, they are lost. Stay to copy them somewhere safe, or to
          reload the saved version yourself.
        </p>
      </ConfirmDialog>
    </div>
  );
}
