import type { Schema } from '@tiptap/pm/model';
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { RichNode } from '../../../shared/model';
import { newlinesToHardBreaks } from '../../../shared/collab/hardBreaks';

/**
 * Whether this editor can safely bind to a step's shared minutes (issue #17).
 *
 * tiptap's Yjs binding deletes from the shared document, for both laptops, anything the editor's
 * schema cannot build: a node or mark from a newer Chairside, or an attribute it does not know
 * (dropped the next time the node is edited). Rather than lose the other person's words, the
 * editor does not bind to such minutes: it shows what it can, read-only, with a sentence, and the
 * shared document is left as it is. Returns what is not understood, or null when all is.
 */
export function unsupportedContent(fragment: Y.XmlFragment, schema: Schema): string | null {
  const problems = new Set<string>();
  const visit = (type: Y.XmlElement | Y.XmlText | Y.XmlHook | Y.XmlFragment) => {
    if (type instanceof Y.XmlText) {
      for (const op of type.toDelta() as { insert: unknown; attributes?: Record<string, Record<string, unknown> | null> }[]) {
        if (typeof op.insert !== 'string') problems.add('an embedded object');
        for (const [name, attrs] of Object.entries(op.attributes ?? {})) {
          const mark = schema.marks[name];
          if (!mark) problems.add(`“${name}” formatting`);
          else for (const key of Object.keys(attrs ?? {})) if (!(key in mark.spec.attrs!)) problems.add(`“${key}” on “${name}”`);
        }
      }
      return;
    }
    if (type instanceof Y.XmlElement) {
      const node = schema.nodes[type.nodeName];
      if (!node) problems.add(`“${type.nodeName}”`);
      else for (const key of Object.keys(type.getAttributes())) if (!(key in (node.spec.attrs ?? {}))) problems.add(`“${key}” on “${type.nodeName}”`);
    } else if (type instanceof Y.XmlHook) {
      problems.add('an embedded object');
      return;
    }
    for (const child of type.toArray()) visit(child);
  };
  visit(fragment);
  if (!problems.size) {
    // Known names in an arrangement the schema refuses (a paragraph inside a paragraph, say) are
    // deleted by the binding too.
    try {
      schema.nodeFromJSON(newlinesToHardBreaks(readable(fragment))).check();
    } catch {
      problems.add('content laid out in a way this version does not know');
    }
  }
  return problems.size ? [...problems].join(', ') : null;
}

/** The shared minutes as JSON (no schema needed); an empty fragment reads as an empty document. */
function readable(fragment: Y.XmlFragment): RichNode {
  return fragment.length ? (yXmlFragmentToProsemirrorJSON(fragment) as RichNode) : { type: 'doc', content: [{ type: 'paragraph' }] };
}

/** What this version can show of minutes it cannot bind to: the unknown parts left out. */
export function knownPart(fragment: Y.XmlFragment, schema: Schema, fallback: RichNode): RichNode {
  const clean = (node: RichNode): RichNode | null => {
    const type = schema.nodes[node.type];
    if (node.type !== 'text' && !type) return null;
    const out: RichNode = { type: node.type };
    if (node.text !== undefined) out.text = node.text;
    if (node.attrs && type) out.attrs = Object.fromEntries(Object.entries(node.attrs).filter(([k]) => k in (type.spec.attrs ?? {})));
    if (node.marks) out.marks = node.marks.filter((m) => schema.marks[m.type]).map((m) => ({ type: m.type, ...(m.attrs ? { attrs: Object.fromEntries(Object.entries(m.attrs).filter(([k]) => k in (schema.marks[m.type]!.spec.attrs ?? {}))) } : {}) }));
    if (node.content) out.content = node.content.map(clean).filter((n): n is RichNode => n !== null);
    return out;
  };
  const doc = clean(newlinesToHardBreaks(readable(fragment)));
  try {
    if (doc) {
      schema.nodeFromJSON(doc).check();
      return doc;
    }
  } catch {
    // Not a document this schema can hold even without the unknown parts: show the saved minutes.
  }
  return fallback;
}
