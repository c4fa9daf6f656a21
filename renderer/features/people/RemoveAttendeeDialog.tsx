import type { Attendee } from '../../../shared/model';
import { useConferenceParts, useUpdate } from '../../store/conferenceStore';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { takeOffPeople } from '../../../shared/conference/commands/people';

/**
 * Removing someone who has already scaled or recommended asks what to do with what they said:
 * nothing is lost without the chair choosing it.
 */
export function RemoveAttendeeDialog({ attendee, onDone }: { attendee: Attendee | null; onDone: () => void }) {
  // Counts and the family list, not the whole record: the dialog is on People, always mounted.
  const c = useConferenceParts((x) => ({
    scores: attendee ? x.scaling.scores.filter((s) => s.attendeeId === attendee.id).length : 0,
    recs: attendee ? x.recommendations.filter((r) => r.attendeeId === attendee.id).length : 0,
    family: x.family,
  }));
  const update = useUpdate();
  if (!attendee) return null;
  const { scores, recs } = c;
  const said = scores + recs > 0;
  const name = attendee.name || 'this person';
  const remove = (withWhatTheySaid: boolean) => {
    update((d) => takeOffPeople(d, attendee.id, withWhatTheySaid));
    onDone();
  };
  return (
    <ConfirmDialog
      open
      title={`Remove ${name}?`}
      confirmLabel={said ? 'Remove them and what they scored' : 'Remove'}
      cancelLabel="Cancel"
      danger
      onCancel={onDone}
      onConfirm={() => remove(true)}
    >
      {said ? (
        <>
          <p>
            {name} has given {scores} score{scores === 1 ? '' : 's'} and {recs} recommendation{recs === 1 ? '' : 's'}. Removing them deletes those too.
          </p>
          <p>
            <button type="button" onClick={() => remove(false)}>Keep them and their scores, marked absent</button>
          </p>
        </>
      ) : (
        <p>
          {name} will be taken off the list of people.
          {attendee.familyMemberId && c.family.some((m) => m.id === attendee.familyMemberId) ? ' They stay on the family list on Details and can be added again from there.' : ''}
        </p>
      )}
    </ConfirmDialog>
  );
}
