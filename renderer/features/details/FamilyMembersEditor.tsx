import { useState } from 'react';
import { newId, type FamilyMember } from '../../../shared/model';
import { addFamilyMember, removeFamilyMember, renameFamilyMember, setParentalResponsibility, setRelationship } from '../../../shared/conference/commands/people';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { childLabel } from '../../../shared/format';
import { useConferenceParts, useUpdate } from '../../store/conferenceStore';
import { CheckField, TextField } from '../../components/Field';
import { RemoveButton } from '../../components/RemoveButton';

/** Parents, carers and wider family: their relationship to each child and whether they hold parental responsibility. */
export function FamilyMembersEditor() {
  const c = useConferenceParts((x) => ({ family: x.family, attendees: x.attendees, children: x.children }));
  const update = useUpdate();
  const [removing, setRemoving] = useState<FamilyMember | null>(null);
  const invited = (m: FamilyMember) => c.attendees.find((a) => a.familyMemberId === m.id);

  return (
    <section aria-labelledby="family-h">
      <h3 id="family-h">Family members</h3>
      {c.family.length === 0 && <p className="muted">No family members added yet.</p>}
      <ol className="card-list">
        {c.family.map((m, i) => {
          const n = `Family member ${i + 1}`;
          return (
            <li key={m.id} className="card" aria-label={`${n}: ${m.name || 'unnamed'}`}>
              <div className="field-row">
                <TextField
                  label={`${n} name`}
                  hint={invited(m) ? 'Invited on People: a change here changes it there too' : 'Invite them from People and invitations'}
                  value={m.name}
                  maxLength={500}
                  onChange={(e) => update((d) => renameFamilyMember(d, m.id, e.target.value))}
                />
                {c.children.map((child) => {
                  const rel = m.relationships.find((r) => r.childId === child.id)?.relationship ?? '';
                  return (
                    <TextField
                      key={child.id}
                      label={`Relationship to ${childLabel(child)}`}
                      hint="For example: mother, stepfather, grandmother"
                      value={rel}
                      maxLength={200}
                      onChange={(e) => update((d) => setRelationship(d, m.id, child.id, e.target.value))}
                    />
                  );
                })}
              </div>
              <div className="card-actions">
                <CheckField label="Has parental responsibility" checked={m.parentalResponsibility} onChange={(e) => update((d) => setParentalResponsibility(d, m.id, e.target.checked))} />
                <RemoveButton
                  name={n}
                  onRemove={() => {
                    // Someone already invited is asked about: they stay on People, no longer linked.
                    if (invited(m)) setRemoving(m);
                    else update((d) => removeFamilyMember(d, m.id));
                  }}
                />
              </div>
            </li>
          );
        })}
      </ol>
      {c.children.length === 0 && c.family.length > 0 && <p className="muted">Add the children to record each person's relationship to them.</p>}
      <button
        type="button"
        onClick={() => update((d) => addFamilyMember(d, newId()))}
      >
        Add a family member
      </button>
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.name || 'this family member'} from the family?`}
        confirmLabel="Remove from the family"
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const id = removing!.id;
          setRemoving(null);
          update((d) => removeFamilyMember(d, id));
        }}
      >
        <p>
          {removing?.name || 'They'} {removing?.name ? 'is' : 'are'} invited on People and will stay there, with anything they said or scored. Remove them on
          People too if they are not part of this meeting.
        </p>
      </ConfirmDialog>
    </section>
  );
}
