import type { Conference } from '../../../shared/model';
import { PREPARE_PAGES, AFTER_PAGES } from '../registry';
import { samePlace, type Place } from './pages';

/**
 * Prepare → Meeting → After. The agenda is a stepper: its buttons carry their number so
 * Alt+1…9 is discoverable, and aria-current marks where the chair is.
 */
export function SideNav({ conference, place, go, onAddStep }: { conference: Pick<Conference, 'meeting'>; place: Place; go: (p: Place) => void; onAddStep: () => void }) {
  const current = (p: Place) => (samePlace(p, place) ? ('page' as const) : undefined);
  const meetingStep = conference.meeting.currentStepId;
  return (
    <nav className="side-nav" aria-label="Conference">
      <h2 className="nav-section">Prepare</h2>
      <ul>
        {PREPARE_PAGES.map((p) => (
          <li key={p.key}>
            <button type="button" aria-current={current({ kind: 'prepare', key: p.key })} onClick={() => go({ kind: 'prepare', key: p.key })}>
              {p.title}
            </button>
          </li>
        ))}
      </ul>
      <h2 className="nav-section">Meeting</h2>
      <ol className="agenda">
        {conference.meeting.agenda.map((s, i) => (
          <li key={s.id} className={s.id === meetingStep && conference.meeting.startedAt ? 'live' : undefined}>
            <button type="button" aria-current={current({ kind: 'step', stepId: s.id })} onClick={() => go({ kind: 'step', stepId: s.id })}>
              <span className="step-no" aria-hidden="true">{i + 1}</span> {s.title}
              {s.startedAt && <span className="visually-hidden"> (started)</span>}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="link add-step" onClick={onAddStep}>
        Add a step after this one
      </button>
      <h2 className="nav-section">After</h2>
      <ul>
        {AFTER_PAGES.map((p) => (
          <li key={p.key}>
            <button type="button" aria-current={current({ kind: 'after', key: p.key })} onClick={() => go({ kind: 'after', key: p.key })}>
              {p.title}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
