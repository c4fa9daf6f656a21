import * as Y from 'yjs';
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { emptyDoc, type RichNode } from '../../../shared/model';
import { hardBreaksToNewlines, newlinesToHardBreaks } from '../../../shared/collab/hardBreaks';

/**
 * One step's minutes to and from the XML fragment tiptap's collaboration extension edits.
 *
 * Main seeds the shared document from the saved record, and main has no editor schema (the
 * editor's nodes live in the renderer, with their views), so the seeding writes the same layout
 * y-tiptap writes from a schema: an element per node with its non-null attributes, and each run
 * of text nodes as one text with its marks as attributes. A test holds it equal to y-tiptap's own
 * conversion with the editor's real schema. A line break is a "\n" in the text there, not a node
 * (shared/collab/hardBreaks.ts says why); the saved minutes keep their hardBreak nodes.
 */
export function writeMinutes(fragment: Y.XmlFragment, doc: RichNode): void {
  if (fragment.length) fragment.delete(0, fragment.length);
  fragment.insert(0, childrenOf(hardBreaksToNewlines(doc).content ?? []));
}

/** Add `nodes` (top-level blocks) after what the fragment holds. */
export function appendMinutes(fragment: Y.XmlFragment, nodes: readonly RichNode[]): void {
  fragment.insert(fragment.length, childrenOf(nodes));
}

/** The step's minutes as stored JSON; an empty fragment reads as an empty document. */
export function readMinutes(fragment: Y.XmlFragment): RichNode {
  if (!fragment.length) return emptyDoc();
  return withoutEmptyMarkAttrs(newlinesToHardBreaks(yXmlFragmentToProsemirrorJSON(fragment) as RichNode));
}

/**
 * y-tiptap reads every mark back with an `attrs` object, empty for bold or italic; the editor
 * writes none there. Without this a saved bold word never read back the same, so every session
 * began by saving the record again unchanged.
 */
function withoutEmptyMarkAttrs(node: RichNode): RichNode {
  const marks = node.marks?.map((m) => (m.attrs && Object.keys(m.attrs).length === 0 ? { type: m.type } : m));
  const content = node.content?.map(withoutEmptyMarkAttrs);
  return { ...node, ...(marks ? { marks } : {}), ...(content ? { content } : {}) };
}

function childrenOf(content: readonly RichNode[]): (Y.XmlElement | Y.XmlText)[] {
  const out: (Y.XmlElement | Y.XmlText)[] = [];
  let run: RichNode[] = [];
  const endRun = () => {
    if (!run.length) return;
    const text = new Y.XmlText();
    text.applyDelta(run.map((node) => ({ insert: node.text ?? '', attributes: Object.fromEntries((node.marks ?? []).map((m) => [m.type, m.attrs ?? {}])) })));
    out.push(text);
    run = [];
  };
  for (const node of content) {
    if (node.type === 'text') {
      if (node.text) run.push(node);
      continue;
    }
    endRun();
    const element = new Y.XmlElement(node.type);
    for (const [key, value] of Object.entries(node.attrs ?? {})) if (value !== null) element.setAttribute(key, value as string);
    element.insert(0, childrenOf(node.content ?? []));
    out.push(element);
  }
  endRun();
  return out;
}
