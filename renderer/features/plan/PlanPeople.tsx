import { useId } from 'react';
import type { PlanRecord } from './planRecord';
import { newId } from '../../../shared/model';
import { agencyLabel } from '../../../shared/format';
import { isFamilySide } from '../../../shared/conference/scaling';
import { leadSocialWorkerProblem } from '../../../shared/conference/planChecks';
import { describeAttendee } from '../../../shared/conference/people';
import { useUpdate } from '../../store/conferenceStore';
import { addToSafetyNetwork, editSafetyNetworkMember, removeFromSafetyNetwork, setCoreGroupMember, setPlanField } from '../../../shared/conference/commands/plan';

/** Lead social worker, core group (professionals and family), and the family's safety network. */
export function PlanPeople({ c }: { c: PlanRecord }) {
  const update = useUpdate();
  const leadId = useId();
  const p = c.plan;
  const professionals = c.attendees.filter((a) => a.kind === 'professional');
  const familySide = c.attendees.filter((a) => isFamilySide(a));
  const socialCare = professionals.filter((a) => !leadSocialWorkerProblem(a));
  const others = professionals.filter((a) => !socialCare.includes(a));

  const toggleCore = (id: string, on: boolean) => update((d) => setCoreGroupMember(d, id, on));

  const group = (title: string, people: typeof c.attendees) => (
    <fieldset className="plan-core">
      <legend>{title}</legend>
      {people.length === 0 && <p className="note">None on the attendee list.</p>}
      {people.map((a) => (
        <label key={a.id} className="plan-check">
          <input type="checkbox" checked={p.coreGroupIds.includes(a.id)} onChange={(e) => toggleCore(a.id, e.target.checked)} />
          {a.name}
          <span className="plan-muted"> {describeAttendee(a, c)}</span>
        </label>
      ))}
    </fieldset>
  );

  return (
    <section aria-labelledby="plan-people-h" className="plan-section">
      <h3 id="plan-people-h">People</h3>
      <span className="plan-field">
        <label htmlFor={leadId}>Lead social worker</label>
        <select id={leadId} value={p.leadSocialWorkerId ?? ''} onChange={(e) => update((d) => setPlanField(d, 'leadSocialWorkerId', e.target.value))}>
          <option value="">Choose…</option>
          <optgroup label="Children's social care">
            {socialCare.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({agencyLabel(a.agency)})
              </option>
            ))}
          </optgroup>
          {/* Listed so a lead already chosen stays visible; the plan check says why it will not do. */}
          {others.length > 0 && (
            <optgroup label="Other agencies (cannot lead the plan)">
              {others.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name} ({agencyLabel(a.agency) || 'no agency'})
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </span>
      <div className="plan-core-groups">
        {group('Core group: professionals', professionals)}
        {group('Core group: family', familySide)}
      </div>

      <h4>Safety network</h4>
      <p className="note">Family and friends who will help keep the children safe, and what each will do.</p>
      {p.safetyNetwork.length > 0 && (
        <ul className="plan-network">
          {p.safetyNetwork.map((m) => (
            <li key={m.id} className="plan-network-row">
              <span className="plan-field">
                <label htmlFor={`sn-name-${m.id}`}>Name</label>
                <input id={`sn-name-${m.id}`} value={m.name} onChange={(e) => update((d) => editSafetyNetworkMember(d, m.id, { name: e.target.value }))} />
              </span>
              <span className="plan-field">
                <label htmlFor={`sn-rel-${m.id}`}>Relationship</label>
                <input id={`sn-rel-${m.id}`} value={m.relationship} onChange={(e) => update((d) => editSafetyNetworkMember(d, m.id, { relationship: e.target.value }))} />
              </span>
              <span className="plan-field plan-grow">
                <label htmlFor={`sn-part-${m.id}`}>Their part</label>
                <input id={`sn-part-${m.id}`} value={m.part} onChange={(e) => update((d) => editSafetyNetworkMember(d, m.id, { part: e.target.value }))} />
              </span>
              <button type="button" aria-label={`Remove ${m.name || 'this person'} from the safety network`} onClick={() => update((d) => removeFromSafetyNetwork(d, m.id))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="plan-row">
        <button type="button" onClick={() => update((d) => addToSafetyNetwork(d, newId()))}>
          Add a person to the safety network
        </button>
        {c.family
          .filter((f) => !p.safetyNetwork.some((m) => m.name === f.name))
          .slice(0, 6)
          .map((f) => (
            <button key={f.id} type="button" onClick={() => update((d) => addToSafetyNetwork(d, newId(), f.id))}>
              Add {f.name}
            </button>
          ))}
      </div>
    </section>
  );
}
