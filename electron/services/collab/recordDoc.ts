import * as Y from 'yjs';
import { Conference } from '../../../shared/model';
import { isKeyedList, isPlainObject, jsonEqual, listKeys, type Json } from '../../../shared/collab/mergeRecord';
import { LIST_MARKER, MAIN_OWNED_FIELDS, RECORD_MAP, minutesFragmentName, sharedPart } from '../../../shared/collab/layout';
import { readMinutes, writeMinutes } from './minutesFragment';

/**
 * The conference in a Yjs document (layout: shared/collab/layout.ts), and back.
 *
 * Changes go in as the smallest operations that turn one JSON record into another, so that the
 * other side's concurrent edits to other fields and other items survive the merge; a whole
 * record written over the map would make every save overwrite everything the other side did.
 */
type Obj = { [key: string]: Json };
type MainOwned = Pick<Conference, (typeof MAIN_OWNED_FIELDS)[number]>;

/** The record as the shared map holds it (layout.ts), as a copy: Yjs keeps the plain values it is given. */
const sharedCopy = (c: Conference): Obj => structuredClone(sharedPart(c));

function toY(value: Json): unknown {
  const keys = listKeys(value);
  if (keys) {
    const list = new Y.Map<unknown>();
    const items = new Y.Map<unknown>();
    (value as Obj[]).forEach((item, i) => items.set(keys[i]!, toY(item)));
    list.set(LIST_MARKER, true);
    list.set('items', items);
    list.set('order', Y.Array.from(keys));
    return list;
  }
  if (isPlainObject(value)) {
    const map = new Y.Map<unknown>();
    for (const [key, v] of Object.entries(value)) if (v !== undefined) map.set(key, toY(v));
    return map;
  }
  return value;
}

const isList = (v: unknown): v is Y.Map<unknown> => v instanceof Y.Map && v.get(LIST_MARKER) === true;

function fromY(value: unknown): Json {
  if (isList(value)) {
    const items = value.get('items') as Y.Map<unknown>;
    const order = (value.get('order') as Y.Array<string>).toArray();
    const seen = new Set<string>();
    const ids: string[] = [];
    for (const id of order) {
      if (!items.has(id) || seen.has(id)) continue;
      ids.push(id);
      seen.add(id);
    }
    // An item whose place was lost to a concurrent reorder still shows, at the end, in a fixed order.
    for (const id of [...items.keys()].sort()) if (!seen.has(id)) ids.push(id);
    return ids.map((id) => fromY(items.get(id)));
  }
  if (value instanceof Y.Map) {
    const out: Obj = {};
    for (const [key, v] of value.entries()) out[key] = fromY(v);
    return out;
  }
  return structuredClone(value) as Json;
}

function applyObject(map: Y.Map<unknown>, from: Obj, to: Obj): void {
  for (const key of Object.keys(from)) if (!(key in to) || to[key] === undefined) map.delete(key);
  for (const [key, next] of Object.entries(to)) {
    if (next === undefined) continue;
    const before = from[key];
    if (jsonEqual(before, next) && map.has(key)) continue;
    const current = map.get(key);
    if (isKeyedList(next) && isKeyedList(before) && isList(current)) applyList(current, before, next);
    else if (isPlainObject(next) && isPlainObject(before) && current instanceof Y.Map && !isList(current)) applyObject(current, before, next);
    else map.set(key, toY(next));
  }
}

