import { describe, it, expect } from 'vitest';
import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { EditorState, NodeSelection, TextSelection } from '@tiptap/pm/state';
import { caretBlockDecorations } from '../../../../renderer/features/minutes/caretBlock';

const schema = getSchema([StarterKit]);
const doc = schema.nodeFromJSON({
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'First' }] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Second' }] }] }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'Third' }] },
    { type: 'horizontalRule' },
  ],
});
/** The start of each top-level block marked, in order. */
const marked = (state: EditorState) =>
  caretBlockDecorations(state)
    .find()
    .map((d) => d.from);
const starts: number[] = [];
doc.forEach((_node, offset) => starts.push(offset));
const at = (from: number, to = from) => EditorState.create({ doc, selection: TextSelection.create(doc, from, to) });

describe('the block holding the caret is marked to be laid out', () => {
  it('marks the one top-level block with the caret, however deep the caret sits in it', () => {
    expect(marked(at(3))).toEqual([starts[0]]);
    expect(marked(at(starts[1]! + 5))).toEqual([starts[1]]); // inside the list's paragraph
  });
  it('marks the blocks at both ends of a selection, not those between', () => {
    expect(marked(at(2, starts[2]! + 3))).toEqual([starts[0], starts[2]]);
  });
  it('marks nothing when a whole top-level block is selected', () => {
    const state = EditorState.create({ doc, selection: NodeSelection.create(doc, starts[3]!) });
    expect(marked(state)).toEqual([]);
  });
});
