// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Editor, Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import { minutesEditorSetup } from '../../../../renderer/features/minutes/minutesExtensions';

// A letter typed into existing text is written into the page's text first, with the caret moved
// on by the DOM's own rules, so the editor neither rewrites the text nor sets the caret again
// (typedCharacterDom.ts). jsdom keeps a selection and moves it as Chromium does for these writes;
// the same is checked in Chromium by tests/e2e/minutes-typing.spec.ts.

const editors: Editor[] = [];
let refuseEdits = false;
beforeEach(() => {
  refuseEdits = false;
  // jsdom lays nothing out: the caret is measured on a made-up line, and scrolling does nothing.
  const rects = () => [{ top: 10, bottom: 30, left: 10, right: 12, width: 2, height: 20, x: 10, y: 10 }];
  Object.assign(Range.prototype, { getClientRects: rects, getBoundingClientRect: () => rects()[0] });
  Object.assign(Element.prototype, { getClientRects: rects });
  window.scrollBy = () => undefined;
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const e of editors.splice(0)) e.destroy();
  document.body.innerHTML = '';
});

// A plugin that can refuse every change to the document, as a guard might.
const Refusing = Extension.create({
  name: 'refusing',
  addProseMirrorPlugins: () => [new Plugin({ filterTransaction: (tr) => !(refuseEdits && tr.docChanged) })],
});

function editor(text: string): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  const setup = minutesEditorSetup({ bridge: null, saved: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } });
  const e = new Editor({
    element,
    extensions: [...setup.extensions, Refusing],
    content: setup.content,
    injectCSS: false,
    // jsdom focuses only elements with a tab index.
    editorProps: { attributes: { tabindex: '0' } },
  });
  editors.push(e);
  e.view.focus();
  return e;
}

function press(e: Editor, ch: string) {
  e.view.dom.dispatchEvent(new KeyboardEvent('keypress', { key: ch, charCode: ch.charCodeAt(0), bubbles: true, cancelable: true }));
}
const shownText = (e: Editor) => e.view.dom.querySelector('p')!.textContent;
const caretInPage = () => ({ node: getSelection()!.focusNode?.textContent, offset: getSelection()!.focusOffset });

describe('a letter typed into existing text', () => {
  it('goes into the page’s text with the caret after it, and the editor sets neither again', () => {
    const e = editor('Kelly said the bus route changed');
    e.commands.setTextSelection(1 + 'Kelly said the bus'.length);
    const textNode = e.view.dom.querySelector('p')!.firstChild;
    const collapse = vi.spyOn(Selection.prototype, 'collapse');
    for (const ch of ' 42') press(e, ch);
    expect(e.state.doc.textContent).toBe('Kelly said the bus 42 route changed');
    expect(shownText(e)).toBe(e.state.doc.textContent);
    // The same DOM text node, never rewritten or replaced, and the caret never set by hand.
    expect(e.view.dom.querySelector('p')!.firstChild).toBe(textNode);
    expect(collapse).not.toHaveBeenCalled();
    expect(caretInPage()).toEqual({ node: e.state.doc.textContent, offset: 'Kelly said the bus 42'.length });
    expect(e.state.selection.from).toBe(1 + 'Kelly said the bus 42'.length);
  });

  it('is left to the editor where it would not belong to that text: bold switched on first', () => {
    const e = editor('Noted');
    e.commands.setTextSelection(6);
    e.commands.toggleBold();
    press(e, '!');
    expect(e.state.doc.firstChild!.lastChild!.marks.map((m) => m.type.name)).toEqual(['bold']);
    expect(shownText(e)).toBe('Noted!');
    expect(e.view.dom.querySelector('strong')!.textContent).toBe('!');
  });

  it('never stays on the page when the editor refuses the change', () => {
    const e = editor('Grandma helps');
    e.commands.setTextSelection(1 + 'Grandma'.length);
    refuseEdits = true;
    press(e, 'x');
    expect(e.state.doc.textContent).toBe('Grandma helps');
    expect(shownText(e)).toBe('Grandma helps');
    refuseEdits = false;
    press(e, 's');
    expect(e.state.doc.textContent).toBe('Grandmas helps');
    expect(shownText(e)).toBe('Grandmas helps');
  });
});
