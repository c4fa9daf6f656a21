import type { Conference, MapItem, MapItemKind } from '../../model';
import { changeKind, moveWithinKind, removeItem, restoreItem, type RemovedItem } from '../map';

// Named changes to the harm and safety map (see commands/people.ts for why they live here). The
// list rules themselves (order within a kind, undo) are in ../map.ts, on plain arrays.

/** A new, empty item, after the last of its kind, so the order within a kind is the order added. */
export function addMapItem(c: Conference, id: string, kind: MapItemKind): void {
  let at = -1;
  c.map.forEach((i, n) => {
    if (i.kind === kind) at = n;
  });
  const item: MapItem = { id, kind, text: '', childIds: [], restricted: false };
  if (at < 0) c.map.push(item);
  else c.map.splice(at + 1, 0, item);
}

function item(c: Conference, id: string): MapItem | undefined {
  return c.map.find((i) => i.id === id);
}

export function setMapItemText(c: Conference, id: string, text: string): void {
  const i = item(c, id);
  if (i) i.text = text;
}

/** Says the item is about one more child, or one fewer. */
export function toggleMapItemChild(c: Conference, id: string, childId: string): void {
  const i = item(c, id);
  if (!i) return;
  const at = i.childIds.indexOf(childId);
  if (at >= 0) i.childIds.splice(at, 1);
  else i.childIds.push(childId);
}

/** Who raised the item; empty means nobody in particular. */
export function setMapItemRaisedBy(c: Conference, id: string, attendeeId: string): void {
  const i = item(c, id);
  if (!i) return;
  if (attendeeId) i.raisedBy = attendeeId;
  else delete i.raisedBy;
}

/** The danger statement a safety goal answers; empty means none yet. */
export function pairSafetyGoal(c: Conference, id: string, dangerId: string): void {
  const i = item(c, id);
  if (!i) return;
  if (dangerId) i.pairedDangerId = dangerId;
  else delete i.pairedDangerId;
}

/** Marks an item restricted or not. No longer restricted, it no longer points at a register entry. */
export function setMapItemRestricted(c: Conference, id: string, restricted: boolean): void {
  const i = item(c, id);
  if (!i) return;
  i.restricted = restricted;
  if (!restricted) delete i.restrictedItemId;
}

/** The register entry a restricted item points at; empty means none chosen yet. */
export function setMapItemRegisterEntry(c: Conference, id: string, entryId: string): void {
  const i = item(c, id);
  if (!i) return;
  if (entryId) i.restrictedItemId = entryId;
  else delete i.restrictedItemId;
}

export function changeMapItemKind(c: Conference, id: string, kind: MapItemKind): void {
  changeKind(c.map, id, kind);
}

export function moveMapItem(c: Conference, id: string, direction: -1 | 1): void {
  moveWithinKind(c.map, id, direction);
}

/** Removes an item; returns what undo needs to put it back where it was. */
export function removeMapItem(c: Conference, id: string): RemovedItem | null {
  return removeItem(c.map, id);
}

export function restoreMapItem(c: Conference, removed: RemovedItem): void {
  restoreItem(c.map, removed);
}
