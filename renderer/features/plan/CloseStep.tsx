import { useId } from 'react';
import { CATEGORY_LABELS, OUTCOME_LABELS, type AgendaStep } from '../../../shared/model';
import { childLabel, formatDate } from '../../../shared/format';
import { checkPlan } from '../../../shared/conference/planChecks';
import { planDates } from '../../../shared/conference/planDates';
import { useConferenceParts, useUpdate } from '../../store/conferenceStore';
import { setFamilyUnderstood } from '../../../shared/conference/commands/meeting';
import './plan.css';

/** Close: what was decided, the next dates, and the chair's check that the family understand. */
export function CloseStep(_props: { step?: AgendaStep; whose?: 'child' | 'family' }) {
  const c = useConferenceParts((x) => ({ children: x.children, decisions: x.decisions, details: x.details, plan: x.plan, attendees: x.attendees, map: x.map, familyUnderstood: x.meeting.familyUnderstood }));
  const update = useUpdate();
  const noteId = useId();
  const understood = c.familyUnderstood ?? { decision: false, plan: false, note: '' };
  const flags = checkPlan(c);
  const set = (patch: Partial<typeof understood>) => update((d) => setFamilyUnderstood(d, patch));

  return (
    <div className="plan-step">
      <h2>Close</h2>
      <section className="plan-section" aria-labelledby="close-decisions-h">
        <h3 id="close-decisions-h">Decisions</h3>
        {c.children.length === 0 && <p>No children are recorded on this conference.</p>}
        <ul className="close-list">
          {c.children.map((ch) => {
            const d = c.decisions.find((x) => x.childId === ch.id);
            return (
              <li key={ch.id}>
                <strong>{childLabel(ch)}:</strong>{' '}
                {d ? `${OUTCOME_LABELS[d.outcome]}${d.categories.length ? ` (${d.categories.map((k) => CATEGORY_LABELS[k]).join(', ')})` : ''}.` : c.details.kind === 'core-group' ? 'A core group does not decide: the plan continues.' : 'No decision recorded yet.'}
              </li>
            );
          })}
        </ul>
        <p>
          Plan: {c.plan.final ? 'final' : 'not yet marked final'}
          {flags.length > 0 && !c.plan.final ? `, ${flags.length === 1 ? '1 check' : `${flags.length} checks`} flagged` : ''}; {c.plan.actions.length} action{c.plan.actions.length === 1 ? '' : 's'}.
        </p>
      </section>
      <section className="plan-section" aria-labelledby="close-dates-h">
        <h3 id="close-dates-h">Next dates</h3>
        <ul className="close-list">
          {planDates(c).map((d) => (
            <li key={d.key}>
              {d.label}: {d.value ? formatDate(d.value) : 'not set'}
              {d.late ? ' (later than the limit)' : ''}
            </li>
          ))}
        </ul>
      </section>
      <section className="plan-section" aria-labelledby="close-check-h">
        <h3 id="close-check-h">Before everyone leaves</h3>
        <label className="plan-check">
          <input type="checkbox" checked={understood.decision} onChange={(e) => set({ decision: e.target.checked })} />
          The family understand the decision
        </label>
        <label className="plan-check">
          <input type="checkbox" checked={understood.plan} onChange={(e) => set({ plan: e.target.checked })} />
          The family understand the plan: what they and others will do, and by when
        </label>
        <span className="plan-field plan-wide">
          <label htmlFor={noteId}>Anything the family asked or did not understand</label>
          <textarea id={noteId} rows={2} value={understood.note} onChange={(e) => set({ note: e.target.value })} />
        </span>
        {understood.decision && understood.plan && <p className="plan-ok">Checked with the family.</p>}
      </section>
    </div>
  );
}
