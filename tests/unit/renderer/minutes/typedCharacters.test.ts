// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { minutesEditorSetup } from '../../../../renderer/features/minutes/minutesExtensions';
import { readMinutes } from '../../../../electron/services/collab/minutesFragment';

// A key typed into the minutes goes in as the editor's own change (typedCharacters.ts), not by the
// browser editing the page: jsdom edits nothing itself, so each of these fails without it.

const editors: Editor[] = [];
afterEach(() => {
  for (const e of editors.splice(0)) e.destroy();
  document.body.innerHTML = '';
});

function editor(shared?: { document: Y.Doc; field: string }): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  const setup = minutesEditorSetup({ bridge: null, shared: shared ?? null, saved: { type: 'doc', content: [{ type: 'paragraph' }] } });
  const e = new Editor({ element, extensions: setup.extensions, content: setup.content, injectCSS: false });
  editors.push(e);
  return e;
}

/** A key as the browser fires it on the editor: returns whether the page took it over. */
function press(e: Editor, ch: string, init: KeyboardEventInit = {}): boolean {
  const event = new KeyboardEvent('keypress', { key: ch, charCode: ch.charCodeAt(0), bubbles: true, cancelable: true, ...init });
  e.view.dom.dispatchEvent(event);
  return event.defaultPrevented;
}
const type = (e: Editor, text: string) => [...text].forEach((ch) => press(e, ch));
const lines = (e: Editor) => e.state.doc.content.content.map((p) => p.textContent);

describe('typed characters', () => {
  it('go in at the caret as the editor’s own change, the browser’s insertion prevented', () => {
    const e = editor();
    expect(press(e, 'J')).toBe(true);
    type(e, 'o Hart said ćma, 你好, مرحبا');
    expect(lines(e)).toEqual(['Jo Hart said ćma, 你好, مرحبا']);
    expect(e.state.selection.from).toBe(e.state.doc.content.size - 1);
  });

  it('replace a selection within one paragraph, and keep a mark switched on before typing', () => {
    const e = editor();
    type(e, 'the school said');
    e.commands.setTextSelection({ from: 5, to: 11 });
    type(e, 'nursery');
    expect(lines(e)).toEqual(['the nursery said']);
    e.commands.toggleBold();
    const at = e.state.selection.from;
    type(e, '!');
    expect(lines(e)).toEqual(['the nursery! said']);
    expect(e.state.doc.nodeAt(at)!.marks.map((m) => m.type.name)).toEqual(['bold']);
  });

  it('still run the input rules: "## " starts a heading', () => {
    const e = editor();
    type(e, '## Worries');
    expect(e.state.doc.firstChild!.type.name).toBe('heading');
    expect(lines(e)[0]).toBe('Worries');
  });

  it('are left to the editor’s own handling for Enter, Ctrl shortcuts and a whole selected block', () => {
    const e = editor();
    type(e, 'one');
    expect(press(e, '\r')).toBe(false);
    expect(press(e, 'b', { ctrlKey: true })).toBe(false);
    expect(lines(e)).toEqual(['one']);
    e.commands.insertContent({ type: 'horizontalRule' });
    const rule = e.state.doc.content.content.findIndex((n) => n.type.name === 'horizontalRule');
    if (rule >= 0) {
      let pos = 0;
      for (let i = 0; i < rule; i++) pos += e.state.doc.child(i).nodeSize;
      e.view.dispatch(e.state.tr.setSelection(NodeSelection.create(e.state.doc, pos)));
      press(e, 'x'); // ProseMirror's own path for a node selection: replaced by the letter
      expect(e.state.doc.content.content.some((n) => n.type.name === 'horizontalRule')).toBe(false);
    }
  });

  it('are not typed into read-only minutes', () => {
    const e = editor();
    type(e, 'kept');
    e.setEditable(false);
    expect(press(e, 'x')).toBe(false);
    expect(lines(e)).toEqual(['kept']);
  });

  it('reach the shared document in a session, as typing did through the browser', () => {
    const doc = new Y.Doc();
    const e = editor({ document: doc, field: 'minutes:step-1' });
    type(e, 'Kelly agreed');
    expect(JSON.stringify(readMinutes(doc.getXmlFragment('minutes:step-1')))).toContain('Kelly agreed');
  });
});
