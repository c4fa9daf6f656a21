import { useMemo, useRef, useState } from 'react';
import { newId, type MapItemKind } from '../../../shared/model';
import type { RemovedItem } from '../../../shared/conference/map';
import { addMapItem, changeMapItemKind, moveMapItem, pairSafetyGoal, removeMapItem, restoreMapItem, setMapItemRaisedBy, setMapItemRegisterEntry, setMapItemRestricted, setMapItemText, toggleMapItemChild } from '../../../shared/conference/commands/map';
import { useConferenceStore, useUpdate } from '../../store/conferenceStore';
import type { MapItemActions } from './MapItemCard';

export interface LastRemoval extends RemovedItem {
  name: string;
}

/** Every change the map makes to the record, plus the one-step undo for a deletion. */
export function useMapActions(focusItem: (id: string, what?: 'text' | 'up' | 'down') => void) {
  const update = useUpdate();
  const [lastRemoved, setLastRemoved] = useState<LastRemoval | null>(null);
  const focusRef = useRef(focusItem);
  focusRef.current = focusItem;

  const actions = useMemo<MapItemActions>(() => {
    return {
      setText: (id, text) => update((d) => setMapItemText(d, id, text)),
      toggleChild: (id, childId) => update((d) => toggleMapItemChild(d, id, childId)),
      setRaisedBy: (id, attendeeId) => update((d) => setMapItemRaisedBy(d, id, attendeeId)),
      setKind: (id, kind) => {
        update((d) => changeMapItemKind(d, id, kind));
        focusRef.current(id, 'text');
      },
      setPairedDanger: (id, dangerId) => update((d) => pairSafetyGoal(d, id, dangerId)),
      setRestricted: (id, restricted) => update((d) => setMapItemRestricted(d, id, restricted)),
      setRestrictedItem: (id, itemId) => update((d) => setMapItemRegisterEntry(d, id, itemId)),
      move: (id, direction) => {
        update((d) => moveMapItem(d, id, direction));
        // Keep focus on the same button so pressing it again keeps moving the item.
        focusRef.current(id, direction < 0 ? 'up' : 'down');
      },
      remove: (id, name) => {
        // Take the item from the committed record (not the draft) so the undo copy is plain data.
        const current = useConferenceStore.getState().conference?.map ?? [];
        const index = current.findIndex((i) => i.id === id);
        if (index < 0) return;
        const copy: RemovedItem = { item: structuredClone(current[index]!), index };
        update((d) => void removeMapItem(d, id));
        setLastRemoved({ ...copy, name });
      },
    };
  }, [update]);

  const add = (kind: MapItemKind) => {
    const id = newId();
    update((d) => addMapItem(d, id, kind));
    focusItem(id, 'text');
  };

  const undo = () => {
    if (!lastRemoved) return;
    const removed = lastRemoved;
    update((d) => restoreMapItem(d, removed));
    setLastRemoved(null);
    focusItem(removed.item.id, 'text');
  };

  return { actions, add, undo, lastRemoved, dismiss: () => setLastRemoved(null) };
}
