import { VIEW_METHODS, VIEW_METHOD_LABELS, newId, type View } from '../../../shared/model';
import { childLabel } from '../../../shared/format';
import { isFamilySide } from '../../../shared/conference/scaling';
import { addView, attributeView, editView, removeView } from '../../../shared/conference/commands/views';
import { useConferenceParts, useUpdate } from '../../store/conferenceStore';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { RestrictedPicker } from '../restricted/RestrictedPicker';
import { RemoveButton } from '../../components/RemoveButton';

/** The child's or the family's views, in their own words and attributed to whoever gave them. */
export function ViewsStep({ whose = 'child' }: { whose?: 'child' | 'family' }) {
  const c = useConferenceParts((x) => ({ views: x.views, attendees: x.attendees, children: x.children }));
  const update = useUpdate();
  const views = c.views.filter((v) => v.whose === whose);
  const change = (id: string, patch: Parameters<typeof editView>[2]) => update((d) => editView(d, id, patch));
  const title = whose === 'child' ? "The child's views" : "The family's views";
  return (
    <div className="views-step">
      <h2>{title}</h2>
      <p className="muted">Write what was said in their own words, not a summary of it.</p>
      {views.length === 0 && <p className="muted">Nothing recorded yet.</p>}
      {views.map((v, i) => {
        const n = `view ${i + 1}`;
        return (
          <section key={v.id} className="card" aria-label={`${title}: ${n}`}>
            <div className="field-row">
              <SelectField
                label={`Who said it (${n})`}
                value={v.attributedTo ?? ''}
                onChange={(e) => update((d) => attributeView(d, v.id, e.target.value || undefined))}
              >
                <option value="">Someone not in the list</option>
                {c.attendees.filter((a) => isFamilySide(a)).map((a) => (
                  <option key={a.id} value={a.id}>{a.name}</option>
                ))}
              </SelectField>
              <TextField label={`Name as said (${n})`} value={v.attributedName} maxLength={500} onChange={(e) => change(v.id, { attributedName: e.target.value })} />
              {whose === 'child' && (
                <>
                  <SelectField label={`Which child (${n})`} value={v.childId ?? ''} onChange={(e) => change(v.id, { childId: e.target.value || undefined })}>
                    <option value="">Not one child</option>
                    {c.children.map((ch) => (
                      <option key={ch.id} value={ch.id}>{childLabel(ch)}</option>
                    ))}
                  </SelectField>
                  <SelectField label={`How it was gathered (${n})`} value={v.method ?? ''} onChange={(e) => change(v.id, { method: (e.target.value || undefined) as View['method'] })}>
                    <option value="">Not recorded</option>
                    {VIEW_METHODS.map((m) => (
                      <option key={m} value={m}>{VIEW_METHOD_LABELS[m]}</option>
                    ))}
                  </SelectField>
                </>
              )}
            </div>
            <TextAreaField label={`In their words (${n})`} value={v.text} maxLength={100_000} rows={3} onChange={(e) => change(v.id, { text: e.target.value })} />
            <RestrictedPicker label={n} restricted={v.restricted} itemId={v.restrictedItemId} onChange={(restricted, restrictedItemId) => change(v.id, { restricted, restrictedItemId })} />
            <RemoveButton name={n} onRemove={() => update((d) => removeView(d, v.id))} />
          </section>
        );
      })}
      <button type="button" onClick={() => update((d) => addView(d, newId(), whose))}>
        Add a view
      </button>
    </div>
  );
}
