import { useRef, type ReactNode, type KeyboardEvent } from 'react';
import type { Child } from '../../../shared/model';
import { childLabel } from '../../../shared/format';

/**
 * One child at a time: with six children and forty people, a grid of every child would be a
 * wall of 240 boxes. Tabs keep one child's forty rows, their plot and their summary in view.
 * Arrow keys move between tabs (the WAI-ARIA tabs pattern); each tab says how far along it is.
 */
export function ChildTabs(props: {
  idBase: string;
  items: readonly Child[];
  selectedId: string;
  onSelect(id: string): void;
  progress?(childId: string): string;
  label: string;
  children: ReactNode;
}) {
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const { items, selectedId, onSelect, idBase } = props;

  function onKey(e: KeyboardEvent<HTMLDivElement>) {
    const i = items.findIndex((c) => c.id === selectedId);
    let next = -1;
    if (e.key === 'ArrowRight') next = (i + 1) % items.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + items.length) % items.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = items.length - 1;
    if (next < 0) return;
    e.preventDefault();
    const id = items[next]!.id;
    onSelect(id);
    refs.current.get(id)?.focus();
  }

  if (items.length === 0) return <p className="note">Add the children on the details page first.</p>;
  return (
    <div className="cs-childtabs">
      <div role="tablist" aria-label={props.label} className="tablist" onKeyDown={onKey}>
        {items.map((c) => {
          const selected = c.id === selectedId;
          return (
            <button
              key={c.id}
              ref={(el) => {
                if (el) refs.current.set(c.id, el);
                else refs.current.delete(c.id);
              }}
              type="button"
              role="tab"
              id={`${idBase}-tab-${c.id}`}
              aria-selected={selected}
              aria-controls={`${idBase}-panel`}
              tabIndex={selected ? 0 : -1}
              className="tab"
              onClick={() => onSelect(c.id)}
            >
              {childLabel(c)}
              {props.progress ? <span className="tab-progress"> {props.progress(c.id)}</span> : null}
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id={`${idBase}-panel`} aria-labelledby={`${idBase}-tab-${selectedId}`} className="tabpanel">
        {props.children}
      </div>
    </div>
  );
}

/** Keeps the chosen child valid as children are added or removed. */
export function pickChild(children: readonly Child[], chosen: string | null): string {
  if (chosen && children.some((c) => c.id === chosen)) return chosen;
  return children[0]?.id ?? '';
}
