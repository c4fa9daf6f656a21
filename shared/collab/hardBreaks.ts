import type { RichNode } from '../model';

/**
 * Line breaks within a paragraph (Shift+Enter) in the shared minutes (issue #17).
 *
 * Saved minutes hold a break as a `hardBreak` node, as tiptap writes it. In the shared document a
 * break is a "\n" in the paragraph's text instead: tiptap's Yjs binding keeps each run of text
 * between inline nodes as its own Yjs text, so a break typed into the middle of a line split that
 * text in two by deleting its tail and writing it afresh, and words the other person was typing
 * into that tail at the same moment were lost, moved or doubled. As a character, a break merges
 * letter by letter like any other. These two functions convert at the boundary (seeding the shared
 * document, and saving from it); the minutes editor turns a break into "\n" as it is typed.
 */
export const LINE_BREAK = 'hardBreak';

/** Saved form to shared form: each hardBreak becomes a "\n" text carrying the same marks. */
export function hardBreaksToNewlines(node: RichNode): RichNode {
  if (!node.content) return node;
  return {
    ...node,
    content: node.content.map((child) =>
      child.type === LINE_BREAK ? { type: 'text', text: '\n', ...(child.marks?.length ? { marks: child.marks } : {}) } : hardBreaksToNewlines(child),
    ),
  };
}

/** Shared form to saved form: a text holding "\n" is split into texts and hardBreak nodes. */
export function newlinesToHardBreaks(node: RichNode): RichNode {
  if (!node.content) return node;
  let touched = false;
  const content: RichNode[] = [];
  for (const child of node.content) {
    if (child.type === 'text' && child.text?.includes('\n')) {
      touched = true;
      child.text.split('\n').forEach((part, i) => {
        if (i > 0) content.push({ type: LINE_BREAK });
        if (part) content.push({ ...child, text: part });
      });
      continue;
    }
    const next = newlinesToHardBreaks(child);
    if (next !== child) touched = true;
    content.push(next);
  }
  return touched ? { ...node, content } : node;
}
