import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, Selection, TextSelection, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** The class on the top-level blocks that hold the ends of the selection (see minutes.css). */
const CARET_BLOCK_CLASS = 'cs-caret-block';

/** The top-level blocks holding each end of the selection, marked so they are always laid out. */
export function caretBlockDecorations(state: EditorState): DecorationSet {
  const { $from, $to } = state.selection;
  const decorations: Decoration[] = [];
  for (const $end of $from.depth && $to.depth && $from.index(0) === $to.index(0) ? [$from] : [$from, $to]) {
    // Depth 0: a whole top-level block is selected (a live data panel); typing replaces it with a
    // new paragraph, which is then the caret's block and marked.
    if ($end.depth === 0) continue;
    const start = $end.before(1);
    decorations.push(Decoration.node(start, start + $end.node(1).nodeSize, { class: CARET_BLOCK_CLASS }));
  }
  return DecorationSet.create(state.doc, decorations);
}

/**
 * Blocks of the minutes skip layout while off screen (content-visibility: auto in minutes.css),
 * which keeps typing quick in a long step. Chromium decides what is off screen only at the next
 * frame, so a paragraph made by Enter is skipped for its first frame, and a key pressed within it
 * (a fast typist's next key) went in with the caret left before it: "@DC Tom" came out "DC Tom@".
 * The block with the caret is marked here in the same update that makes it, and is always laid
 * out.
 */
export const CaretBlock = Extension.create({
  name: 'caretBlock',
  /**
   * Ctrl+Home/End (with Shift, selecting) move the caret in the editor's own state, in the same
   * update that marks the new block, rather than leaving it to the browser: the far end of a long
   * step is not laid out, and Chromium's own jump there put a key pressed straight after it at
   * the start of the last paragraph, or at the old caret, until the next frame.
   */
  addKeyboardShortcuts() {
    const jump = (toEnd: boolean, extend: boolean) => () =>
      this.editor.commands.command(({ tr, dispatch }) => {
        const target = toEnd ? Selection.atEnd(tr.doc) : Selection.atStart(tr.doc);
        if (dispatch) tr.setSelection(extend ? TextSelection.create(tr.doc, tr.selection.anchor, target.head) : target).scrollIntoView();
        return true;
      });
    return { 'Mod-End': jump(true, false), 'Mod-Home': jump(false, false), 'Shift-Mod-End': jump(true, true), 'Shift-Mod-Home': jump(false, true) };
  },
  addProseMirrorPlugins() {
    return [new Plugin({ key: new PluginKey('caretBlock'), props: { decorations: caretBlockDecorations } })];
  },
});
