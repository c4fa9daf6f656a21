import { memo, useId } from 'react';
import { MAP_ITEM_KINDS, MAP_ITEM_KIND_LABELS, type Attendee, type Child, type MapItem, type MapItemKind, type RestrictedItem } from '../../../shared/model';
import { attendeeLabel, childLabel } from '../../../shared/format';
import { DANGER_PROMPTS } from '../../../shared/conference/map';
import { RestrictedBadge } from '../../components/RestrictedBadge';
import { ONLY_THE_CHAIR_LIFTS, useIsMinuteTaker } from '../collab/useIsMinuteTaker';

export interface MapItemActions {
  setText(id: string, text: string): void;
  toggleChild(id: string, childId: string): void;
  setRaisedBy(id: string, attendeeId: string): void;
  setKind(id: string, kind: MapItemKind): void;
  setPairedDanger(id: string, dangerId: string): void;
  setRestricted(id: string, restricted: boolean): void;
  setRestrictedItem(id: string, itemId: string): void;
  move(id: string, direction: -1 | 1): void;
  remove(id: string, name: string): void;
}

interface Props {
  item: MapItem;
  /** "Danger statement 2": how the item is named to screen readers and in buttons. */
  name: string;
  isFirst: boolean;
  isLast: boolean;
  childList: readonly Child[];
  attendees: readonly Attendee[];
  dangers: readonly MapItem[];
  register: readonly RestrictedItem[];
  actions: MapItemActions;
}

const shorten = (t: string, n = 60) => (t.length > n ? `${t.slice(0, n - 1)}…` : t || '(no text yet)');

/** One item on the map. Memoised: immer keeps unchanged items identical, so typing in one re-renders one. */
export const MapItemCard = memo(function MapItemCard(p: Props) {
  const id = useId();
  const restrictionLocked = useIsMinuteTaker();
  const { item, actions, name } = p;
  const registerEntry = p.register.find((r) => r.id === item.restrictedItemId);
  const describedBy = item.kind === 'danger' ? `${id}-prompts` : undefined;
  return (
    <li className={`map-item${item.restricted ? ' map-item-restricted' : ''}`} data-item-id={item.id}>
      <div className="map-item-head">
        <label htmlFor={`${id}-text`} className="map-item-name">{name}</label>
        {item.restricted ? <RestrictedBadge title={registerEntry ? `Restricted: ${registerEntry.reason}` : undefined} /> : null}
        <span className="map-item-tools">
          <button type="button" className="small" aria-label={`Move ${name} up`} disabled={p.isFirst} onClick={() => actions.move(item.id, -1)}>↑ Up</button>
          <button type="button" className="small" aria-label={`Move ${name} down`} disabled={p.isLast} onClick={() => actions.move(item.id, 1)}>↓ Down</button>
          <button type="button" className="small" aria-label={`Delete ${name}`} onClick={() => actions.remove(item.id, name)}>Delete</button>
        </span>
      </div>
      {item.kind === 'danger' ? (
        <ul id={`${id}-prompts`} className="map-prompts" aria-label="Prompts for a danger statement">
          {DANGER_PROMPTS.map((q) => <li key={q}>{q}</li>)}
        </ul>
      ) : null}
      <textarea
        id={`${id}-text`}
        className="map-item-text"
        value={item.text}
        aria-describedby={describedBy}
        onChange={(e) => actions.setText(item.id, e.target.value)}
      />
      <div className="map-item-meta">
        {p.childList.length > 0 ? (
          <fieldset className="map-children">
            <legend>Children</legend>
            {p.childList.map((c) => (
              <label key={c.id} className="map-inline">
                <input type="checkbox" checked={item.childIds.includes(c.id)} onChange={() => actions.toggleChild(item.id, c.id)} />
                {childLabel(c)}
              </label>
            ))}
          </fieldset>
        ) : null}
        <label className="map-field">
          Raised by
          <select value={item.raisedBy ?? ''} onChange={(e) => actions.setRaisedBy(item.id, e.target.value)}>
            <option value="">Not recorded</option>
            {p.attendees.map((a) => <option key={a.id} value={a.id}>{attendeeLabel(a)}</option>)}
          </select>
        </label>
        <label className="map-field">
          Kind
          <select value={item.kind} onChange={(e) => actions.setKind(item.id, e.target.value as MapItemKind)}>
            {MAP_ITEM_KINDS.map((k) => <option key={k} value={k}>{MAP_ITEM_KIND_LABELS[k]}</option>)}
          </select>
        </label>
        {item.kind === 'safety-goal' ? (
          <label className="map-field">
            Answers danger statement
            <select value={item.pairedDangerId ?? ''} onChange={(e) => actions.setPairedDanger(item.id, e.target.value)}>
              <option value="">None chosen</option>
              {p.dangers.map((d, i) => <option key={d.id} value={d.id}>{`${i + 1}. ${shorten(d.text)}${d.restricted ? " (restricted)" : ""}`}</option>)}
            </select>
          </label>
        ) : null}
        <label className="map-inline map-restricted-toggle">
          <input type="checkbox" checked={item.restricted} disabled={restrictionLocked && item.restricted} title={restrictionLocked && item.restricted ? ONLY_THE_CHAIR_LIFTS : undefined} onChange={(e) => actions.setRestricted(item.id, e.target.checked)} />
          Restricted (the family must not hear this)
        </label>
        {restrictionLocked && item.restricted ? <span className="note">{ONLY_THE_CHAIR_LIFTS}</span> : null}
        {item.restricted ? (
          p.register.length > 0 ? (
            <label className="map-field">
              Restricted register entry
              <select value={item.restrictedItemId ?? ''} onChange={(e) => actions.setRestrictedItem(item.id, e.target.value)}>
                <option value="">Choose the entry…</option>
                {p.register.map((r) => <option key={r.id} value={r.id}>{shorten(`${r.summary} (${r.sourceAgency})`)}</option>)}
              </select>
            </label>
          ) : (
            <p className="note warn map-register-empty">The restricted register is empty: add this information there (Prepare → Restricted information) so the family copy can leave it out.</p>
          )
        ) : null}
      </div>
    </li>
  );
});
