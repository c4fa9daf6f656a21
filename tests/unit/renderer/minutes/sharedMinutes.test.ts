// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { Editor } from '@tiptap/core';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { minutesEditorSetup } from '../../../../renderer/features/minutes/minutesExtensions';
import { readMinutes, writeMinutes } from '../../../../electron/services/collab/minutesFragment';
import type { RichNode } from '../../../../shared/model';

// The known issues of tiptap's Yjs binding, checked on the minutes editor's own setup (issue #17):
// two editors, each bound to its own replica, the replicas passing updates to each other as the
// two laptops do (minus the wire). No browser: jsdom gives the editors their DOM.

const FIELD = 'minutes:step-1';
const editors: Editor[] = [];

/** Two replicas that pass each update on at once, or hold them back while "apart". */
function pair() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  let linked = true;
  const held: [Y.Doc, Uint8Array][] = [];
  const send = (to: Y.Doc, from: Y.Doc) => (u: Uint8Array, origin: unknown) => {
    if (origin === from) return;
    if (linked) Y.applyUpdate(to, u, from);
    else held.push([to, u]);
  };
  a.on('update', send(b, a));
  b.on('update', send(a, b));
  return {
    a,
    b,
    apart: () => (linked = false),
    together: () => {
      linked = true;
      for (const [to, u] of held.splice(0)) Y.applyUpdate(to, u, to === a ? b : a);
    },
  };
}

/** Each side's caret, passed to the other as main relays awareness. */
function carets(a: Y.Doc, b: Y.Doc): [Awareness, Awareness] {
  const aa = new Awareness(a);
  const ab = new Awareness(b);
  aa.setLocalStateField('user', { name: 'Chair', role: 'chair' });
  ab.setLocalStateField('user', { name: 'Minute-taker', role: 'minute-taker' });
  const relay = (from: Awareness, to: Awareness) => (changes: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    if (origin === 'relay') return;
    applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [...changes.added, ...changes.updated, ...changes.removed]), 'relay');
  };
  aa.on('update', relay(aa, ab));
  ab.on('update', relay(ab, aa));
  return [aa, ab];
}

function editorOn(doc: Y.Doc, awareness?: Awareness): Editor & { unsupported: string | null } {
  const element = document.createElement('div');
  document.body.append(element);
  const setup = minutesEditorSetup({ bridge: null, shared: { document: doc, field: FIELD, awareness }, saved: { type: 'doc', content: [{ type: 'paragraph' }] } });
  const editor = new Editor({ element, extensions: setup.extensions, content: setup.content, editable: !setup.unsupported, injectCSS: false });
  editors.push(editor);
  return Object.assign(editor, { unsupported: setup.unsupported });
}

/** The shared document's minutes as this version reads them (what both laptops hold). */
const readSharedOn = (doc: Y.Doc) => readMinutes(doc.getXmlFragment(FIELD));

/** Each paragraph's text, a line break shown as "/". */
const lines = (e: Editor) => e.state.doc.content.content.map((p) => p.textBetween(0, p.content.size, '', (n) => (n.type.name === 'hardBreak' ? '/' : '')).replaceAll('\n', '/'));

afterEach(() => {
  for (const e of editors.splice(0)) e.destroy();
  document.body.innerHTML = '';
});

