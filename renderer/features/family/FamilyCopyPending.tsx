import { stepAccess } from '../../../shared/family/familyAccess';
import { useConferenceParts } from '../../store/conferenceStore';

/**
 * Before the family copy is made: the steps whose notes stay out of it until the chair decides,
 * and why. Deciding is done on each step (Family screen for this step), where the choice is
 * explained and recorded; this list makes sure nothing is left out by accident, or let in.
 */
export function FamilyCopyPending() {
  const c = useConferenceParts((x) => ({ meeting: x.meeting, attendees: x.attendees }));
  const rows = c.meeting.agenda.map((step) => ({ step, access: stepAccess(c, step) })).filter((r) => r.access.release === 'undecided' || r.access.release === 'not-allowed');
  const noSteps = c.meeting.exclusions.filter((ex) => ex.stepIds.length === 0);
  if (!rows.length && !noSteps.length) return null;
  const undecided = rows.filter((r) => r.access.release === 'undecided').length;
  return (
    <section className="family-copy-pending" aria-labelledby="family-copy-pending-title">
      <h3 id="family-copy-pending-title">Left out of the family copy</h3>
      {rows.length > 0 && (
      <p>
        {undecided
          ? `The notes of ${undecided === 1 ? 'one step stay' : `${undecided} steps stay`} out of the family copy until you decide. Open the step and use “Family screen for this step” to release or keep them out.`
          : 'These steps stay out of the family copy.'}
      </p>
      )}
      {noSteps.map((ex) => (
        <p key={ex.id} className="note error">
          {c.attendees.find((a) => a.id === ex.attendeeId)?.name || 'Someone'} is recorded as excluded, but no step is ticked: nothing said while they were out is kept from the family copy. Tick the steps on Purpose and confidentiality.
        </p>
      ))}
      <ul>
        {rows.map(({ step, access }) => (
          <li key={step.id}>
            <strong>{step.title.trim() || 'A step you added'}</strong>: {access.release === 'not-allowed' ? 'cannot be released. ' : 'not decided. '}
            {access.reasons.join(' ')}
          </li>
        ))}
      </ul>
    </section>
  );
}
