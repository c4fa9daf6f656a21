import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { remoteChangesOnly } from '../../../../../renderer/features/collab/remoteCarets';

// The caret plugin redraws every caret on each awareness "change". This window's own caret moves
// with every key, and is never drawn as a remote one: those changes must not reach the plugin
// (one more whole-editor update per key in the paired typing bench), the other person's must.

describe('remoteChangesOnly', () => {
  it('passes on the other person’s caret changes and holds back this window’s own', () => {
    const mine = new Awareness(new Y.Doc());
    const theirs = new Awareness(new Y.Doc());
    const seen: number[][] = [];
    const listener = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => seen.push([...added, ...updated, ...removed]);
    const view = remoteChangesOnly(mine);
    view.on('change', listener);

    mine.setLocalStateField('cursor', { anchor: 1, head: 1 });
    mine.setLocalStateField('cursor', { anchor: 2, head: 2 });
    expect(seen).toEqual([]);

    theirs.setLocalStateField('cursor', { anchor: 5, head: 5 });
    applyAwarenessUpdate(mine, encodeAwarenessUpdate(theirs, [theirs.clientID]), 'main');
    expect(seen).toEqual([[theirs.clientID]]);

    // Everything else is the awareness itself, and off() removes the listener given to on().
    expect(view.clientID).toBe(mine.clientID);
    expect(view.getLocalState()).toEqual(mine.getLocalState());
    view.off('change', listener);
    theirs.setLocalStateField('cursor', { anchor: 6, head: 6 });
    applyAwarenessUpdate(mine, encodeAwarenessUpdate(theirs, [theirs.clientID]), 'main');
    expect(seen).toHaveLength(1);
  });
});
