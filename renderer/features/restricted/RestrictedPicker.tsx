import { useConferenceParts } from '../../store/conferenceStore';
import { CheckField, SelectField } from '../../components/Field';
import { RestrictedBadge } from '../../components/RestrictedBadge';

/** "Restricted" for one item: the flag, and which register entry it belongs to. */
export function RestrictedPicker({ label, restricted, itemId, onChange }: { label: string; restricted: boolean; itemId: string | undefined; onChange: (restricted: boolean, itemId: string | undefined) => void }) {
  const c = useConferenceParts((x) => ({ restricted: x.restricted }));
  return (
    <div className="card-actions">
      <CheckField label={`Restricted: the family must not hear this (${label})`} checked={restricted} onChange={(e) => onChange(e.target.checked, e.target.checked ? (itemId ?? c.restricted[0]?.id) : undefined)} />
      {restricted && (
        <>
          <RestrictedBadge />
          <SelectField label={`Restricted register entry (${label})`} value={itemId ?? ''} onChange={(e) => onChange(true, e.target.value || undefined)}>
            <option value="">Not yet tied to an entry</option>
            {c.restricted.map((r) => (
              <option key={r.id} value={r.id}>{r.summary.slice(0, 80) || 'Untitled entry'} ({r.sourceAgency})</option>
            ))}
          </SelectField>
        </>
      )}
    </div>
  );
}
