import { ATTENDEE_KIND_LABELS, newId } from '../../../shared/model';
import { familyMembersNotInvited, relationshipPhrase, runnersNotListed } from '../../../shared/conference/people';
import { inviteFamilyMember, listRunner } from '../../../shared/conference/commands/people';
import { useConferenceParts, useUpdate } from '../../store/conferenceStore';

/**
 * The family members entered on Details who are not yet on this list, one button each: the family
 * is typed once, and whoever is invited from here stays linked to their entry there. The chair and
 * minute-taker named on Details are offered the same way, as their own kinds.
 */
export function FromTheFamily() {
  const c = useConferenceParts((x) => ({ family: x.family, attendees: x.attendees, details: x.details, children: x.children }));
  const update = useUpdate();
  const waiting = familyMembersNotInvited(c);
  const runners = runnersNotListed(c);
  const unnamed = c.family.filter((m) => !m.name.trim()).length;
  if (waiting.length === 0 && unnamed === 0 && runners.length === 0) return null;
  return (
    <section className="people-from-family" aria-labelledby="people-from-family-h">
      <h3 id="people-from-family-h">From Details</h3>
      {waiting.length === 0 && c.family.length > 0 && <p className="muted">Everyone named in the family on Details is on this list.</p>}
      <div className="people-from-family-buttons">
        {waiting.map((m) => {
          const rel = relationshipPhrase(m, c.children);
          return (
            <button key={m.id} type="button" onClick={() => update((d) => inviteFamilyMember(d, m.id, newId()))}>
              Add {m.name}
              {rel ? ` (${rel.toLowerCase()})` : ''} from the family
            </button>
          );
        })}
        {runners.map((r) => (
          <button key={r.kind} type="button" onClick={() => update((d) => listRunner(d, r.kind, newId()))}>
            Add {r.name} as {ATTENDEE_KIND_LABELS[r.kind].toLowerCase()}
          </button>
        ))}
      </div>
      {unnamed > 0 && <p className="muted">{unnamed === 1 ? 'One family member on Details has' : `${unnamed} family members on Details have`} no name yet.</p>}
    </section>
  );
}
