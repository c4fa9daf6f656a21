import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { LINE_BREAK } from '../../../shared/collab/hardBreaks';

/**
 * In the shared minutes a line break is typed as a "\n" character, not a hardBreak node: see
 * shared/collab/hardBreaks.ts for why. Shift+Enter (and a pasted <br>) still make a hardBreak
 * node, which this plugin swaps for "\n" in the same update, before the Yjs binding sees the
 * document. ProseMirror draws a "\n" as a line break (the editor is white-space: pre-wrap) and
 * adds the trailing <br> a line ending in "\n" needs. Changes that came from the other laptop are
 * left alone: converting them here too would make the same edit twice, once on each side.
 */
export const SharedLineBreaks = Extension.create({
  name: 'sharedLineBreaks',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('sharedLineBreaks'),
        appendTransaction(transactions: readonly Transaction[], oldState, state) {
          if (!transactions.some((tr) => tr.docChanged && !tr.getMeta(ySyncPluginKey))) return null;
          // Only the changed stretch is searched, so a key in a long step stays cheap.
          const start = oldState.doc.content.findDiffStart(state.doc.content);
          const end = oldState.doc.content.findDiffEnd(state.doc.content);
          if (start === null || !end) return null;
          const from = Math.min(start, end.b);
          const to = Math.max(start, end.b);
          const breaks: number[] = [];
          state.doc.nodesBetween(from, to, (node, pos) => {
            if (node.type.name === LINE_BREAK) breaks.push(pos);
            return !node.isInline;
          });
          if (!breaks.length) return null;
          const tr = state.tr;
          for (const pos of breaks.reverse()) {
            const node = state.doc.nodeAt(pos)!;
            tr.replaceWith(pos, pos + 1, state.schema.text('\n', node.marks));
          }
          return tr;
        },
      }),
    ];
  },
});
