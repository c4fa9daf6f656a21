import { MAP_ITEM_KIND_LABELS, type Attendee, type Child, type MapItem, type MapItemKind, type RestrictedItem } from '../../../shared/model';
import { MapItemCard, type MapItemActions } from './MapItemCard';

interface Props {
  columnKey: string;
  title: string;
  kinds: readonly MapItemKind[];
  items: readonly MapItem[];
  childList: readonly Child[];
  attendees: readonly Attendee[];
  register: readonly RestrictedItem[];
  actions: MapItemActions;
  onAdd(kind: MapItemKind): void;
  hidden?: boolean;
  labelledBy?: string;
  role?: 'tabpanel';
  id?: string;
}

export function MapColumn(p: Props) {
  const dangers = p.items.filter((i) => i.kind === 'danger');
  const headingId = `map-col-${p.columnKey}`;
  return (
    <section
      className={`map-column map-column-${p.columnKey}`}
      aria-labelledby={p.labelledBy ?? headingId}
      hidden={p.hidden}
      role={p.role}
      id={p.id}
    >
      <h3 id={headingId} className="map-column-title">{p.title}</h3>
      {p.kinds.map((kind) => {
        const list = p.items.filter((i) => i.kind === kind);
        const label = MAP_ITEM_KIND_LABELS[kind];
        return (
          <div key={kind} className="map-kind">
            <h4 className="map-kind-title">
              {PLURALS[kind]} <span className="map-count">({list.length})</span>
            </h4>
            {list.length > 0 ? (
              <ol className="map-list" aria-label={PLURALS[kind]}>
                {list.map((item, i) => (
                  <MapItemCard
                    key={item.id}
                    item={item}
                    name={`${label} ${i + 1}`}
                    isFirst={i === 0}
                    isLast={i === list.length - 1}
                    childList={p.childList}
                    attendees={p.attendees}
                    dangers={dangers}
                    register={p.register}
                    actions={p.actions}
                  />
                ))}
              </ol>
            ) : null}
            <button type="button" className="map-add" onClick={() => p.onAdd(kind)}>
              Add {label.toLowerCase()}
            </button>
          </div>
        );
      })}
    </section>
  );
}

const PLURALS: Record<MapItemKind, string> = {
  harm: 'Harm',
  danger: 'Danger statements',
  complicating: 'Complicating factors',
  strength: 'Strengths',
  'existing-safety': 'Existing safety',
  'safety-goal': 'Safety goals',
  'next-step': 'Next steps',
  'grey-area': 'Grey areas',
};
