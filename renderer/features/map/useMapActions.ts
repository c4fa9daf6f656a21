import { useMemo, useRef, useState } from 'react';
import { newId, type MapItemKind } from '../../../shared/model';
import { changeKind, moveWithinKind, removeItem, restoreItem, type RemovedItem } from '../../../shared/conference/map';
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
    const edit = (id: string, fn: (item: import('../../../shared/model').MapItem) => void) =>
      update((d) => {
        const item = d.map.find((i) => i.id === id);
        if (item) fn(item);
      });
    return {
      setText: (id, text) => edit(id, (i) => void (i.text = text)),
      toggleChild: (id, childId) =>
        edit(id, (i) => {
          const at = i.childIds.indexOf(childId);
          if (at >= 0) i.childIds.splice(at, 1);
          else i.childIds.push(childId);
        }),
      setRaisedBy: (id, attendeeId) => edit(id, (i) => (attendeeId ? (i.raisedBy = attendeeId) : delete i.raisedBy)),
      setKind: (id, kind) => {
        update((d) => void changeKind(d.map, id, kind));
        focusRef.current(id, 'text');
      },
      setPairedDanger: (id, dangerId) => edit(id, (i) => (dangerId ? (i.pairedDangerId = dangerId) : delete i.pairedDangerId)),
      setRestricted: (id, restricted) =>
        edit(id, (i) => {
          i.restricted = restricted;
          if (!restricted) delete i.restrictedItemId;
        }),
      setRestrictedItem: (id, itemId) => edit(id, (i) => (itemId ? (i.restrictedItemId = itemId) : delete i.restrictedItemId)),
      move: (id, direction) => {
        update((d) => void moveWithinKind(d.map, id, direction));
        // Keep focus on the same button so pressing it again keeps moving the item.
        focusRef.current(id, direction < 0 ? 'up' : 'down');
      },
      remove: (id, name) => {
        // Take the item from the committed record (not the draft) so the undo copy is plain data.
        const current = useConferenceStore.getState().conference?.map ?? [];
        const index = current.findIndex((i) => i.id === id);
        if (index < 0) return;
        const copy: RemovedItem = { item: structuredClone(current[index]!), index };
        update((d) => void removeItem(d.map, id));
        setLastRemoved({ ...copy, name });
      },
    };
  }, [update]);

  const add = (kind: MapItemKind) => {
    const id = newId();
    update((d) => {
      // New items go after the last of their kind, so the order within a kind is the order added.
      let at = -1;
      d.map.forEach((i, n) => {
        if (i.kind === kind) at = n;
      });
      const item = { id, kind, text: '', childIds: [], restricted: false };
      if (at < 0) d.map.push(item);
      else d.map.splice(at + 1, 0, item);
    });
    focusItem(id, 'text');
  };

  const undo = () => {
    if (!lastRemoved) return;
    const removed = lastRemoved;
    update((d) => restoreItem(d.map, removed));
    setLastRemoved(null);
    focusItem(removed.item.id, 'text');
  };

  return { actions, add, undo, lastRemoved, dismiss: () => setLastRemoved(null) };
}