describe('undo after the other person deletes', () => {
  it('does not bring back words the other person deleted around something undone here', () => {
    const { a: da, b: db } = pair();
    const a = editorOn(da);
    const b = editorOn(db);
    b.commands.insertContent('one two three four five');
    // A replaces "two" with "TWO"…
    a.commands.setTextSelection({ from: 5, to: 9 });
    a.commands.deleteSelection();
    a.commands.insertContent('TWO ');
    expect(lines(b)).toEqual(['one TWO three four five']);
    // …then B deletes "one TWO three ", and A presses undo.
    b.commands.setTextSelection({ from: 1, to: 15 });
    b.commands.deleteSelection();
    expect(lines(a)).toEqual(['four five']);
    expect(() => a.commands.undo()).not.toThrow();
    // Undo here takes out what A typed (gone already) and does not put back "two", which B deleted
    // with everything around it: B's deletion stands. (Yjs alone gave "wo tfour five".)
    expect(lines(a)).toEqual(['four five']);
    expect(lines(b)).toEqual(lines(a));
  });

  it('still puts back what this person deleted when the words around it are still there', () => {
    const { a: da, b: db } = pair();
    const a = editorOn(da);
    const b = editorOn(db);
    b.commands.insertContent('one two three four five');
    a.commands.setTextSelection({ from: 5, to: 9 });
    a.commands.deleteSelection();
    // B deletes elsewhere: "five".
    b.commands.setTextSelection({ from: 15, to: 20 });
    b.commands.deleteSelection();
    a.commands.undo();
    expect(lines(a)).toEqual(['one two three four']);
    expect(lines(b)).toEqual(lines(a));
  });

  it('undoes only this person’s typing, keeps the other’s, and never throws when the other deletes across paragraphs', () => {
    const { a: da, b: db } = pair();
    const a = editorOn(da);
    const b = editorOn(db);
    b.commands.insertContent('Chair opened the meeting.');
    a.commands.focus('end');
    a.commands.splitBlock();
    a.commands.insertContent('Mother said the school');
    // B deletes from "opened" to "said", joining the paragraphs.
    b.commands.setTextSelection({ from: 7, to: 39 });
    b.commands.deleteSelection();
    expect(lines(a)).toEqual(['Chair  the school']);
    expect(() => a.commands.undo()).not.toThrow();
    // B's deletion stands and B's own "Chair" stays. A's " the school" is now in B's paragraph:
    // the binding wrote it afresh (as B's) when B joined the paragraphs, so it is no longer A's
    // to undo. A limit of the binding, recorded here: nothing of B's is lost or brought back.
    expect(lines(a)[0]).toMatch(/^Chair /);
    expect(lines(a).join('')).not.toMatch(/opened|Mother/);
    expect(lines(b)).toEqual(lines(a));
    expect(() => a.commands.redo()).not.toThrow();
    expect(lines(b)).toEqual(lines(a));
  });

  it('never throws when the other person clears the whole step, and the clearing stands', () => {
    const { a: da, b: db } = pair();
    const a = editorOn(da);
    const b = editorOn(db);
    a.commands.insertContent('<p>one</p><p>two</p><ul><li><p>three</p></li></ul>');
    b.commands.selectAll();
    b.commands.deleteSelection();
    expect(() => a.commands.undo()).not.toThrow();
    expect(lines(a)).toEqual(['']);
    b.commands.insertContent('fresh');
    expect(() => a.commands.undo()).not.toThrow();
    expect(lines(a)).toEqual(['fresh']);
    expect(lines(b)).toEqual(lines(a));
  });
});

