import { newId } from '../../../shared/model';
import { editContribution } from '../../../shared/conference/commands/views';
import { agencyLabel } from '../../../shared/format';
import { useConferenceParts, useUpdate } from '../../store/conferenceStore';
import { TextAreaField } from '../../components/Field';
import { RestrictedPicker } from '../restricted/RestrictedPicker';

/** Reports and updates: each professional's brief update, captured while they speak and attributed to them. */
export function ContributionsStep() {
  const c = useConferenceParts((x) => ({ attendees: x.attendees, contributions: x.contributions }));
  const update = useUpdate();
  const pros = c.attendees.filter((a) => a.kind === 'professional' && (a.attendance === 'present' || a.attendance === 'left-early'));
  const of = (attendeeId: string) => c.contributions.find((x) => x.attendeeId === attendeeId);
  const change = (attendeeId: string, patch: Parameters<typeof editContribution>[2]) => update((d) => editContribution(d, attendeeId, patch, newId()));
  const spoken = pros.filter((a) => of(a.id));
  return (
    <div className="contributions-step">
      <h2>Reports and updates</h2>
      <p className="muted">Keep it brief: what is new since the report, the worries and what is working well. {spoken.length} of {pros.length} present professionals have spoken{spoken.length ? `: ${spoken.map((a) => a.name).join(', ')}` : ''}.</p>
      {pros.length === 0 && <p className="muted">Mark professionals present in “Welcome and introductions” first.</p>}
      {pros.map((a) => {
        const x = of(a.id);
        const who = `${a.name} (${agencyLabel(a.agency)})`;
        return (
          <section key={a.id} className="card" aria-label={`Update from ${who}`}>
            <h3 dir="auto">{who}</h3>
            <div className="field-row">
              <TextAreaField label={`Worries (${a.name})`} value={x?.worries ?? ''} maxLength={100_000} rows={3} onChange={(e) => change(a.id, { worries: e.target.value })} />
              <TextAreaField label={`Working well (${a.name})`} value={x?.workingWell ?? ''} maxLength={100_000} rows={3} onChange={(e) => change(a.id, { workingWell: e.target.value })} />
              <TextAreaField label={`New, not in the report (${a.name})`} value={x?.newInformation ?? ''} maxLength={100_000} rows={3} onChange={(e) => change(a.id, { newInformation: e.target.value })} />
            </div>
            <RestrictedPicker label={a.name} restricted={x?.restricted ?? false} itemId={x?.restrictedItemId} onChange={(restricted, restrictedItemId) => change(a.id, { restricted, restrictedItemId })} />
          </section>
        );
      })}
    </div>
  );
}
