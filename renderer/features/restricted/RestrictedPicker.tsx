import { useConferenceParts } from '../../store/conferenceStore';
import { CheckField, SelectField } from '../../components/Field';
import { RestrictedBadge } from '../../components/RestrictedBadge';
import { ONLY_THE_CHAIR_LIFTS, useIsMinuteTaker } from '../collab/useIsMinuteTaker';

/** "Restricted" for one item: the flag, and which register entry it belongs to. */
export function RestrictedPicker({ label, restricted, itemId, onChange }: { label: string; restricted: boolean; itemId: string | undefined; onChange: (restricted: boolean, itemId: string | undefined) => void }) {
  const c = useConferenceParts((x) => ({ restricted: x.restricted }));
  // In a session the minute-taker may restrict more, never less (shared/collab/roles.ts).
  const locked = useIsMinuteTaker() && restricted;
  return (
    <div className="card-actions">
      <CheckField label={`Restricted: the family must not hear this (${label})`} checked={restricted} disabled={locked} title={locked ? ONLY_THE_CHAIR_LIFTS : undefined} onChange={(e) => onChange(e.target.checked, e.target.checked ? (itemId ?? c.restricted[0]?.id) : undefined)} />
      {locked ? <span className="note">{ONLY_THE_CHAIR_LIFTS}</span> : null}
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
