import { newId } from '../../../shared/model';
import { childLabel } from '../../../shared/format';
import { useConferenceParts, useUpdate } from '../../store/conferenceStore';
import { addChild, editChild, moveChild, removeChild } from '../../../shared/conference/commands/details';
import { ReorderButtons } from '../../components/ReorderButtons';
import { DateField } from '../../components/DateField';
import { CheckField, TextField } from '../../components/Field';
import { RemoveButton } from '../../components/RemoveButton';

/** The children the conference is about. An unborn child has an expected date instead of a date of birth. */
export function ChildrenEditor() {
  const c = useConferenceParts((x) => ({ children: x.children }));
  const update = useUpdate();
  const change = (id: string, patch: Parameters<typeof editChild>[2]) => update((d) => editChild(d, id, patch));

  return (
    <section aria-labelledby="children-h">
      <h3 id="children-h">Children</h3>
      {c.children.length === 0 && <p className="muted">No children added yet.</p>}
      <ol className="card-list">
        {c.children.map((child, i) => {
          const n = `Child ${i + 1}`;
          return (
            <li key={child.id} className="card" aria-label={`${n}: ${childLabel(child)}`}>
              <div className="field-row">
                <TextField label={`${n} name`} value={child.name} maxLength={500} onChange={(e) => change(child.id, { name: e.target.value })} hint={child.unborn ? 'Leave empty if not yet named' : undefined} />
                {child.unborn ? (
                  <DateField label={`${n} expected date`} value={child.expectedDate} onChange={(v) => change(child.id, { expectedDate: v })} />
                ) : (
                  <DateField label={`${n} date of birth`} value={child.dateOfBirth} onChange={(v) => change(child.id, { dateOfBirth: v })} />
                )}
                <TextField label={`${n} gender (optional)`} value={child.gender ?? ''} maxLength={100} onChange={(e) => change(child.id, { gender: e.target.value || undefined })} />
              </div>
              <div className="card-actions">
                <CheckField label="Unborn" checked={child.unborn} onChange={(e) => change(child.id, { unborn: e.target.checked })} />
                <ReorderButtons index={i} count={c.children.length} name={n} onMove={(delta) => update((d) => moveChild(d, child.id, delta))} />
                <RemoveButton
                  name={n}
                  onRemove={() => update((d) => removeChild(d, child.id))}
                />
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() => update((d) => addChild(d, newId()))}
      >
        Add a child
      </button>
    </section>
  );
}
