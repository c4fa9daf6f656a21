import type { SpeakerOption } from './minutesNodes';

export interface SuggestState {
  items: SpeakerOption[];
  rect: DOMRect | null;
  index: number;
  pick: (o: SpeakerOption) => void;
}

/** The `@` picker. Focus stays in the editor; arrow keys, Enter and Escape are handled there. */
export function SpeakerSuggestions({ state }: { state: SuggestState }) {
  const top = state.rect ? state.rect.bottom + 4 : 0;
  const left = state.rect ? state.rect.left : 0;
  return (
    <div className="cs-suggest" style={{ top, left }}>
      {state.items.length === 0 ? (
        <p className="cs-suggest-empty">No attendee matches. Add people under People and invitations.</p>
      ) : (
        <ul role="listbox" aria-label="Speakers">
          {state.items.map((o, i) => (
            <li
              key={o.id}
              role="option"
              aria-selected={i === state.index}
              className={i === state.index ? 'cs-suggest-active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                state.pick(o);
              }}
            >
              <span className="cs-suggest-name">{o.name}</span>
              {o.detail && <span className="cs-suggest-detail">{o.detail}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
