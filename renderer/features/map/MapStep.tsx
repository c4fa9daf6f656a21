import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { MAP_COLUMNS, MAP_ITEM_KIND_LABELS, type AgendaStep } from '../../../shared/model';
import { dangerWarning, dangersWithoutGoal, restrictedWithoutRegister, unpairedSafetyGoals } from '../../../shared/conference/map';
import { useConferenceParts } from '../../store/conferenceStore';
import { MapColumn } from './MapColumn';
import { useMapActions } from './useMapActions';
import './map.css';

/** Below this width the three columns become tabs: at 1366×768 with the stepper and minutes open, side by side is too narrow to type in. */
const SIDE_BY_SIDE_MIN_PX = 1080;

/** The Signs of Safety map: three columns plus grey areas. */
export function MapStep(_props: { step?: AgendaStep }) {
  const c = useConferenceParts((x) => ({ map: x.map, attendees: x.attendees, children: x.children, restricted: x.restricted }));
  const rootRef = useRef<HTMLDivElement>(null);
  const [narrow, setNarrow] = useState(false);
  const [tab, setTab] = useState<string>(MAP_COLUMNS[0].key);
  const pendingFocus = useRef<{ id: string; what: 'text' | 'up' | 'down' } | null>(null);

  const { actions, add, undo, lastRemoved, dismiss } = useMapActions((id, what = 'text') => {
    pendingFocus.current = { id, what };
  });

  useLayoutEffect(() => {
    const el = rootRef.current;
    if (!el) return;
    const measure = () => setNarrow(el.clientWidth < SIDE_BY_SIDE_MIN_PX);
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // After an add, move or undo, put focus where the chair's hands expect it. Runs after every
  // render on purpose: the item to focus exists only once the render that added it is done.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => {
    const want = pendingFocus.current;
    if (!want || !rootRef.current) return;
    const li = rootRef.current.querySelector<HTMLElement>(`[data-item-id="${want.id}"]`);
    if (!li) return;
    pendingFocus.current = null;
    const col = MAP_COLUMNS.find((col) => (col.kinds as readonly string[]).includes(c.map.find((i) => i.id === want.id)?.kind ?? ''));
    if (narrow && col && col.key !== tab) setTab(col.key);
    let target: HTMLElement | null = li.querySelector('textarea');
    if (want.what !== 'text') {
      const buttons = li.querySelectorAll<HTMLButtonElement>('.map-item-tools button');
      const b = buttons[want.what === 'up' ? 0 : 1];
      target = b && !b.disabled ? b : (buttons[want.what === 'up' ? 1 : 0] ?? target);
    }
    target?.focus();
  });

  const warnings: string[] = [];
  const dw = dangerWarning(c.map);
  if (dw) warnings.push(dw);
  const unpaired = unpairedSafetyGoals(c.map);
  if (unpaired.length) warnings.push(`${unpaired.length === 1 ? '1 safety goal is' : `${unpaired.length} safety goals are`} not paired with a danger statement.`);
  const noGoal = dangersWithoutGoal(c.map);
  if (noGoal.length) warnings.push(`${noGoal.length === 1 ? '1 danger statement has' : `${noGoal.length} danger statements have`} no safety goal yet.`);
  const loose = restrictedWithoutRegister(c.map, c.restricted.map((r) => r.id));
  if (loose.length) warnings.push(`${loose.length === 1 ? '1 restricted item is' : `${loose.length} restricted items are`} not tied to an entry in the restricted register.`);

  function onTabKey(e: KeyboardEvent<HTMLDivElement>) {
    const i = MAP_COLUMNS.findIndex((col) => col.key === tab);
    let n = -1;
    if (e.key === 'ArrowRight') n = (i + 1) % MAP_COLUMNS.length;
    if (e.key === 'ArrowLeft') n = (i - 1 + MAP_COLUMNS.length) % MAP_COLUMNS.length;
    if (n < 0) return;
    e.preventDefault();
    const key = MAP_COLUMNS[n]!.key;
    setTab(key);
    document.getElementById(`map-tab-${key}`)?.focus();
  }

  const restrictedCount = c.map.filter((i) => i.restricted).length;

  return (
    <div className={`map-step${narrow ? ' map-narrow' : ''}`} ref={rootRef}>
      <h2>Mapping</h2>
      <p className="note">
        {c.map.length} {c.map.length === 1 ? 'item' : 'items'} on the map
        {restrictedCount ? `, ${restrictedCount} restricted (marked, and left out of the family's copy)` : ''}.
      </p>
      {warnings.length ? (
        <div className="note warn map-warnings" role="status">
          <ul>{warnings.map((w) => <li key={w}>{w}</li>)}</ul>
        </div>
      ) : null}
      {narrow ? (
        <div role="tablist" aria-label="Map columns" className="tablist" onKeyDown={onTabKey}>
          {MAP_COLUMNS.map((col) => {
            const n = c.map.filter((i) => (col.kinds as readonly string[]).includes(i.kind)).length;
            return (
              <button
                key={col.key}
                id={`map-tab-${col.key}`}
                type="button"
                role="tab"
                className="tab"
                aria-selected={tab === col.key}
                aria-controls={`map-panel-${col.key}`}
                tabIndex={tab === col.key ? 0 : -1}
                onClick={() => setTab(col.key)}
              >
                {col.title} <span className="tab-progress">({n})</span>
              </button>
            );
          })}
        </div>
      ) : null}
      <div className="map-columns">
        {MAP_COLUMNS.map((col) => (
          <MapColumn
            key={col.key}
            columnKey={col.key}
            title={col.title}
            kinds={col.kinds}
            items={c.map}
            childList={c.children}
            attendees={c.attendees}
            register={c.restricted}
            actions={actions}
            onAdd={add}
            hidden={narrow && tab !== col.key}
            role={narrow ? 'tabpanel' : undefined}
            id={`map-panel-${col.key}`}
            labelledBy={narrow ? `map-tab-${col.key}` : undefined}
          />
        ))}
      </div>
      <div className="map-undo" role="status" aria-live="polite">
        {lastRemoved ? (
          <div className="map-toast">
            <span>
              Deleted {lastRemoved.name.toLowerCase()}
              {lastRemoved.item.text ? `: “${lastRemoved.item.text.slice(0, 50)}${lastRemoved.item.text.length > 50 ? '…' : ''}”` : ''}.
            </span>
            <button type="button" className="primary" onClick={undo}>
              Undo delete
            </button>
            <button type="button" aria-label="Dismiss" onClick={dismiss}>
              ×
            </button>
          </div>
        ) : null}
      </div>
      <p className="visually-hidden">{`Kinds: ${Object.values(MAP_ITEM_KIND_LABELS).join(', ')}.`}</p>
    </div>
  );
}