function applyList(list: Y.Map<unknown>, from: Obj[], to: Obj[]): void {
  const items = list.get('items') as Y.Map<unknown>;
  const order = list.get('order') as Y.Array<string>;
  const fromKeys = listKeys(from)!;
  const toKeys = listKeys(to)!;
  const fromByKey = new Map(from.map((item, i) => [fromKeys[i]!, item]));
  const kept = new Set(toKeys);
  for (const key of fromKeys) {
    if (kept.has(key)) continue;
    items.delete(key);
    const ids = order.toArray();
    for (let i = ids.length - 1; i >= 0; i--) if (ids[i] === key) order.delete(i, 1);
  }
  to.forEach((item, i) => {
    const key = toKeys[i]!;
    const before = fromByKey.get(key);
    const current = items.get(key);
    if (before && current instanceof Y.Map) applyObject(current, before, item);
    else if (!before || !jsonEqual(before, item)) items.set(key, toY(item));
  });
  // Keep the order operations small: a move rewrites the order, an addition inserts one key.
  const stayed = toKeys.filter((key) => fromByKey.has(key));
  const wasOrder = fromKeys.filter((key) => kept.has(key));
  if (!stayed.every((key, i) => key === wasOrder[i])) {
    order.delete(0, order.length);
    order.insert(0, toKeys);
    return;
  }
  toKeys.forEach((key, index) => {
    if (fromByKey.has(key)) return;
    const ids = order.toArray();
    const previous = toKeys.slice(0, index).reverse().find((p) => ids.includes(p));
    order.insert(previous ? ids.lastIndexOf(previous) + 1 : 0, [key]);
  });
}

/** Put a saved conference into an empty shared document (the chair's side, when a session starts). */
export function seedDoc(doc: Y.Doc, c: Conference, origin: unknown = 'seed'): void {
  doc.transact(() => {
    const record = doc.getMap<unknown>(RECORD_MAP);
    for (const [key, value] of Object.entries(sharedCopy(c))) record.set(key, toY(value));
    for (const step of c.meeting.agenda) writeMinutes(doc.getXmlFragment(minutesFragmentName(step.id)), step.minutes);
  }, origin);
}

/** Whether the document holds anything yet (a joining minute-taker's must not). */
export function docIsEmpty(doc: Y.Doc): boolean {
  return doc.store.clients.size === 0;
}

/**
 * Apply the change from `from` to `to` (two versions of the record, as a form edited it) to the
 * shared document, leaving untouched whatever `from` and `to` agree on. Minutes are not taken
 * from `to`: in a session they are edited in the fragments themselves.
 */
export function applyRecordChange(doc: Y.Doc, from: Conference, to: Conference, origin: unknown): void {
  doc.transact(() => applyObject(doc.getMap<unknown>(RECORD_MAP), sharedCopy(from), sharedCopy(to)), origin);
}

/** The conference the document holds, with main's own fields added; checked, or why it is not valid. */
export function readDoc(doc: Y.Doc, own: MainOwned): { ok: true; conference: Conference } | { ok: false; why: string } {
  const record = fromY(doc.getMap<unknown>(RECORD_MAP)) as Obj;
  const meeting = record.meeting as Obj | undefined;
  if (meeting && Array.isArray(meeting.agenda)) {
    meeting.agenda = (meeting.agenda as Obj[]).map((step) => ({ ...step, minutes: readMinutes(doc.getXmlFragment(minutesFragmentName(String(step.id)))) as unknown as Json }));
  }
  const parsed = Conference.safeParse({ ...record, ...own });
  if (parsed.success) return { ok: true, conference: parsed.data };
  const first = parsed.error.issues[0];
  return { ok: false, why: `${first?.path.join('.') ?? 'record'}: ${first?.message ?? 'not valid'}` };
}

const keyOf = (item: Json): string | undefined => listKeys([item])?.[0];

