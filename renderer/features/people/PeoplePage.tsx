import { useState } from 'react';
import { ATTENDEE_KINDS, ATTENDEE_KIND_LABELS, newId, type Attendee } from '../../../shared/model';
import { useConferenceParts, useUpdate } from '../../store/conferenceStore';
import { ReorderButtons } from '../../components/ReorderButtons';
import { CheckField, SelectField, TextField } from '../../components/Field';
import { AgencyField } from '../../components/AgencyField';
import { RemoveAttendeeDialog } from './RemoveAttendeeDialog';
import './people.css';
import { RemoveButton } from '../../components/RemoveButton';
import { addAttendee, editAttendee, moveAttendee, renameAttendee, setAttendeeKind } from '../../../shared/conference/commands/people';
import { InterpreterFields } from './InterpreterFields';
import { FromTheFamily } from './FromTheFamily';


/** Who is invited: each person's name, role, agency and kind, in the order the chair wants them. */
export function PeoplePage() {
  const c = useConferenceParts((x) => ({ attendees: x.attendees, family: x.family }));
  const update = useUpdate();
  const [removing, setRemoving] = useState<Attendee | null>(null);
  const change = (id: string, patch: Parameters<typeof editAttendee>[2]) => update((d) => editAttendee(d, id, patch, newId()));

  return (
    <div className="people-page">
      <h2>People and invitations</h2>
      <p className="muted">Everyone invited: professionals, parents and carers, the child or young person, advocates and interpreters. Contact details are for the chair only and never shown to the family.</p>
      <p className="muted">The chair and the minute-taker can be listed as such: they run the meeting, so they are not asked to scale or recommend and do not count towards quorum.</p>
      <FromTheFamily />
      {c.attendees.length === 0 && <p className="muted">No one added yet.</p>}
      <ol className="card-list">
        {c.attendees.map((a, i) => {
          const n = a.name || `Person ${i + 1}`;
          const member = a.familyMemberId ? c.family.find((m) => m.id === a.familyMemberId) : undefined;
          return (
            <li key={a.id} className="card" aria-label={n}>
              <div className="field-row">
                <TextField
                  label={`Name of person ${i + 1}`}
                  hint={member ? 'From the family on Details: a change here changes it there too' : undefined}
                  value={a.name}
                  maxLength={500}
                  onChange={(e) => update((d) => renameAttendee(d, a.id, e.target.value))}
                />
                <TextField label={`Role of ${n}`} value={a.role} maxLength={500} onChange={(e) => change(a.id, { role: e.target.value })} hint="For example: social worker, mother" />
                <SelectField label={`Kind of attendee for ${n}`} value={a.kind} onChange={(e) => update((d) => setAttendeeKind(d, a.id, e.target.value as Attendee['kind']))}>
                  {ATTENDEE_KINDS.map((k) => (
                    <option key={k} value={k}>{ATTENDEE_KIND_LABELS[k]}</option>
                  ))}
                </SelectField>
              </div>
              <div className="field-row">
                <AgencyField label={`Agency of ${n}`} value={a.agency} onChange={(agency) => change(a.id, { agency })} />
                <TextField label={`Contact details for ${n} (chair only)`} value={a.contact ?? ''} maxLength={500} onChange={(e) => change(a.id, { contact: e.target.value || undefined })} />
              </div>
              {a.kind === 'interpreter' && <InterpreterFields a={a} name={n} />}
              <div className="card-actions">
                <CheckField label="Joins remotely" checked={a.remote} onChange={(e) => change(a.id, { remote: e.target.checked })} />
                <ReorderButtons index={i} count={c.attendees.length} name={n} onMove={(delta) => update((d) => moveAttendee(d, a.id, delta))} />
                <RemoveButton name={n} onRemove={() => setRemoving(a)} />
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() => update((d) => addAttendee(d, newId()))}
      >
        Add a person
      </button>
      <RemoveAttendeeDialog attendee={removing} onDone={() => setRemoving(null)} />
    </div>
  );
}
