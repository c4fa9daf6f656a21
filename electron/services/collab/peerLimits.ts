import type * as Y from 'yjs';
import { RECORD_MAP, minutesFragmentName } from '../../../shared/collab/layout';

/** Updates a peer may leave waiting for missing changes before the link is closed. */
const MAX_PENDING_BYTES = 8 * 1024 * 1024;
const FOREIGN = Symbol('names the layout does not have, emptied');

/**
 * Memory a peer's messages could otherwise fill for as long as the session runs, none of it
 * ever read or saved: types under names the layout does not have (emptied; Yjs then keeps only
 * their tombstones), and updates held back waiting for changes that never came (over
 * MAX_PENDING_BYTES the link is closed and they are dropped; an honest app over y-protocols'
 * sync never leaves a gap). Returns false when the link must close.
 */
export function dropWhatCannotBeKept(doc: Y.Doc): boolean {
  const store = doc.store as unknown as { pendingStructs: { update: Uint8Array } | null; pendingDs: Uint8Array | null };
  if ((store.pendingStructs?.update.length ?? 0) + (store.pendingDs?.length ?? 0) > MAX_PENDING_BYTES) {
    store.pendingStructs = null;
    store.pendingDs = null;
    return false;
  }
  const foreign = [...doc.share].filter(([name]) => name !== RECORD_MAP && !name.startsWith(minutesFragmentName('')));
  if (!foreign.length) return true;
  doc.transact((transaction) => {
    // The base Yjs type is all such a name has (nothing here ever asked for it with a type), so
    // its entries and items are emptied through the Item API every Yjs type is built on.
    for (const [, type] of foreign) {
      for (const item of type._map.values()) if (!item.deleted) item.delete(transaction);
      for (let item = type._start; item; item = item.right) if (!item.deleted) item.delete(transaction);
    }
  }, FOREIGN);
  return true;
}
