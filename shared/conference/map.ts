import { MAP_COLUMNS, type MapItem, type MapItemKind } from '../model';

/** Past this many danger statements the map loses focus; the chair is warned, not stopped. */
export const DANGER_SOFT_LIMIT = 4;

export const DANGER_PROMPTS = [
  'Who is worried?',
  'About what behaviour, by whom?',
  'What could happen to the child if nothing changes?',
] as const;

export type MapColumnKey = (typeof MAP_COLUMNS)[number]['key'];

export function itemsOfKind(items: readonly MapItem[], kind: MapItemKind): MapItem[] {
  return items.filter((i) => i.kind === kind);
}

export function dangerWarning(items: readonly MapItem[]): string | null {
  const n = itemsOfKind(items, 'danger').length;
  return n > DANGER_SOFT_LIMIT
    ? `There are ${n} danger statements. More than ${DANGER_SOFT_LIMIT} is hard for a family to hold on to: consider combining some.`
    : null;
}

/** Safety goals that answer no danger statement (or one that has since been deleted). */
export function unpairedSafetyGoals(items: readonly MapItem[]): MapItem[] {
  const dangers = new Set(itemsOfKind(items, 'danger').map((d) => d.id));
  return itemsOfKind(items, 'safety-goal').filter((g) => !g.pairedDangerId || !dangers.has(g.pairedDangerId));
}

/** Danger statements with no safety goal yet: each should get one. */
export function dangersWithoutGoal(items: readonly MapItem[]): MapItem[] {
  const paired = new Set(itemsOfKind(items, 'safety-goal').map((g) => g.pairedDangerId));
  return itemsOfKind(items, 'danger').filter((d) => !paired.has(d.id));
}

/** Restricted items should say which register entry they come from, so the family copy can leave them out with a reason. */
export function restrictedWithoutRegister(items: readonly MapItem[], registerIds: readonly string[]): MapItem[] {
  const known = new Set(registerIds);
  return items.filter((i) => i.restricted && (!i.restrictedItemId || !known.has(i.restrictedItemId)));
}

// The helpers below change the list in place, so they work on plain arrays and on immer drafts.

/** Swap with the neighbouring item of the same kind; the overall order keeps other kinds still. */
export function moveWithinKind(items: MapItem[], id: string, direction: -1 | 1): boolean {
  const i = items.findIndex((x) => x.id === id);
  if (i < 0) return false;
  const kind = items[i]!.kind;
  let j = i + direction;
  while (j >= 0 && j < items.length && items[j]!.kind !== kind) j += direction;
  if (j < 0 || j >= items.length) return false;
  const a = items[i]!;
  items[i] = items[j]!;
  items[j] = a;
  return true;
}

/** Move an item to another kind, at the end of that kind's list. A goal's pairing only means something for goals. */
export function changeKind(items: MapItem[], id: string, kind: MapItemKind): boolean {
  const i = items.findIndex((x) => x.id === id);
  if (i < 0 || items[i]!.kind === kind) return false;
  const [item] = items.splice(i, 1);
  item!.kind = kind;
  if (kind !== 'safety-goal') delete item!.pairedDangerId;
  items.push(item!);
  return true;
}

export interface RemovedItem {
  item: MapItem;
  index: number;
}

export function removeItem(items: MapItem[], id: string): RemovedItem | null {
  const index = items.findIndex((x) => x.id === id);
  if (index < 0) return null;
  const [item] = items.splice(index, 1);
  return { item: structuredCloneItem(item!), index };
}

/** Undo a removal: put the item back where it was (or at the end if the list has shrunk). */
export function restoreItem(items: MapItem[], removed: RemovedItem): void {
  if (items.some((x) => x.id === removed.item.id)) return;
  items.splice(Math.min(removed.index, items.length), 0, removed.item);
}

function structuredCloneItem(item: MapItem): MapItem {
  return { ...item, childIds: [...item.childIds] };
}
