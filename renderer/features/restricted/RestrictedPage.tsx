import { useState } from 'react';
import { newId, type RestrictedItem } from '../../../shared/model';
import { restrictedIdsIn } from '../../../shared/conference/minutesText';
import { useConferenceParts, useUpdate } from '../../store/conferenceStore';
import { addRestrictedEntry, editRestrictedEntry, removeRestrictedEntry } from '../../../shared/conference/commands/restricted';
import { TextAreaField, TextField } from '../../components/Field';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { RestrictedBadge } from '../../components/RestrictedBadge';

/**
 * The register of what the family must not hear. Map items, views, contributions and minutes
 * marked restricted point at an entry here; nothing in it ever reaches the family's screen or copy.
 */
export function RestrictedPage() {
  const c = useConferenceParts((x) => ({ restricted: x.restricted, map: x.map, views: x.views, contributions: x.contributions, agenda: x.meeting.agenda }));
  const update = useUpdate();
  const [removing, setRemoving] = useState<RestrictedItem | null>(null);
  const change = (id: string, patch: Partial<RestrictedItem>) => update((d) => editRestrictedEntry(d, id, patch));
  const usedBy = (id: string) =>
    c.map.filter((m) => m.restrictedItemId === id).length +
    c.views.filter((v) => v.restrictedItemId === id).length +
    c.contributions.filter((x) => x.restrictedItemId === id).length +
    c.agenda.filter((s) => restrictedIdsIn(s.minutes).includes(id)).length;

  return (
    <div className="restricted-page">
      <h2>Restricted information</h2>
      <p>
        <RestrictedBadge /> Information that cannot be shared with the family: a police investigation, third-party information,
        legal advice, an address that must stay hidden. Agencies should alert the chair before the meeting.
      </p>
      {c.restricted.length === 0 && <p className="muted">Nothing restricted recorded.</p>}
      <ol className="card-list">
        {c.restricted.map((r, i) => (
          <li key={r.id} className="card" aria-label={`Restricted entry ${i + 1}`}>
            <div className="field-row">
              <TextField label={`Source agency of restricted entry ${i + 1}`} value={r.sourceAgency} maxLength={200} onChange={(e) => change(r.id, { sourceAgency: e.target.value })} />
            </div>
            <TextAreaField label={`What it is (restricted entry ${i + 1})`} value={r.summary} maxLength={100_000} rows={2} onChange={(e) => change(r.id, { summary: e.target.value })} />
            <TextAreaField label={`Why the family cannot be told (restricted entry ${i + 1})`} value={r.reason} maxLength={100_000} rows={2} onChange={(e) => change(r.id, { reason: e.target.value })} />
            <button type="button" className="danger" onClick={() => setRemoving(r)} aria-label={`Remove restricted entry ${i + 1}`}>Remove</button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => update((d) => addRestrictedEntry(d, newId()))}>
        Add restricted information
      </button>
      <ConfirmDialog
        open={removing !== null}
        title="Remove this restricted entry?"
        confirmLabel="Remove entry"
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const id = removing!.id;
          setRemoving(null);
          update((d) => removeRestrictedEntry(d, id));
        }}
      >
        {removing && usedBy(removing.id) > 0 ? (
          <p>
            {usedBy(removing.id)} item{usedBy(removing.id) === 1 ? '' : 's'} in the map, views, contributions or minutes point to it. They stay marked restricted and
            are still kept from the family.
          </p>
        ) : (
          <p>Nothing points to this entry.</p>
        )}
      </ConfirmDialog>
    </div>
  );
}
