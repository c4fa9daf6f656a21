import { Mark, type Node as PmNode } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';

// Why a typed character is written into the page's text before the editor's own change goes in.
//
// When ProseMirror draws a change to a text, it sets the whole text of the DOM text node. The
// browser then puts the caret back at the start of that node, so ProseMirror moves it back with
// Selection.collapse, and Chromium lays out the page there and then, inside the key's handler
// (a forced layout: about 0.6 ms a key in a long step of minutes, measured in the app). Then
// it scrolls the caret into view, which measures the caret, which also needs the layout.
//
// Written into the text node with insertData and deleteData instead, the browser moves the caret
// itself (the DOM's rules for ranges in changed text), the editor finds the page as it wants it,
// and leaves both text and caret alone; the layout waits for the frame, once, as a textarea's
// does. Whether the caret needs a scroll is measured in that frame too (keepCaretInViewNextFrame).
//
// This reaches into three parts of ProseMirror's view that are not its public interface (the
// DOM observer's stop and start, the view description on a DOM node, and marking part of the
// document for redrawing); the tests of typed characters in Chromium (minutes-typing.spec.ts)
// fail if any of them changes.

interface TextDesc {
  node?: PmNode;
  nodeDOM?: globalThis.Node;
}
interface ViewInternals {
  domObserver?: { stop(): void; start(): void };
  docView?: { markDirty(from: number, to: number): void };
}
const internals = (view: EditorView) => view as unknown as ViewInternals;
const descOf = (node: globalThis.Node): TextDesc | undefined => (node as unknown as { pmViewDesc?: TextDesc }).pmViewDesc;

/** What was written ahead, to be checked once the editor has drawn its change. */
export interface WrittenAhead {
  check(): void;
}

/**
 * Writes `text` into the DOM text node at the caret, where `pos` is, with the caret moved on past
 * it; null when the caret is anywhere else (the start of a text, beside a speaker chip, an
 * element, a mark that will not carry on, a selection). The editor's transaction must follow at
 * once, and `check()` after it.
 */
export function writeAheadInText(view: EditorView, pos: number, text: string): WrittenAhead | null {
  const { state } = view;
  const observer = internals(view).domObserver;
  if (!observer || state.storedMarks || view.composing || !view.hasFocus()) return null;
  const dom = view.dom.ownerDocument.getSelection();
  if (!dom) return null;
  const textNode = dom.focusNode;
  const offset = dom.focusOffset;
  // The text before the caret must be in this node: the first step below copies its last letter.
  if (!textNode || textNode.nodeType !== 3 || dom.anchorNode !== textNode || dom.anchorOffset !== offset || offset < 1) return null;
  const desc = descOf(textNode);
  const node = desc?.node;
  const textData = textNode as CharacterData;
  if (!node?.isText || desc?.nodeDOM !== textNode || node.text !== textData.data) return null;
  if (view.posAtDOM(textNode, offset) !== pos) return null;
  // The new letter takes the marks of the text before it (no mark ends or starts here).
  if (!Mark.sameSet(state.doc.resolve(pos).marks(), node.marks)) return null;

  const before = textData.data;
  // ProseMirror would read these two writes back as typing; it stops watching, as it does for its own.
  observer.stop();
  try {
    // Inserting at the caret would leave the caret before the letter: insert the letter with a
    // copy of the one before the caret, just before the caret, which carries the caret past both,
    // then delete the copy, which leaves the caret just after the new letter.
    textData.insertData(offset - 1, before[offset - 1]! + text);
    textData.deleteData(offset + text.length, 1);
  } finally {
    observer.start();
  }
  return {
    check() {
      // The editor drew its change over this text node and found it as it wanted it (the normal
      // case), rewrote it, or replaced it. Anything else would leave the page showing a letter
      // the minutes do not hold: have the editor draw this block afresh from its document.
      const now = descOf(textNode)?.node;
      if (!textNode.isConnected || (now?.isText && now.text === textData.data)) return;
      const $pos = view.state.doc.resolve(Math.min(pos, view.state.doc.content.size));
      const [from, to] = $pos.depth > 0 ? [$pos.before(1), $pos.after(1)] : [0, view.state.doc.content.size];
      internals(view).docView?.markDirty(from, to);
      view.updateState(view.state);
    },
  };
}

/** Views with a check already asked for in the coming frame. */
const checking = new WeakSet<EditorView>();

/**
 * Keeps the caret on screen after typed characters, measured in the next frame rather than in the
 * key's handler. Measuring the caret needs the page laid out. With the letter just written in,
 * that is a layout forced inside the handler (about 1.5 ms a key at 30,000 words, in a trace of
 * the typing bench); in the frame it is the layout the frame has to do anyway. Before, the caret
 * was measured before the change and the scroll asked for when there was no room for one more
 * line: typing at the end of the minutes, where the caret sits on the last line the window
 * shows, asked for it on every key, and ProseMirror then measured inside the handler.
 * Several keys before one frame share one check. The scroll itself is ProseMirror's own
 * (scrollIntoView), asked for only when the caret is outside what the window and every clipping
 * ancestor show, which is also where ProseMirror's own check would scroll.
 */
export function keepCaretInViewNextFrame(view: EditorView): void {
  const win = view.dom.ownerDocument.defaultView;
  if (!win?.requestAnimationFrame || checking.has(view)) return;
  checking.add(view);
  win.requestAnimationFrame(() => {
    checking.delete(view);
    if (view.isDestroyed || !view.hasFocus() || !view.state.selection.empty) return;
    if (!caretInView(view, view.state.selection.head)) view.dispatch(view.state.tr.scrollIntoView());
  });
}

/** Whether the caret at `pos` is inside the window and inside every ancestor that clips it. */
export function caretInView(view: EditorView, pos: number): boolean {
  let caret: { top: number; bottom: number; left: number; right: number };
  try {
    caret = view.coordsAtPos(pos);
  } catch {
    return false;
  }
  const doc = view.dom.ownerDocument;
  const win = doc.defaultView;
  if (!win) return false;
  const holds = (b: { top: number; bottom: number; left: number; right: number }) => caret.top >= b.top && caret.bottom <= b.bottom && caret.left >= b.left && caret.right <= b.right;
  if (!holds({ top: 0, left: 0, bottom: doc.documentElement.clientHeight, right: doc.documentElement.clientWidth })) return false;
  for (let el = view.dom.parentElement; el && el !== doc.body && el !== doc.documentElement; el = el.parentElement) {
    const style = win.getComputedStyle(el);
    if (/^(fixed|sticky)$/.test(style.position)) return false; // ProseMirror's own walk stops here: leave it to that.
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const r = el.getBoundingClientRect();
    if (!holds({ top: r.top, bottom: r.top + el.clientHeight, left: r.left, right: r.left + el.clientWidth })) return false;
  }
  return true;
}
