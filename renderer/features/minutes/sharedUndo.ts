import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

type DeleteSet = ReturnType<typeof Y.createDeleteSet>;
type StackItem = Y.UndoManager['undoStack'][number];

/**
 * Undo in the shared minutes undoes this person's own typing (issue #17). Yjs does that by
 * itself, with one exception: undoing a deletion puts the deleted words back wherever they were,
 * even when the other person has since deleted everything around them. So "one two three four"
 * with "two" deleted here, then "one … three" deleted on the other laptop, came back as
 * "two four" after undo here: words of the other person's that they had removed, resurrected.
 * Before each undo, words whose surroundings the other person has deleted are left deleted.
 */
export function keepRemoteDeletions(undoManager: Y.UndoManager): void {
  const item = undoManager.undoStack[undoManager.undoStack.length - 1];
  if (!item || item.deletions.clients.size === 0) return;
  const doc = undoManager.doc;
  const ours = [...undoManager.undoStack, ...undoManager.redoStack];
  const mine = (it: Y.Item) => ours.some((s) => Y.isDeleted(s.deletions, it.id));
  const inCapture = (it: Y.Item) => !it.countable || Y.isDeleted(item.deletions, it.id) || Y.isDeleted(item.insertions, it.id);
  /** The nearest neighbour outside what this undo restores or removes. */
  const neighbour = (start: Y.Item | null, side: 'left' | 'right') => {
    let n = start;
    while (n && inCapture(n)) n = n[side];
    return n;
  };
  const drop = new Map<number, [number, number][]>();
  forEachItem(doc, item.deletions, (it, from, to) => {
    const left = neighbour(it.left, 'left');
    const right = neighbour(it.right, 'right');
    const goneElsewhere = (n: Y.Item | null) => !n || (n.deleted && !mine(n));
    if ((left || right) && goneElsewhere(left) && goneElsewhere(right)) {
      const ranges = drop.get(it.id.client) ?? [];
      ranges.push([from, to]);
      drop.set(it.id.client, ranges);
    }
  });
  if (drop.size) (item as StackItem).deletions = subtract(item.deletions, drop);
}

/** Each item a delete set covers, with the part of its clock range that the set covers. */
function forEachItem(doc: Y.Doc, ds: DeleteSet, f: (item: Y.Item, from: number, to: number) => void): void {
  ds.clients.forEach((ranges, client) => {
    const structs = doc.store.clients.get(client);
    if (!structs) return;
    for (const { clock, len } of ranges) {
      for (let i = Y.findIndexSS(structs, clock); i < structs.length && structs[i]!.id.clock < clock + len; i++) {
        const s = structs[i]!;
        if (s instanceof Y.Item) f(s, Math.max(s.id.clock, clock), Math.min(s.id.clock + s.length, clock + len));
      }
    }
  });
}

/** The delete set without the given clock ranges (sorted, as Yjs searches it by halves). */
function subtract(ds: DeleteSet, drop: Map<number, [number, number][]>): DeleteSet {
  const out = Y.createDeleteSet();
  ds.clients.forEach((ranges, client) => {
    const cut = (drop.get(client) ?? []).sort((a, b) => a[0] - b[0]);
    const kept: { clock: number; len: number }[] = [];
    for (const { clock, len } of ranges) {
      let from = clock;
      const end = clock + len;
      for (const [a, b] of cut) {
        if (b <= from || a >= end) continue;
        if (a > from) kept.push({ clock: from, len: a - from });
        from = Math.max(from, b);
      }
      if (from < end) kept.push({ clock: from, len: end - from });
    }
    if (kept.length) out.clients.set(client, kept as (typeof ranges)[number][]);
  });
  return out;
}

const patched = new WeakSet<Y.UndoManager>();

/** Runs keepRemoteDeletions before every undo of the collaboration extension's undo manager. */
export const SharedUndo = Extension.create({
  name: 'sharedUndo',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('sharedUndo'),
        view: (view) => {
          const um = (yUndoPluginKey.getState(view.state) as { undoManager?: Y.UndoManager } | undefined)?.undoManager;
          // Y.UndoManager has no event before an undo, so its method is wrapped, once per manager.
          if (um && !patched.has(um)) {
            patched.add(um);
            const undo = um.undo.bind(um);
            um.undo = () => {
              keepRemoteDeletions(um);
              return undo();
            };
          }
          return {};
        },
      }),
    ];
  },
});
