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
