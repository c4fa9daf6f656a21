import { useId } from 'react';
import { MAP_ITEM_KIND_LABELS, newId, type AgendaStep } from '../../../shared/model';
import { formatDate } from '../../../shared/format';
import { checkPlan, planRequired } from '../../../shared/conference/planChecks';
import { useUpdate } from '../../store/conferenceStore';
import { usePlanRecord } from './planRecord';
import { addAction, setPlanField } from '../../../shared/conference/commands/plan';
import { PlanPeople } from './PlanPeople';
import { ActionCard } from './ActionCard';
import { PlanDatesPanel } from './PlanDatesPanel';
import { PlanFinal } from './PlanFinal';
import { PlainWords } from './PlainWords';
import './plan.css';

/**
 * The multi-agency plan, drafted by the chair in the meeting: people, specific actions, the
 * contingency plan and bottom lines, the next dates, and a plain-words check of what the family reads.
 * At a core group meeting it is the plan carried from the last conference, with progress recorded per action.
 */
export function PlanStep(_props: { step?: AgendaStep; whose?: 'child' | 'family' }) {
  const c = usePlanRecord();
  const update = useUpdate();
  const contingencyId = useId();
  const bottomId = useId();
  const p = c.plan;
  const reviewing = c.details.kind === 'core-group';
  const flags = checkPlan(c);
  const required = planRequired(c);
  const familyFacing = c.map.filter((m) => (m.kind === 'danger' || m.kind === 'safety-goal') && !m.restricted);
  const sectionFlags = (s: string) => flags.filter((f) => f.section === s && !f.actionId);

  return (
    <div className="plan-step">
      <h2>Plan</h2>
      {reviewing && (
        <p className="note">
          {c.previousConferenceId
            ? 'This is the plan carried over from the last conference. Go through each action and record how it is going.'
            : 'Record how each action is going.'}
        </p>
      )}
      {!required && !reviewing && (
        <p className="note">No child is subject of a child protection plan by the decisions recorded so far. A plan is still useful if there is a child in need plan.</p>
      )}
      <p className="plan-summary" role="status">
        {p.final ? 'Final.' : flags.length === 0 ? 'All checks pass.' : `${flags.length === 1 ? '1 check' : `${flags.length} checks`} flagged.`}
      </p>

      <PlanPeople c={c} />
      {sectionFlags('people').length > 0 && (
        <ul className="plan-flags" aria-label="Checks for people">
          {sectionFlags('people').map((f, i) => (
            <li key={i}>{f.message}</li>
          ))}
        </ul>
      )}

      <section className="plan-section" aria-labelledby="plan-actions-h">
        <h3 id="plan-actions-h">Actions</h3>
        <p className="note">Each action: what will happen, who, by when, how we will know it is done, and the worry or goal it serves. Say it so the family would understand.</p>
        {sectionFlags('actions').map((f, i) => (
          <p key={i} className="plan-error">
            {f.message}
          </p>
        ))}
        <ol className="plan-actions">
          {p.actions.map((a, i) => (
            <ActionCard key={a.id} c={c} action={a} index={i} reviewing={reviewing} />
          ))}
        </ol>
        <button
          type="button"
          onClick={() => {
            const id = newId();
            update((d) => addAction(d, id));
            requestAnimationFrame(() => document.getElementById(`act-${id}-what`)?.focus());
          }}
        >
          Add an action
        </button>
      </section>

      <section className="plan-section" aria-labelledby="plan-contingency-h">
        <h3 id="plan-contingency-h">If the plan does not work</h3>
        <span className="plan-field plan-wide">
          <label htmlFor={contingencyId}>Contingency plan{required ? ' (needed: a plan has been made)' : ''}</label>
          <textarea id={contingencyId} rows={3} value={p.contingency} aria-invalid={sectionFlags('contingency').length > 0 || undefined} onChange={(e) => update((d) => setPlanField(d, 'contingency', e.target.value))} />
          <PlainWords text={p.contingency} />
        </span>
        {sectionFlags('contingency').map((f, i) => (
          <p key={i} className="plan-error">
            {f.message}
          </p>
        ))}
        <span className="plan-field plan-wide">
          <label htmlFor={bottomId}>Bottom lines (what must or must not happen, set by the agency)</label>
          <textarea id={bottomId} rows={3} value={p.bottomLines} onChange={(e) => update((d) => setPlanField(d, 'bottomLines', e.target.value))} />
          <PlainWords text={p.bottomLines} />
        </span>
      </section>

      <PlanDatesPanel c={c} />
      {sectionFlags('dates').length > 0 && (
        <ul className="plan-flags" aria-label="Checks for dates">
          {sectionFlags('dates').map((f, i) => (
            <li key={i}>{f.message}</li>
          ))}
        </ul>
      )}

      <section className="plan-section" aria-labelledby="plan-plain-h">
        <h3 id="plan-plain-h">Plain words for the family</h3>
        <p className="note">Danger statements and safety goals are read by the family. Change them on the map.</p>
        {familyFacing.length === 0 ? (
          <p>No danger statements or safety goals on the map yet.</p>
        ) : (
          <ul className="plan-plain-list">
            {familyFacing.map((m) => (
              <li key={m.id}>
                <span className="plan-muted">{MAP_ITEM_KIND_LABELS[m.kind]}: </span>
                {m.text || '(no words yet)'}
                <PlainWords text={m.text} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <PlanFinal c={c} flags={flags} />
      {p.reviewDate && <p className="plan-muted">Review conference: {formatDate(p.reviewDate)}</p>}
    </div>
  );
}
