import * as Y from 'yjs';
import type { RichNode } from '../../../shared/model';

/**
 * Restricted passages in the minutes, kept restricted when the minute-taker's laptop lifts them
 * (issue #17; shared/collab/roles.ts keeps the same rule for the rest of the record). The family
 * copy leaves out restricted text, so a lifted mark would put it in front of the family: in a
 * session only the chair lifts one.
 *
 * In the shared document a mark is a formatting attribute of the text (y-tiptap's layout), so
 * lifting it either deletes the attribute that opened it or inserts one that ends it early.
 */
const MARK = 'restricted';

/** Whether `transaction` lifted a restricted mark anywhere: what to look at after it, else nothing. */
export function liftsRestriction(transaction: Y.Transaction): boolean {
  let lifted = false;
  Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
    if (struct instanceof Y.Item && struct.content instanceof Y.ContentFormat && struct.content.key === MARK && struct.content.value !== null) lifted = true;
  });
  if (lifted) return true;
  const store = transaction.doc.store.clients;
  for (const [client, after] of transaction.afterState) {
    const before = transaction.beforeState.get(client) ?? 0;
    const structs = store.get(client);
    if (!structs || after <= before) continue;
    for (let i = Y.findIndexSS(structs, before); i < structs.length && structs[i]!.id.clock < after; i++) {
      const struct = structs[i]!;
      if (struct instanceof Y.Item && struct.content instanceof Y.ContentFormat && struct.content.key === MARK && struct.content.value === null) return true;
    }
  }
  return false;
}

/** A run of text the other app's transaction lifted a restricted mark from, held by position. */
export interface LiftedRun {
  start: Y.RelativePosition;
  length: number;
  attrs: unknown;
}

/**
 * The runs of text that were restricted just before `transaction` and are not after it, in the
 * texts it changed that `inMinutes` accepts. Read against the document itself, not the chair's
 * last save: a mark the chair made a moment ago, not yet saved, is put back as surely as an old
 * one. Text the transaction deleted is gone and needs no mark, but where the same transaction
 * deleted restricted words and typed the same words afresh without the mark, the new copy is
 * one of the runs too (a modified app's way round the rule). Other text it inserted was never
 * marked.
 *
 * Must run in 'afterTransaction': until Yjs cleans the transaction up, what it deleted still
 * holds its content. This walks a text's items (`_start`, `right`), as Yjs's own formatting does.
 */
export function liftedRuns(transaction: Y.Transaction, inMinutes: (text: Y.XmlText) => boolean): LiftedRun[] {
  const runs: LiftedRun[] = [];
  const gone: { text: string; attrs: unknown }[] = [];
  const texts: { type: Y.XmlText; plain: string; fresh: boolean[]; marked: boolean[] }[] = [];
  const existed = (item: Y.Item) => item.id.clock < (transaction.beforeState.get(item.id.client) ?? 0);
  const deletedNow = (item: Y.Item) => item.deleted && Y.isDeleted(transaction.deleteSet, item.id);
  const shownBefore = (item: Y.Item) => existed(item) && (!item.deleted || deletedNow(item));
  for (const type of transaction.changed.keys()) {
    if (!(type instanceof Y.XmlText) || !inMinutes(type)) continue;
    let was: unknown = null; // the restricted mark in force here before the transaction
    let is: unknown = null; // and after it
    let index = 0; // where the item starts in the text as it is now
    let run: { index: number; length: number; attrs: unknown } | null = null;
    let deleted: { text: string; attrs: unknown } | null = null;
    const seen = { type, plain: '', fresh: [] as boolean[], marked: [] as boolean[] };
    const end = () => {
      if (run) runs.push({ start: Y.createRelativePositionFromTypeIndex(type, run.index), length: run.length, attrs: run.attrs });
      run = null;
    };
    for (let item = type._start; item; item = item.right) {
      const content = item.content;
      if (content instanceof Y.ContentFormat) {
        if (content.key !== MARK) continue;
        if (shownBefore(item)) was = content.value;
        if (!item.deleted) is = content.value;
        continue;
      }
      if (!item.countable) continue;
      if (item.deleted) {
        // Restricted words this transaction deleted, one passage for each unbroken stretch of them.
        if (deletedNow(item) && was != null && content instanceof Y.ContentString) {
          if (deleted && JSON.stringify(deleted.attrs) === JSON.stringify(was)) deleted.text += content.str;
          else gone.push((deleted = { text: content.str, attrs: was }));
        }
        continue;
      }
      deleted = null;
      const piece = content instanceof Y.ContentString ? content.str : '\ufffc'.repeat(item.length);
      seen.plain += piece;
      for (let i = 0; i < item.length; i++) {
        seen.fresh.push(!existed(item));
        seen.marked.push(is != null);
      }
      if (shownBefore(item) && was != null && is == null) {
        if (run && run.index + run.length === index && JSON.stringify(run.attrs) === JSON.stringify(was)) run.length += item.length;
        else {
          end();
          run = { index, length: item.length, attrs: was };
        }
      } else end();
      index += item.length;
    }
    end();
    texts.push(seen);
  }
  // Deleted restricted words typed again, unmarked, by the same transaction.
  for (const passage of gone.filter((g) => g.text.trim().length > 0)) {
    for (const { type, plain, fresh, marked } of texts) {
      for (let at = plain.indexOf(passage.text); at >= 0; at = plain.indexOf(passage.text, at + 1)) {
        const span = (flags: boolean[]) => flags.slice(at, at + passage.text.length);
        if (!span(fresh).every(Boolean) || span(marked).every(Boolean)) continue;
        runs.push({ start: Y.createRelativePositionFromTypeIndex(type, at), length: passage.text.length, attrs: passage.attrs });
        marked.fill(true, at, at + passage.text.length);
      }
    }
  }
  return runs;
}

