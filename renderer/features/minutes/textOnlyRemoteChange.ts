import * as Y from 'yjs';

/**
 * Whether a Yjs transaction changed, inside `fragment`, nothing but the text (and its marks) of
 * blocks that were already there: every type it changed there is a Y.XmlText. No block was added,
 * removed, moved or given new attributes.
 */
export function changesOnlyText(fragment: Y.XmlFragment, transaction: Y.Transaction): boolean {
  for (const type of transaction.changed.keys()) {
    if (!isWithin(type, fragment)) continue;
    if (!(type instanceof Y.XmlText)) return false;
  }
  return true;
}

/** A Yjs type's place in its tree: each type but a root sits in an item whose parent is a type. */
interface Nested {
  _item: { parent: unknown } | null;
}

function isWithin(type: Nested, fragment: Y.XmlFragment): boolean {
  for (let t: Nested | null = type; t; t = (t._item?.parent as Nested | undefined) ?? null) {
    if (t === (fragment as unknown)) return true;
  }
  return false;
}

/**
 * Runs `apply` with `mapping.clear()` doing nothing, and puts `clear` back afterwards (also when
 * `apply` throws, so a full redraw after an error still clears).
 *
 * Why: tiptap's Yjs binding (y-tiptap 3.0.9, `_typeChanged`) first drops from its Yjs → editor
 * node map every type the change touched and their ancestors, then clears the whole map, so each
 * key from the other laptop rebuilds every paragraph of the step and the editor compares them all
 * again: at 30,000 words in one step, several milliseconds a key on the screen following it. The
 * clear was added for block moves, where sizes of nodes the map still held could be out of date.
 * When only text changed, the paragraphs holding it are dropped and rebuilt by the first step, and
 * every other paragraph is exactly as it was, so the map stays true without the clear.
 */
export function keepingNodeMap<T>(mapping: Map<unknown, unknown>, apply: () => T): T {
  const own = Object.getOwnPropertyDescriptor(mapping, 'clear');
  Object.defineProperty(mapping, 'clear', { value: () => undefined, configurable: true, writable: true });
  try {
    return apply();
  } finally {
    if (own) Object.defineProperty(mapping, 'clear', own);
    else delete (mapping as { clear?: unknown }).clear;
  }
}
