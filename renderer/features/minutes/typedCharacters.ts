import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { keepCaretInViewNextFrame, writeAheadInText, type WrittenAhead } from './typedCharacterDom';

/**
 * A printable key typed into the minutes goes in as the editor's own transaction, not through the
 * browser's editing of the page. ProseMirror otherwise lets Chromium insert the character into the
 * contenteditable, then reads the changed DOM back: Chromium's editing of a long step costs several
 * milliseconds a key by itself (the typing bench), more than the editor's own work. Composition
 * (IME, dead keys) never reaches here: the browser keeps it, and ProseMirror reads it as before.
 * Input rules (handleTextInput) still see the character, as they do for typed text.
 *
 * A plain character typed into the middle or end of some text also goes into the page's text
 * first, so the caret moves with it, and the editor then finds the page already as it wants it
 * (typedCharacterDom.ts says why: no layout is forced while the key is handled).
 */
export function insertTypedCharacter(view: EditorView, event: KeyboardEvent): boolean {
  // ProseMirror has already left out composition, keys without a character and shortcuts with
  // Ctrl or ⌘ (AltGr, which is Ctrl+Alt on Windows, still types).
  if (!view.editable || event.defaultPrevented || event.charCode < 32) return false;
  // Anything but a caret or a range within one paragraph ProseMirror types over itself already.
  const selection = view.state.selection;
  if (!(selection instanceof TextSelection) || !selection.$from.sameParent(selection.$to)) return false;
  const text = String.fromCharCode(event.charCode);
  const { from, to } = selection;
  // Typing over a selection scrolls at once, as ProseMirror would; a caret is checked in the next
  // frame, where measuring it forces no extra layout (keepCaretInViewNextFrame).
  const insert = () => {
    const tr = view.state.tr.insertText(text, from, to);
    return from === to ? tr : tr.scrollIntoView();
  };
  // An input rule ("## " makes a heading) writes its own change: the page is left to the editor.
  if (view.someProp('handleTextInput', (f) => f(view, from, to, text, insert))) {
    keepCaretInViewNextFrame(view);
    return true;
  }
  const written: WrittenAhead | null = from === to ? writeAheadInText(view, from, text) : null;
  try {
    view.dispatch(insert());
  } finally {
    // Even when a plugin throws mid-dispatch, the page must not keep a letter the minutes lack.
    written?.check();
  }
  if (from === to) keepCaretInViewNextFrame(view);
  return true;
}

/**
 * Takes in a caret the browser has moved but not yet reported (End, an arrow key, a click): the
 * browser tells the page with a "selectionchange" event, a task that a key pressed straight after
 * can overtake. ProseMirror's DOM observer is how it reads the browser's selection; its flush does
 * nothing when there is nothing new.
 */
export function takeInBrowserSelection(view: EditorView): void {
  if (view.composing || !view.hasFocus()) return;
  (view as unknown as { domObserver?: { flush(): void } }).domObserver?.flush();
}

export const TypedCharacters = Extension.create({
  name: 'typedCharacters',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('typedCharacters'),
        props: {
          // Before any key is handled (shortcuts, Shift+Enter, a typed character): it acts where
          // the caret is on screen. Shift+Enter pressed just after End and an arrow went in at
          // the caret's place before End, now and then (the shared minutes' line-break test).
          handleDOMEvents: {
            keydown: (view, event) => {
              if (!event.isComposing && event.keyCode !== 229) takeInBrowserSelection(view);
              return false;
            },
          },
          handleKeyPress: insertTypedCharacter,
        },
      }),
    ];
  },
});