/** Where a checked record's problem sits in the candidate, and what the stored record holds there. */
function putBack(candidate: Obj, stored: Obj, path: readonly PropertyKey[]): void {
  const trail: { parent: Obj | Json[]; key: string | number; counterpart: Json | undefined }[] = [];
  let node: Json = candidate;
  let theirs: Json | undefined = stored;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') break;
    let child: Json | undefined;
    let counterpart: Json | undefined;
    if (Array.isArray(node)) {
      const i = Number(segment);
      child = node[i];
      // Lists are matched by their items' keys (ids), never by position: the other side may have reordered.
      const key = child === undefined ? undefined : keyOf(child);
      counterpart = Array.isArray(theirs) ? (key === undefined ? theirs[i] : theirs.find((t) => keyOf(t) === key)) : undefined;
      trail.push({ parent: node, key: i, counterpart });
    } else {
      const key = String(segment);
      child = node[key];
      counterpart = isPlainObject(theirs) ? theirs[key] : undefined;
      trail.push({ parent: node, key, counterpart });
    }
    if (child === undefined) break;
    node = child;
    theirs = counterpart;
  }
  for (let i = trail.length - 1; i >= 0; i--) {
    const { parent, key, counterpart } = trail[i]!;
    if (counterpart !== undefined) {
      (parent as Record<string | number, Json>)[key] = structuredClone(counterpart);
      return;
    }
    // Something the stored record has no counterpart for: an item the other side added, or a field.
    if (Array.isArray(parent)) {
      if (typeof key === 'number' && key < parent.length) {
        parent.splice(key, 1);
        return;
      }
    } else if (Object.hasOwn(parent, key)) {
      delete parent[key];
      return;
    }
  }
  // Nowhere narrower to put back: the whole record as stored.
  for (const key of Object.keys(candidate)) delete candidate[key];
  Object.assign(candidate, structuredClone(stored));
}

/**
 * Put back, from `stored`, each part of the shared document that keeps the record from being a
 * valid conference, and nothing else (the chair's side, after a change from the other app).
 * Without it, one value no conference may hold, sent by a modified or faulty peer, would leave
 * the document unsaveable, and everything either person typed after it would go unsaved. Each
 * problem the schema reports is put back at the narrowest place the stored record has (a
 * field, an item by its id, a step's minutes), so the other side's valid changes stay.
 *
 * Returns whether the document now reads as a valid conference.
 */
export function repairDoc(doc: Y.Doc, stored: Conference, origin: unknown): boolean {
  const own: MainOwned = { revision: stored.revision, updatedAt: stored.updatedAt, audit: stored.audit };
  const before = fromY(doc.getMap<unknown>(RECORD_MAP)) as Obj;
  const beforeMinutes = new Map<string, Json>();
  const meeting = before.meeting as Obj | undefined;
  if (meeting && Array.isArray(meeting.agenda)) {
    meeting.agenda = meeting.agenda.map((step) => {
      if (!isPlainObject(step)) return step;
      const minutes = readMinutes(doc.getXmlFragment(minutesFragmentName(String(step.id)))) as unknown as Json;
      beforeMinutes.set(String(step.id), minutes);
      return { ...step, minutes };
    });
  }
  const storedJson = structuredClone(stored) as unknown as Obj;
  for (const field of MAIN_OWNED_FIELDS) delete storedJson[field];
  const candidate = structuredClone(before);
  let ok = false;
  for (let tries = 0; tries < 200; tries++) {
    const parsed = Conference.safeParse({ ...candidate, ...own });
    if (parsed.success) {
      ok = true;
      break;
    }
    putBack(candidate, storedJson, parsed.error.issues[0]?.path ?? []);
  }
  if (!ok) return false;
  const repaired = candidate as unknown as Conference;
  doc.transact(() => {
    applyObject(doc.getMap<unknown>(RECORD_MAP), withoutMinutes(before), sharedCopy({ ...repaired, ...own }));
    for (const step of repaired.meeting.agenda) {
      if (!jsonEqual(beforeMinutes.get(step.id), step.minutes as unknown as Json)) writeMinutes(doc.getXmlFragment(minutesFragmentName(step.id)), step.minutes);
    }
  }, origin);
  return true;
}

/** The raw record as read, without its steps' minutes (those live in their own fragments). */
function withoutMinutes(record: Obj): Obj {
  const copy = structuredClone(record);
  const meeting = copy.meeting;
  if (isPlainObject(meeting) && Array.isArray(meeting.agenda)) {
    meeting.agenda = meeting.agenda.map((step) => {
      if (!isPlainObject(step)) return step;
      const { minutes: _minutes, ...rest } = step;
      return rest;
    });
  }
  return copy;
}
