/**
 * Three-way merge of two edited copies of one JSON record, used when the chair and the
 * minute-taker change the same conference at once (issue #17).
 *
 * The unit of merging is a field, and a list whose items all carry a string `id` is merged item by
 * item, by id (attendees, map cards, scores, plan actions...), never by position: two people adding
 * an attendee at once both keep theirs, and one changing a score while the other marks attendance
 * keeps both. Where both changed the same field differently, `mine` wins: the caller passes the
 * edit its own user is making now, so nobody sees their own typing undone under their fingers.
 *
 * Never loses an edit to a deletion: an item one side changed and the other removed is kept.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

export function isPlainObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What identifies an item of a list, tried in turn: its id; or, for lists without ids, who and
 * which child it is about (scores and recommendations are one per attendee and child, decisions
 * one per child). The first set every item has, as strings, with no two items alike, is the key.
 */
const KEY_FIELDS = [['id'], ['attendeeId', 'childId'], ['childId']] as const;

/** Each item's key when `value` is a list merged item by item, else null (merged as one value). */
export function listKeys(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  if (!value.every(isPlainObject)) return null;
  for (const fields of KEY_FIELDS) {
    if (!value.every((item) => fields.every((f) => typeof item[f] === 'string'))) continue;
    const keys = value.map((item) => fields.map((f) => item[f] as string).join('\u0000'));
    if (new Set(keys).size === keys.length) return keys;
  }
  return null;
}

/** A list merged item by item (see listKeys). */
export function isKeyedList(value: unknown): value is Obj[] {
  return listKeys(value) !== null;
}

export function jsonEqual(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as Json[];
    return a.length === bb.length && a.every((x, i) => jsonEqual(x, bb[i]));
  }
  const ao = a as Obj;
  const bo = b as Obj;
  const keys = Object.keys(ao).filter((k) => ao[k] !== undefined);
  if (keys.length !== Object.keys(bo).filter((k) => bo[k] !== undefined).length) return false;
  return keys.every((k) => Object.hasOwn(bo, k) && jsonEqual(ao[k], bo[k]));
}

/** Merge `mine` and `theirs`, both edited from `base`. `undefined` means absent (a removed field). */
export function mergeThreeWay(base: Json | undefined, mine: Json | undefined, theirs: Json | undefined): Json | undefined {
  if (jsonEqual(mine, base)) return theirs;
  if (jsonEqual(theirs, base) || jsonEqual(mine, theirs)) return mine;
  if (isKeyedList(mine) && isKeyedList(theirs) && (base === undefined || isKeyedList(base))) return mergeKeyedLists(base ?? [], mine, theirs);
  if (isPlainObject(mine) && isPlainObject(theirs)) return mergeObjects(isPlainObject(base) ? base : {}, mine, theirs);
  // Both changed one value differently: the person merging is the one typing it now.
  return mine;
}

function mergeObjects(base: Obj, mine: Obj, theirs: Obj): Obj {
  const out: Obj = {};
  for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs), ...Object.keys(base)])) {
    const merged = mergeThreeWay(base[key], mine[key], theirs[key]);
    if (merged !== undefined) out[key] = merged;
  }
  return out;
}

type Keyed = Obj;
const idsOf = (list: readonly Keyed[]) => listKeys(list) ?? [];
const byId = (list: readonly Keyed[]) => {
  const ids = idsOf(list);
  return new Map(list.map((item, i) => [ids[i]!, item]));
};
const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

function mergeKeyedLists(base: Keyed[], mine: Keyed[], theirs: Keyed[]): Keyed[] {
  const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
  const merged = new Map<string, Keyed>();
  for (const id of new Set([...m.keys(), ...t.keys(), ...b.keys()])) {
    const inBase = b.get(id);
    const item = mergeThreeWay(inBase, m.get(id), t.get(id));
    // Removed on one side and changed on the other: keep the changed item, never lose its words.
    const kept = item ?? (inBase && !m.has(id) && t.has(id) && !jsonEqual(t.get(id), inBase) ? t.get(id) : inBase && !t.has(id) && m.has(id) && !jsonEqual(m.get(id), inBase) ? m.get(id) : undefined);
    if (kept !== undefined) merged.set(id, kept as Keyed);
  }
  // Order: the side that did not reorder takes the other's order; new items go after the item
  // they followed on their own side.
  const mineReordered = !sameIds(idsOf(mine).filter((id) => b.has(id)), idsOf(base).filter((id) => m.has(id)));
  const [primary, secondary] = mineReordered ? [mine, theirs] : [theirs, mine];
  const order = idsOf(primary).filter((id) => merged.has(id));
  const secondaryIds = idsOf(secondary);
  secondaryIds.forEach((id, index) => {
    if (order.includes(id) || !merged.has(id)) return;
    const before = secondaryIds.slice(0, index).reverse().find((prev) => order.includes(prev));
    order.splice(before === undefined ? 0 : order.indexOf(before) + 1, 0, id);
  });
  for (const id of merged.keys()) if (!order.includes(id)) order.push(id);
  return order.map((id) => merged.get(id)!);
}