/** Marks each run restricted again, where it now stands. Returns how many were marked. */
export function markRunsAgain(doc: Y.Doc, runs: LiftedRun[]): number {
  let marked = 0;
  for (const run of runs) {
    const at = Y.createAbsolutePositionFromRelativePosition(run.start, doc);
    if (!(at?.type instanceof Y.XmlText)) continue;
    at.type.format(at.index, Math.min(run.length, at.type.length - at.index), { [MARK]: run.attrs });
    marked++;
  }
  return marked;
}

interface Passage {
  text: string;
  attrs: Record<string, unknown>;
}

/** The restricted passages of a step's saved minutes: each run of text under one restricted mark. */
export function restrictedPassages(doc: RichNode): Passage[] {
  const out: Passage[] = [];
  const walk = (node: RichNode) => {
    let run: Passage | null = null;
    for (const child of node.content ?? []) {
      const mark = child.type === 'text' ? child.marks?.find((m) => m.type === MARK) : undefined;
      if (mark && child.text) {
        const attrs = mark.attrs ?? {};
        if (run && JSON.stringify(run.attrs) === JSON.stringify(attrs)) run.text += child.text;
        else out.push((run = { text: child.text, attrs }));
        continue;
      }
      run = null;
      if (child.type !== 'text') walk(child);
    }
  };
  walk(doc);
  return out.filter((p) => p.text.trim().length > 0);
}

/**
 * Mark again, in `fragment`, every passage restricted in `saved` whose words are there without
 * the mark (a passage deleted altogether is gone, and no one can show it). Returns how many.
 */
export function keepRestricted(fragment: Y.XmlFragment, saved: RichNode, origin: unknown): number {
  const passages = restrictedPassages(saved);
  if (!passages.length) return 0;
  let restored = 0;
  const texts: Y.XmlText[] = [];
  const collect = (type: Y.XmlFragment | Y.XmlElement) => {
    for (const child of type.toArray()) {
      if (child instanceof Y.XmlText) texts.push(child);
      else if (child instanceof Y.XmlElement) collect(child);
    }
  };
  collect(fragment);
  fragment.doc!.transact(() => {
    for (const text of texts) {
      let plain = '';
      const marked: boolean[] = [];
      for (const op of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
        // Anything not a string counts one place in the text's positions, as Yjs counts it.
        const piece = typeof op.insert === 'string' ? op.insert : '\ufffc';
        plain += piece;
        for (let i = 0; i < piece.length; i++) marked.push(op.attributes?.[MARK] != null);
      }
      for (const passage of passages) {
        for (let at = plain.indexOf(passage.text); at >= 0; at = plain.indexOf(passage.text, at + passage.text.length)) {
          if (marked.slice(at, at + passage.text.length).every(Boolean)) continue;
          text.format(at, passage.text.length, { [MARK]: passage.attrs });
          marked.fill(true, at, at + passage.text.length);
          restored++;
        }
      }
    }
  }, origin);
  return restored;
}
