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

/** Most places looked at in one search for restricted words, so a crafted change cannot keep main busy. */
const SEARCH_BUDGET = 10_000;

/**
 * Where `words` stand in `plain`, from the left, each next place searched from `step` on from
 * the last; every place looked at is taken from `budget`, shared by one whole search.
 */
function* placesOf(plain: string, words: string, step: number, budget: { left: number }): Generator<number> {
  for (let at = plain.indexOf(words); at >= 0 && budget.left-- > 0; at = plain.indexOf(words, at + step)) yield at;
}

/**
 * The runs of text that were restricted just before `transaction` and are not after it, in the
 * minutes (`inMinutes` says which types are). Read against the document itself, not the chair's
 * last save: a mark the chair made a moment ago, not yet saved, is put back as surely as an old
 * one. Restricted words the transaction deleted are gone and need no mark, but where the same
 * transaction typed the same words afresh without the mark, in any paragraph, even a new one,
 * the new copy is one of the runs too (a modified app's way round the rule).
 *
 * A passage is judged by its words, not by Yjs's items: y-tiptap matches old and new text as
 * plain strings, so a letter typed just before a passage that begins with the same letter takes
 * the old item's place, and the old item loses the mark while the passage itself stays whole
 * and restricted. A passage whose words still stand restricted in its paragraph was not lifted.
 *
 * Must run in 'afterTransaction': until Yjs cleans the transaction up, what it deleted still
 * holds its content. This walks the items of a type (`_start`, `right`), as Yjs's formatting does.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any Yjs type: AbstractType's own parameter
export function liftedRuns(transaction: Y.Transaction, inMinutes: (type: Y.AbstractType<any>) => boolean): LiftedRun[] {
  const runs: LiftedRun[] = [];
  const budget = { left: SEARCH_BUDGET }; // for every search below together
  const lost: { text: string; attrs: unknown }[] = []; // passages whose words no longer stand restricted
  const texts: { type: Y.XmlText; plain: string; fresh: boolean[]; marked: boolean[] }[] = [];
  const existed = (item: Y.Item) => item.id.clock < (transaction.beforeState.get(item.id.client) ?? 0);
  const deletedNow = (item: Y.Item) => item.deleted && existed(item) && Y.isDeleted(transaction.deleteSet, item.id);
  const shownBefore = (item: Y.Item) => existed(item) && (!item.deleted || deletedNow(item));

  const walkText = (type: Y.XmlText) => {
    let was: unknown = null; // the restricted mark in force here before the transaction
    let is: unknown = null; // and after it
    let index = 0; // where the item starts in the text as it is now
    const seen = { type, plain: '', fresh: [] as boolean[], marked: [] as boolean[] };
    // The passages as they stood before, each with the runs of it that lost the mark.
    const passages: { text: string; attrs: unknown; lifted: { index: number; length: number }[] }[] = [];
    let passage: (typeof passages)[number] | null = null;
    for (let item = type._start; item; item = item.right) {
      const content = item.content;
      if (content instanceof Y.ContentFormat) {
        if (content.key !== MARK) continue;
        if (shownBefore(item)) was = content.value;
        if (!item.deleted) is = content.value;
        continue;
      }
      if (!item.countable) continue;
      const piece = content instanceof Y.ContentString ? content.str : '\ufffc'.repeat(item.length);
      if (shownBefore(item)) {
        if (was == null) passage = null;
        else if (passage && JSON.stringify(passage.attrs) === JSON.stringify(was)) passage.text += piece;
        else passages.push((passage = { text: piece, attrs: was, lifted: [] }));
      }
      if (item.deleted) continue;
      seen.plain += piece;
      for (let i = 0; i < item.length; i++) {
        seen.fresh.push(!existed(item));
        seen.marked.push(is != null);
      }
      if (passage && shownBefore(item) && is == null) {
        const last = passage.lifted.at(-1);
        if (last && last.index + last.length === index) last.length += item.length;
        else passage.lifted.push({ index, length: item.length });
      }
      index += item.length;
    }
    texts.push(seen);
    for (const p of passages) {
      if (!p.text.trim() || standsRestricted(seen, p.text, budget)) continue;
      lost.push(p);
      for (const r of p.lifted) runs.push({ start: Y.createRelativePositionFromTypeIndex(type, r.index), length: r.length, attrs: p.attrs });
    }
  };

  /** Every text inside `type`: a paragraph the transaction added or deleted is not in `changed` itself. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  const textsIn = (type: Y.AbstractType<any>, out: Y.XmlText[]) => {
    if (type instanceof Y.XmlText) out.push(type);
    for (let item = type._start; item; item = item.right) if (item.content instanceof Y.ContentType) textsIn(item.content.type, out);
    return out;
  };
  const walked = new Set<Y.XmlText>();
  for (const type of transaction.changed.keys()) {
    if (!inMinutes(type)) continue;
    const inside: Y.XmlText[] = type instanceof Y.XmlText ? [type] : [];
    // Children of a changed element or fragment that this transaction added or deleted, with all they hold.
    for (let item = type._start; item; item = item.right) {
      if (item.content instanceof Y.ContentType && (!existed(item) || deletedNow(item))) textsIn(item.content.type, inside);
    }
    for (const text of inside) {
      if (walked.has(text)) continue;
      walked.add(text);
      walkText(text);
    }
  }

  // Restricted words no longer standing, typed again unmarked by this transaction.
  for (const passage of lost) {
    for (const { type, plain, fresh, marked } of texts) {
      for (const at of placesOf(plain, passage.text, 1, budget)) {
        const end = at + passage.text.length;
        if (!fresh.slice(at, end).every(Boolean) || marked.slice(at, end).every(Boolean)) continue;
        runs.push({ start: Y.createRelativePositionFromTypeIndex(type, at), length: passage.text.length, attrs: passage.attrs });
        marked.fill(true, at, end);
      }
    }
  }
  return runs;
}

/** Whether `words` stand somewhere in the text, every letter of them under the restricted mark. */
function standsRestricted(seen: { plain: string; marked: boolean[] }, words: string, budget: { left: number }): boolean {
  for (const at of placesOf(seen.plain, words, 1, budget)) if (seen.marked.slice(at, at + words.length).every(Boolean)) return true;
  return false;
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
  const budget = { left: SEARCH_BUDGET };
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
        for (const at of placesOf(plain, passage.text, passage.text.length, budget)) {
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
