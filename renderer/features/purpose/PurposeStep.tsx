import { EXCLUSION_GROUNDS, EXCLUSION_GROUND_LABELS, newId, type Exclusion } from '../../../shared/model';
import { addExclusion, editExclusion, removeExclusion, setExclusionStep, setMeetingField, suggestPurpose } from '../../../shared/conference/commands/meeting';
import { isFamilySide } from '../../../shared/conference/scaling';
import { useConferenceParts, useUpdate } from '../../store/conferenceStore';
import { CheckField, SelectField, TextAreaField } from '../../components/Field';

/** Purpose and confidentiality: what the meeting is for, and anyone excluded from part of it, on a recorded ground. */
export function PurposeStep() {
  const c = useConferenceParts((x) => ({ meeting: x.meeting, attendees: x.attendees }));
  const update = useUpdate();
  const family = c.attendees.filter((a) => isFamilySide(a));
  const change = (id: string, patch: Parameters<typeof editExclusion>[2]) => update((d) => editExclusion(d, id, patch));
  return (
    <div className="purpose-step">
      <h2>Purpose and confidentiality</h2>
      <TextAreaField label="Purpose of the meeting" hint="Said in words the family understand" value={c.meeting.purpose} maxLength={100_000} rows={4} onChange={(e) => update((d) => setMeetingField(d, 'purpose', e.target.value))} />
      <button type="button" onClick={() => update(suggestPurpose)}>
        Use suggested wording
      </button>
      <h3>Confidentiality</h3>
      <p>
        What is said here is shared only with the people who need it to keep the children safe. The minutes go to everyone invited; the
        family's copy leaves out anything that cannot be shared with them.
      </p>
      <h3>Exclusions</h3>
      {c.meeting.exclusions.length === 0 && <p className="muted">No one is excluded from any part of the meeting.</p>}
      <ol className="card-list">
        {c.meeting.exclusions.map((x, i) => (
          <li key={x.id} className="card" aria-label={`Exclusion ${i + 1}`}>
            <div className="field-row">
              <SelectField label={`Who is excluded (exclusion ${i + 1})`} value={x.attendeeId} onChange={(e) => change(x.id, { attendeeId: e.target.value })}>
                <option value="">Choose…</option>
                {family.map((a) => (
                  <option key={a.id} value={a.id}>{a.name || 'Unnamed'}</option>
                ))}
              </SelectField>
              <SelectField label={`Ground (exclusion ${i + 1})`} value={x.ground} onChange={(e) => change(x.id, { ground: e.target.value as Exclusion['ground'] })}>
                {EXCLUSION_GROUNDS.map((g) => (
                  <option key={g} value={g}>{EXCLUSION_GROUND_LABELS[g]}</option>
                ))}
              </SelectField>
            </div>
            <fieldset>
              <legend>Steps it covers (exclusion {i + 1})</legend>
              {c.meeting.agenda.map((s) => (
                <CheckField key={s.id} label={s.title} checked={x.stepIds.includes(s.id)} onChange={(e) => update((d) => setExclusionStep(d, x.id, s.id, e.target.checked))} />
              ))}
              {x.stepIds.length === 0 && (
                <p className="note error" role="status">
                  Tick the steps they were out for: until then nothing said while they were out is kept from the family’s copy.
                </p>
              )}
            </fieldset>
            <TextAreaField label={`Note (exclusion ${i + 1})`} value={x.note} maxLength={100_000} rows={2} onChange={(e) => change(x.id, { note: e.target.value })} />
            <div className="card-actions">
              <CheckField label="Hide what they said from the family screen while excluded" checked={x.hideFromFamilyScreen} onChange={(e) => change(x.id, { hideFromFamilyScreen: e.target.checked })} />
              <button type="button" className="danger" onClick={() => update((d) => removeExclusion(d, x.id))} aria-label={`Remove exclusion ${i + 1}`}>Remove</button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" disabled={family.length === 0} onClick={() => update((d) => addExclusion(d, newId(), family[0]?.id ?? ''))}>
        Record an exclusion
      </button>
    </div>
  );
}