describe('minutes holding something this version does not know', () => {
  function futureFragment(doc: Y.Doc) {
    const fragment = doc.getXmlFragment(FIELD);
    const known = new Y.XmlElement('paragraph');
    const knownText = new Y.XmlText();
    knownText.insert(0, 'Known words');
    known.insert(0, [knownText]);
    const future = new Y.XmlElement('futureNode');
    future.setAttribute('kind', 'signature');
    const inner = new Y.XmlText();
    inner.insert(0, 'Signed by the chair');
    future.insert(0, [inner]);
    const marked = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    text.insert(0, 'plain ');
    text.insert(6, 'highlighted', { futureMark: {} });
    marked.insert(0, [text]);
    fragment.insert(0, [known, future, marked]);
    return fragment;
  }

  it('leaves the shared document untouched, shows the known part read-only and says why', () => {
    const doc = new Y.Doc();
    const fragment = futureFragment(doc);
    const before = fragment.toString();
    const editor = editorOn(doc);
    // Bound as it was, the binding deleted <futureNode> and the whole highlighted paragraph.
    expect(fragment.toString()).toBe(before);
    expect(editor.unsupported).toContain('futureNode');
    expect(editor.unsupported).toContain('futureMark');
    expect(editor.isEditable).toBe(false);
    expect(lines(editor)).toEqual(['Known words', 'plain highlighted']);
    // Typing cannot reach the shared document either.
    editor.commands.insertContent('x');
    expect(fragment.toString()).toBe(before);
  });

  it('an attribute the editor does not know on a known node is kept too', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment(FIELD);
    const p = new Y.XmlElement('paragraph');
    p.setAttribute('textAlign', 'centre');
    const t = new Y.XmlText();
    t.insert(0, 'Centred');
    p.insert(0, [t]);
    fragment.insert(0, [p]);
    const editor = editorOn(doc);
    editor.commands.focus('end');
    editor.commands.insertContent('!');
    // Bound as it was, editing the paragraph wrote its attributes afresh, without textAlign.
    expect(fragment.toString()).toBe('<paragraph textAlign="centre">Centred</paragraph>');
    expect(editor.unsupported).toContain('textAlign');
  });

  it('binds as usual to minutes it fully knows', () => {
    const { a: da, b: db } = pair();
    writeMinutes(da.getXmlFragment(FIELD), {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'speaker', attrs: { attendeeId: 'p1' } }, { type: 'text', text: ' said ' }, { type: 'text', text: 'this', marks: [{ type: 'restricted', attrs: { restrictedItemId: 'r1' } }] }] }],
    });
    const a = editorOn(da);
    expect(a.unsupported).toBeNull();
    expect(a.isEditable).toBe(true);
    const b = editorOn(db);
    a.commands.focus('end');
    a.commands.insertContent('!');
    expect(lines(b)).toEqual([' said this!']);
  });
});

describe('line breaks (Shift+Enter) typed on both laptops, with each other’s caret on screen', () => {
  function twoSides(text: string) {
    const p = pair();
    const [aa, ab] = carets(p.a, p.b);
    const a = editorOn(p.a, aa);
    const b = editorOn(p.b, ab);
    a.commands.insertContent(text);
    a.commands.focus('end');
    b.commands.focus('end');
    p.apart();
    return { ...p, a, b };
  }

  it('a break typed into a line while the other person types at its end loses and moves nothing', () => {
    const { a, b, together } = twoSides('Line one two three');
    a.commands.focus(9);
    a.commands.setHardBreak();
    a.commands.insertContent('A');
    b.commands.focus('end');
    b.commands.insertContent(' and more');
    b.commands.focus(3);
    b.commands.insertContent('XX');
    together();
    // Before: "LiXXne one and more/A two three" — B's words moved to A's line.
    expect(lines(a)).toEqual(['LiXXne one/A two three and more']);
    expect(lines(b)).toEqual(lines(a));
  });

  it('a break on each side in the same line keeps each side’s words once', () => {
    const { a, b, together } = twoSides('Alpha beta gamma');
    a.commands.focus(6);
    a.commands.setHardBreak();
    a.commands.insertContent('from A');
    b.commands.focus(11);
    b.commands.setHardBreak();
    b.commands.insertContent('from B');
    together();
    // Before: "Alpha/from A beta gamma/from B gamma" — " gamma" doubled.
    expect(lines(a)).toEqual(['Alpha/from A beta/from B gamma']);
    expect(lines(b)).toEqual(lines(a));
  });

  it('breaks and typing interleaved while linked merge letter by letter, and save as hardBreak nodes', () => {
    const p = pair();
    const [aa, ab] = carets(p.a, p.b);
    const a = editorOn(p.a, aa);
    const b = editorOn(p.b, ab);
    a.commands.insertContent('Start');
    for (let i = 0; i < 5; i++) {
      a.commands.focus('end');
      a.commands.setHardBreak();
      a.commands.insertContent(`a${i}`);
      b.commands.focus(3);
      b.commands.setHardBreak();
      b.commands.insertContent(`b${i}`);
    }
    expect(lines(b)).toEqual(lines(a));
    const text = lines(a).join('');
    for (let i = 0; i < 5; i++) {
      expect(text).toContain(`a${i}`);
      expect(text).toContain(`b${i}`);
    }
    // The saved form is the usual one: a hardBreak node per break.
    const saved = readMinutes(p.a.getXmlFragment(FIELD));
    const inline = saved.content![0]!.content!;
    expect(inline.filter((n: RichNode) => n.type === 'hardBreak')).toHaveLength(10);
    expect(inline.some((n: RichNode) => n.text?.includes('\n'))).toBe(false);
  });
});

