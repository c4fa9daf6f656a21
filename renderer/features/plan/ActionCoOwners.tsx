import { useState } from 'react';
import type { PlanRecord } from './planRecord';
import type { PlanAction } from '../../../shared/model';
import { actionOwnersText } from '../../../shared/conference/planActions';
import { setCoOwner } from '../../../shared/conference/commands/plan';
import { useUpdate } from '../../store/conferenceStore';

/**
 * The others who share an action with its first owner ("Grace and Ngozi"). Folded away until
 * used, so the card stays short for the many actions one person does.
 */
export function ActionCoOwners({ c, action, index }: { c: PlanRecord; action: PlanAction; index: number }) {
  const update = useUpdate();
  const co = action.coOwnerAttendeeIds ?? [];
  // Open from the start when the action is already shared; after that the chair opens and closes it.
  const [open, setOpen] = useState(co.length > 0);
  const people = c.attendees.filter((p) => p.id !== action.ownerAttendeeId && p.kind !== 'chair' && p.kind !== 'minute-taker' && p.kind !== 'interpreter');
  const toggle = (id: string, on: boolean) => update((d) => setCoOwner(d, action.id, id, on));
  const who = actionOwnersText(action, c);
  return (
    <details className="plan-coowners" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Shared with others{co.length ? ` (${co.length})` : ''}</summary>
      <fieldset>
        <legend>{`Action ${index + 1}: also done by`}</legend>
        {people.length === 0 && <p className="plan-muted">No one else on the attendee list.</p>}
        {people.map((p) => (
          <label key={p.id} className="plan-check">
            <input type="checkbox" checked={co.includes(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} />
            {p.name || 'Unnamed person'}
          </label>
        ))}
      </fieldset>
      {who && <p className="plan-muted">Who: {who}</p>}
    </details>
  );
}
