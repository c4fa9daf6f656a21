import { newId, type Child } from '../../../shared/model';
import { childLabel } from '../../../shared/format';
import { useConference, useUpdate } from '../../store/conferenceStore';
import { ReorderButtons } from '../../components/ReorderButtons';
import { DateField } from '../../components/DateField';
import { CheckField, TextField } from '../../components/Field';
import { RemoveButton } from '../../components/RemoveButton';

/** The children the conference is about. An unborn child has an expected date instead of a date of birth. */
export function ChildrenEditor() {
  const c = useConference();
  const update = useUpdate();
  const change = (id: string, patch: Partial<Child>) =>
    update((d) => {
      const child = d.children.find((x) => x.id === id);
      if (child) Object.assign(child, patch);
    });
  const move = (i: number, delta: -1 | 1) =>
    update((d) => {
      const [x] = d.children.splice(i, 1);
      if (x) d.children.splice(i + delta, 0, x);
    });

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
                <ReorderButtons index={i} count={c.children.length} name={n} onMove={(delta) => move(i, delta)} />
                <RemoveButton
                  name={n}
                  onRemove={() =>
                    update((d) => {
                      d.children = d.children.filter((x) => x.id !== child.id);
                    })
                  }
                />
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() =>
          update((d) => {
            d.children.push({ id: newId(), name: '', unborn: false });
          })
        }
      >
        Add a child
      </button>
    </section>
  );
}