describe('line breaks between the saved minutes and the shared document', () => {
  it('a saved hardBreak is seeded as "\\n", shown as a line break, and read back as the same hardBreak', () => {
    const saved: RichNode = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'First', marks: [{ type: 'restricted', attrs: { restrictedItemId: 'r1' } }] }, { type: 'hardBreak' }, { type: 'text', text: 'second' }, { type: 'hardBreak' }] }],
    };
    const doc = new Y.Doc();
    writeMinutes(doc.getXmlFragment(FIELD), saved);
    expect(doc.getXmlFragment(FIELD).toString()).not.toContain('hardbreak');
    const editor = editorOn(doc);
    expect(lines(editor)).toEqual(['First/second/']);
    expect(readMinutes(doc.getXmlFragment(FIELD))).toEqual(saved);
  });
});

describe('any mix of typing, breaks, deletions and undo on both sides', () => {
  it('an undo while apart, then the link back: both sides show the same minutes (the binding threw and left one behind)', () => {
    const p = pair();
    const a = editorOn(p.a);
    const b = editorOn(p.b);
    a.commands.insertContent('Seed words to work on.');
    b.commands.setTextSelection(5);
    b.commands.insertContent('a');
    a.commands.undo();
    a.commands.setTextSelection(1);
    a.commands.insertContent('a');
    p.apart();
    a.commands.setTextSelection(1);
    a.commands.splitBlock();
    b.commands.undo();
    a.commands.setTextSelection(1);
    a.commands.insertContent('a');
    // y-tiptap: "RangeError: Position 4 out of range" while applying A's changes on B, and B kept
    // showing its own older minutes.
    expect(() => p.together()).not.toThrow();
    expect(b.getJSON()).toEqual(a.getJSON());
    expect(b.getJSON()).toEqual(readSharedOn(p.b));
  });

  it('never throws, and both sides end with the same minutes (each other’s caret on screen)', () => {
    const op = fc.record({
      side: fc.constantFrom(0, 1),
      kind: fc.constantFrom('type', 'break', 'enter', 'delete', 'undo', 'redo', 'apart', 'together', 'speaker', 'bold'),
      at: fc.nat(1000),
      len: fc.nat(12),
      text: fc.constantFrom('a', 'word ', 'two words', 'Ü'),
    });
    fc.assert(
      fc.property(fc.array(op, { minLength: 5, maxLength: 30 }), (ops) => {
        const p = pair();
        const [aw0, aw1] = carets(p.a, p.b);
        const sides = [editorOn(p.a, aw0), editorOn(p.b, aw1)];
        sides[0]!.commands.insertContent('Seed words to work on.');
        for (const o of ops) {
          const e = sides[o.side]!;
          const size = e.state.doc.content.size;
          const from = 1 + (o.at % Math.max(1, size - 1));
          if (o.kind === 'apart') p.apart();
          else if (o.kind === 'together') p.together();
          else if (o.kind === 'undo') e.commands.undo();
          else if (o.kind === 'redo') e.commands.redo();
          else if (o.kind === 'delete') e.chain().setTextSelection({ from, to: Math.min(size - 1, from + o.len) }).deleteSelection().run();
          else if (o.kind === 'bold') {
            // Bold over a speaker chip stays on this screen only: tiptap's Yjs binding keeps no
            // marks on a node that is not text (known, and left: a chip's weight is cosmetic).
            const to = Math.min(size - 1, from + o.len);
            let chip = false;
            e.state.doc.nodesBetween(from, Math.max(from, to), (n) => void (chip ||= n.type.name === 'speaker'));
            if (!chip) e.chain().setTextSelection({ from, to }).toggleBold().run();
          }
          else if (o.kind === 'speaker') e.chain().setTextSelection(from).insertContent({ type: 'speaker', attrs: { attendeeId: `p${o.len % 3}` } }).run();
          else {
            e.commands.setTextSelection(from);
            if (o.kind === 'type') e.commands.insertContent(o.text);
            else if (o.kind === 'break') e.commands.setHardBreak();
            else e.commands.splitBlock();
          }
          // Each screen shows exactly what its own replica holds, after every step: the binding
          // keeps its node map between the other side's text changes (textOnlyRemoteChange.ts),
          // so a stale entry would show here.
          // (An empty shared step is shown as one empty paragraph.)
          for (const [i, doc] of [p.a, p.b].entries()) {
            // Read from a copy: reading can merge neighbouring texts in the document it reads.
            const copy = new Y.Doc();
            Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
            const held = yXmlFragmentToProseMirrorRootNode(copy.getXmlFragment(FIELD), sides[i]!.schema);
            expect(sides[i]!.state.doc.toJSON()).toEqual(held.childCount ? held.toJSON() : { type: 'doc', content: [{ type: 'paragraph' }] });
          }
        }
        p.together();
        expect(JSON.stringify(sides[1]!.getJSON())).toBe(JSON.stringify(sides[0]!.getJSON()));
        for (const e of editors.splice(0)) e.destroy();
      }),
      { numRuns: 40, seed: 17 },
    );
  });
});

