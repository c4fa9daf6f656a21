/**
 * `next`, with every part that holds the same JSON as the same part of `prev` replaced by prev's
 * own object. A record read back from main (a save's reply in a live session, the other laptop's
 * change) is all new objects; without this, every component that selects a part of the record by
 * identity (useConferenceParts) would render again, and every step's word count be redone, on
 * each of those saves: several a second while two people type (the paired typing bench).
 */
export function keepUnchanged<T>(prev: T, next: T): T {
  return share(prev, next) as T;
}

function share(a: unknown, b: unknown): unknown {
  if (a === b || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return b;
  if (Array.isArray(b)) {
    if (!Array.isArray(a)) return b;
    let same = a.length === b.length;
    const out = b.map((item, i) => {
      const kept = share(a[i], item);
      if (kept !== a[i]) same = false;
      return kept;
    });
    return same ? a : out;
  }
  if (Array.isArray(a)) return b;
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = Object.keys(bo);
  let same = keys.length === Object.keys(ao).length;
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const kept = Object.hasOwn(ao, k) ? share(ao[k], bo[k]) : bo[k];
    if (kept !== ao[k] || !Object.hasOwn(ao, k)) same = false;
    out[k] = kept;
  }
  return same ? a : out;
}
