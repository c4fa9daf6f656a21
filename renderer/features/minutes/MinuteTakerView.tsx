import { useRef, useState, type KeyboardEvent } from 'react';
import type { AgendaStep } from '../../../shared/model';
import { agencyLabel, formatDate, formatInstant } from '../../../shared/format';
import { countWords } from '../../../shared/conference/minutesText';
import { CONFERENCE_KIND_LABELS } from '../../../shared/model';
import { useConferenceParts } from '../../store/conferenceStore';
import { MinutesEditor, type MinutesEditorHandle } from './MinutesEditor';
import type { RichNode } from '../../../shared/model';
import './minutes.css';

// Counted once per stored document: a save replaces only the step being typed in.
const wordCounts = new WeakMap<RichNode, number>();
function wordsIn(doc: RichNode): number {
  let n = wordCounts.get(doc);
  if (n === undefined) wordCounts.set(doc, (n = countWords(doc)));
  return n;
}

/**
 * The minute-taker's screen: agenda steps down the side, the chosen step's minutes, and the
 * attendee list at hand (click a name to put them in as the speaker). Works on the chair's laptop
 * beside the chair's view, or alone on the minute-taker's own laptop.
 */
export function MinuteTakerView(_props: { step?: AgendaStep; whose?: 'child' | 'family' }) {
  // Only what this view shows: a score or a decision changed elsewhere renders nothing here.
  const c = useConferenceParts((x) => ({ details: x.details, meeting: x.meeting, attendees: x.attendees }));
  const [stepId, setStepId] = useState<string | undefined>(c.meeting.currentStepId ?? c.meeting.agenda[0]?.id);
  const editorRef = useRef<MinutesEditorHandle>(null);
  const step = c.meeting.agenda.find((s) => s.id === stepId) ?? c.meeting.agenda[0];

  function onStepKeys(e: KeyboardEvent<HTMLOListElement>) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
    const i = buttons.indexOf(e.target as HTMLButtonElement);
    if (i < 0) return;
    e.preventDefault();
    buttons[(i + (e.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length]?.focus();
  }

  const people = [...c.attendees].sort((a, b) => Number(a.attendance !== 'present') - Number(b.attendance !== 'present'));

  return (
    <div className="cs-mt">
      <nav className="cs-mt-steps" aria-label="Agenda steps">
        <h2>Agenda</h2>
        <p className="cs-mt-started">
          {CONFERENCE_KIND_LABELS[c.details.kind]}, {formatDate(c.details.date)}
        </p>
        <ol onKeyDown={onStepKeys}>
          {c.meeting.agenda.map((s, i) => {
            const words = wordsIn(s.minutes);
            return (
              <li key={s.id}>
                <button type="button" aria-current={s.id === step?.id ? 'step' : undefined} onClick={() => setStepId(s.id)}>
                  {i + 1}. {s.title}
                  {s.id === c.meeting.currentStepId && ' (chair is here)'}
                  <span className="cs-mt-words">{words === 1 ? '1 word' : `${words} words`}</span>
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      <section className="cs-mt-main" aria-labelledby="mt-step-title">
        {step ? (
          <>
            <h2 id="mt-step-title">{step.title}</h2>
            {step.startedAt && <p className="cs-mt-started">Started {formatInstant(step.startedAt).slice(11)}</p>}
            <MinutesEditor key={step.id} step={step} ref={editorRef} autoFocus />
          </>
        ) : (
          <p>This conference has no agenda steps.</p>
        )}
      </section>
      <aside className="cs-mt-people" aria-labelledby="mt-people-title">
        <h3 id="mt-people-title">Attendees</h3>
        {people.length === 0 ? (
          <p>No attendees yet. Add them under People and invitations.</p>
        ) : (
          <ul>
            {people.map((a) => (
              <li key={a.id}>
                <button type="button" onClick={() => editorRef.current?.insertSpeaker(a.id)} aria-label={`Insert speaker: ${a.name}${a.agency ? `, ${agencyLabel(a.agency)}` : ''}`}>
                  {a.name}
                  <span className="cs-mt-agency">{[...new Set([a.role, agencyLabel(a.agency)].filter(Boolean))].join(', ')}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </aside>
    </div>
  );
}