describe('the other laptop’s typing', () => {
  /** Five paragraphs on both sides, A's caret in the fourth. */
  function fiveParagraphs() {
    const p = pair();
    const a = editorOn(p.a);
    const b = editorOn(p.b);
    for (const [i, words] of ['One one.', 'Two two.', 'Three three.', 'Four four.', 'Five five.'].entries()) {
      if (i) b.commands.splitBlock();
      b.commands.insertContent(words);
    }
    return { p, a, b };
  }
  const paragraphs = (e: Editor) => e.state.doc.content.content;

  it('a letter typed there rebuilds only its own paragraph here', () => {
    const { a, b } = fiveParagraphs();
    const before = paragraphs(a);
    b.commands.setTextSelection(b.state.doc.child(0).nodeSize + 4);
    b.commands.insertContent('X');
    const after = paragraphs(a);
    expect(lines(a)).toEqual(['One one.', 'TwoX two.', 'Three three.', 'Four four.', 'Five five.']);
    // Bound as it was, every paragraph was made again from the shared document for each key.
    expect(after.map((node, i) => node === before[i])).toEqual([true, false, true, true, true]);
  });

  it('keeps the caret here by the same letters while the other types and deletes before it', () => {
    const { a, b } = fiveParagraphs();
    const fourth = a.state.doc.child(0).nodeSize + a.state.doc.child(1).nodeSize + a.state.doc.child(2).nodeSize;
    a.commands.setTextSelection(fourth + 1 + 'Four'.length);
    for (const letter of 'abc') {
      b.commands.setTextSelection(3);
      b.commands.insertContent(letter);
    }
    b.chain().setTextSelection({ from: b.state.doc.child(0).nodeSize + 1, to: b.state.doc.child(0).nodeSize + 4 }).deleteSelection().run();
    const { $from } = a.state.selection;
    expect($from.parent.textContent.slice(0, $from.parentOffset)).toBe('Four');
    expect(lines(a)).toEqual(['Oncbae one.', ' two.', 'Three three.', 'Four four.', 'Five five.']);
  });

  it('a paragraph added, joined or removed there is drawn here whole, after text-only changes', () => {
    const { a, b } = fiveParagraphs();
    b.commands.setTextSelection(3);
    b.commands.insertContent('!');
    b.commands.setTextSelection(b.state.doc.child(0).nodeSize + 2);
    b.commands.splitBlock();
    b.commands.setTextSelection(b.state.doc.child(0).nodeSize + 2);
    b.commands.insertContent('?');
    b.chain().setTextSelection({ from: 5, to: b.state.doc.child(0).nodeSize + b.state.doc.child(1).nodeSize + 3 }).deleteSelection().run();
    expect(a.getJSON()).toEqual(b.getJSON());
    expect(lines(a)).toEqual(lines(b));
  });
});
