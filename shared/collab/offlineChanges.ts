import { emptyDoc, type Conference } from '../model';
import { isKeyedList, isPlainObject, jsonEqual, listKeys, mergeThreeWay, type Json } from './mergeRecord';
import { keepChairOnly } from './roles';
import { sharedPart } from './layout';

/**
 * What the minute-taker changed on their own laptop while it was out of the session (the chair's
 * laptop went down, or they left), outside the minutes, brought into the next session (issue #17).
 *
 * `base` is the record as it stood when this laptop left the session, the last version both
 * laptops agreed on; `local` is this laptop's record now; `chairs` is what the chair's app sends
 * on the fresh join. Without `base` nobody could tell which laptop changed what, so the chair's
 * would replace the minute-taker's changes without a word (what happened before this existed).
 *
 * - A change made on one side only is kept: an attendance marked here, a card the chair added.
 * - Both changed the same value differently: the chair's is kept, and the place is named, so the
 *   minute-taker can look again; the chair's record is the one that is issued.
 * - What only the chair may change is never taken from this laptop (roles.ts).
 * - Minutes are not merged here: they are carried paragraph by paragraph (carryOver.ts).
 */
export interface OfflineChanges {
  /** The chair's record with this laptop's own changes added. */
  record: Conference;
  /** Whether anything of this laptop's was added. */
  added: boolean;
  /** Where both laptops changed the same thing, as people would name it; the chair's was kept. */
  conflicts: string[];
  /** What this laptop changed that only the chair may change (the decision, say): not added. */
  chairOnly: string[];
}

type Obj = { [key: string]: Json };

export function mergeOfflineChanges(base: Conference, chairs: Conference, local: Conference): OfflineChanges {
  const [b, c, l] = [sharedPart(base), sharedPart(chairs), sharedPart(local)];
  // `mine` wins a clash in mergeThreeWay: here that is the chair's.
  const merged = mergeThreeWay(b, c, l) as unknown as Conference;
  // The chair's minutes stay as they are; a step added here starts empty in the record, so that
  // carrying the minutes over afterwards finds all of its paragraphs missing and adds them.
  const withMinutes: Conference = { ...merged, revision: chairs.revision, updatedAt: chairs.updatedAt, audit: chairs.audit, meeting: { ...merged.meeting, agenda: merged.meeting.agenda.map((step) => ({ ...step, minutes: minutesOf(chairs, step.id) ?? emptyDoc() })) } };
  const allowed = keepChairOnly(chairs, withMinutes);
  const chairOnly: string[] = [];
  placesDiffering(sharedPart(allowed), sharedPart(withMinutes), [], chairOnly);
  const conflicts: string[] = [];
  collectClashes(b, c, l, [], conflicts);
  const isChairs = (place: string) => chairOnly.some((p) => place === p || place.startsWith(`${p} \u203a`) || p.startsWith(`${place} \u203a`));
  return { record: allowed, added: !jsonEqual(sharedPart(allowed), c), conflicts: [...new Set(conflicts)].filter((p) => !isChairs(p)), chairOnly: [...new Set(chairOnly)] };
}

const minutesOf = (c: Conference, stepId: string) => c.meeting.agenda.find((s) => s.id === stepId)?.minutes;

/** Words for an item of a list: its name or title or the start of its text, else its key. */
function labelOf(item: Json | undefined, key: string): string {
  if (!isPlainObject(item)) return key;
  for (const field of ['name', 'title', 'text', 'action', 'label']) {
    const value = item[field];
    if (typeof value === 'string' && value.trim()) {
      const words = value.trim().replace(/\s+/g, ' ');
      return words.length > 40 ? `${words.slice(0, 39)}\u2026` : words;
    }
  }
  return key;
}

const indexed = (list: Json | undefined) => {
  const items = (list ?? []) as Obj[];
  const keys = listKeys(items) ?? [];
  return new Map(items.map((item, i) => [keys[i]!, item]));
};

/** Where two versions differ, to the narrowest field or item. */
function placesDiffering(a: Json | undefined, b: Json | undefined, path: string[], out: string[]): void {
  if (jsonEqual(a, b)) return;
  if (isKeyedList(a) && isKeyedList(b)) {
    const [x, y] = [indexed(a), indexed(b)];
    for (const key of new Set([...x.keys(), ...y.keys()])) placesDiffering(x.get(key), y.get(key), [...path, labelOf(x.get(key) ?? y.get(key), key)], out);
    return;
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) placesDiffering(a[key], b[key], [...path, key], out);
    return;
  }
  out.push(path.join(' \u203a ') || 'the record');
}

/** Where the chair's and this laptop's both changed the same value from `base`, differently. */
function collectClashes(base: Json | undefined, chairs: Json | undefined, local: Json | undefined, path: string[], out: string[]): void {
  if (jsonEqual(local, base) || jsonEqual(chairs, base) || jsonEqual(local, chairs)) return;
  if (isKeyedList(chairs) && isKeyedList(local) && (base === undefined || isKeyedList(base))) {
    const [b, c, l] = [indexed(base), indexed(chairs), indexed(local)];
    for (const key of new Set([...c.keys(), ...l.keys()])) collectClashes(b.get(key), c.get(key), l.get(key), [...path, labelOf(c.get(key) ?? l.get(key), key)], out);
    return;
  }
  if (isPlainObject(chairs) && isPlainObject(local)) {
    const b = isPlainObject(base) ? base : {};
    for (const key of new Set([...Object.keys(chairs), ...Object.keys(local)])) collectClashes(b[key], chairs[key], local[key], [...path, key], out);
    return;
  }
  out.push(path.join(' \u203a ') || 'the record');
}
