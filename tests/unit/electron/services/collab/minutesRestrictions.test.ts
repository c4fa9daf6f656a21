import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { liftedRuns, liftsRestriction, markRunsAgain, type LiftedRun } from '../../../../../electron/services/collab/minutesRestrictions';

// The chair's doc receives the other laptop's change as an update, as it does over the link, and
// reads what it lifted in 'afterTransaction', as collabSession.ts does.

const R1 = { restrictedItemId: 'r1' };
type Op = { insert: unknown; attributes?: Record<string, unknown> };

function twoDocs(build: (text: Y.XmlText) => void) {
  const chair = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  chair.getXmlFragment('minutes:s1').insert(0, [paragraph]);
  const own = new Y.XmlText();
  paragraph.insert(0, [own]);
  build(own);
  const taker = new Y.Doc();
  Y.applyUpdate(taker, Y.encodeStateAsUpdate(chair));
  const theirs = (taker.getXmlFragment('minutes:s1').get(0) as Y.XmlElement).get(0) as Y.XmlText;
  return { chair, own, taker, theirs };
}

/** Applies what `change` does on the taker's doc to the chair's, returning the runs read from it. */
function receive(chair: Y.Doc, taker: Y.Doc, change: () => void): { runs: LiftedRun[]; lifted: boolean } {
  const before = Y.encodeStateVector(chair);
  change();
  // Yjs tidies the formatting of a remote change in a transaction of its own, after this one.
  const runs: LiftedRun[] = [];
  let lifted = false;
  const read = (transaction: Y.Transaction) => {
    lifted ||= liftsRestriction(transaction);
    runs.push(...liftedRuns(transaction, () => true));
  };
  chair.on('afterTransaction', read);
  Y.applyUpdate(chair, Y.encodeStateAsUpdate(taker, before), 'link');
  chair.off('afterTransaction', read);
  return { runs, lifted };
}

const marked = (text: Y.XmlText) => (text.toDelta() as Op[]).filter((op) => op.attributes?.restricted).map((op) => op.insert);

describe('runs of minutes lifted by the other laptop', () => {
  it('are the words that were restricted and are not now, and marking them again restores the mark', () => {
    const { chair, own, taker, theirs } = twoDocs((t) => {
      // Text typed at the end of a mark carries it on in Yjs: the words after go in first.
      t.insert(0, 'Before.  After.');
      t.insert(8, 'Dean is being investigated.', { restricted: R1 });
    });
    const { runs, lifted } = receive(chair, taker, () => theirs.format(8, 27, { restricted: null }));
    expect(lifted).toBe(true);
    expect(marked(own)).toEqual([]);
    expect(runs.map((r) => r.length)).toEqual([27]);
    expect(markRunsAgain(chair, runs)).toBe(1);
    expect(marked(own)).toEqual(['Dean is being investigated.']);
    expect((own.toDelta() as Op[]).find((op) => op.attributes?.restricted)!.attributes!.restricted).toEqual(R1);
  });

  it('leave out words deleted and words typed into the passage in the same change, and keep the rest by position', () => {
    const { chair, own, taker, theirs } = twoDocs((t) => {
      t.insert(0, 'Start ');
      t.insert(6, 'one two three four', { restricted: R1 });
    });
    const { runs } = receive(chair, taker, () =>
      taker.transact(() => {
        theirs.format(6, 18, { restricted: null });
        theirs.delete(10, 4); // "two "
        theirs.insert(0, 'NEW '); // moves everything on by four
        theirs.insert(14, 'XX', { restricted: null }); // typed into the passage, before "three"
      }),
    );
    markRunsAgain(chair, runs);
    expect((own.toDelta() as Op[]).map((op) => op.insert).join('')).toBe('NEW Start one XXthree four');
    expect(marked(own)).toEqual(['one ', 'three four']);
  });

  it('take in restricted words deleted and typed again without the mark in the same change, and no other words', () => {
    const { chair, own, taker, theirs } = twoDocs((t) => {
      t.insert(0, 'Yes, she said. Dean is under investigation. ');
      t.insert(44, 'Dean is under investigation.', { restricted: R1 });
    });
    const { runs } = receive(chair, taker, () =>
      taker.transact(() => {
        theirs.delete(44, 28);
        theirs.insert(0, 'Dean is under investigation. ');
      }),
    );
    expect(markRunsAgain(chair, runs)).toBe(1);
    const text = (own.toDelta() as Op[]).map((op) => op.insert).join('');
    expect(text).toBe('Dean is under investigation. Yes, she said. Dean is under investigation. ');
    // The new copy is marked; the same words that were there before, unmarked, are left alone.
    expect(marked(own)).toEqual(['Dean is under investigation.']);
    expect(text.indexOf((own.toDelta() as Op[]).find((op) => op.attributes?.restricted)!.insert as string)).toBe(0);
  });

  it('take in the words when they are typed again in a new paragraph, and when their paragraph is deleted', () => {
    const { chair, taker, theirs } = twoDocs((t) => {
      t.insert(0, 'Open. ');
      t.insert(6, 'Dean is under investigation.', { restricted: R1 });
    });
    const fragment = taker.getXmlFragment('minutes:s1');
    const { runs } = receive(chair, taker, () =>
      taker.transact(() => {
        theirs.delete(6, 28);
        const paragraph = new Y.XmlElement('paragraph');
        fragment.insert(1, [paragraph]);
        paragraph.insert(0, [new Y.XmlText('Dean is under investigation.')]);
      }),
    );
    expect(markRunsAgain(chair, runs)).toBe(1);
    const added = (chair.getXmlFragment('minutes:s1').get(1) as Y.XmlElement).get(0) as Y.XmlText;
    expect(marked(added)).toEqual(['Dean is under investigation.']);

    // The whole paragraph deleted, and the words typed again in another.
    const again = receive(chair, taker, () =>
      taker.transact(() => {
        fragment.delete(1, 1);
        (fragment.get(0) as Y.XmlElement).insert(1, [new Y.XmlText('Dean is under investigation.')]);
      }),
    );
    expect(again.runs).toHaveLength(1);
  });

  it('are none when a letter typed before a passage matches its first letter (y-tiptap moves the old letter out of the mark)', () => {
    const { chair, own, taker, theirs } = twoDocs((t) => {
      t.insert(0, 'Mr  said so.');
      t.insert(3, 'Smith', { restricted: R1 });
    });
    // What y-tiptap writes for "S" typed before "Smith": the new letter after the old one, then the marks put right.
    const { runs } = receive(chair, taker, () =>
      taker.transact(() => {
        theirs.insert(4, 'S', { restricted: R1 });
        theirs.format(3, 1, { restricted: null });
      }),
    );
    expect(runs).toEqual([]);
    expect(marked(own)).toEqual(['Smith']);
    expect((own.toDelta() as Op[]).map((op) => op.insert).join('')).toBe('Mr SSmith said so.');
  });

  it('are none when the change only restricts more, or takes away words that were restricted', () => {
    const { chair, taker, theirs } = twoDocs((t) => {
      t.insert(0, 'Open words. ');
      t.insert(12, 'Secret words.', { restricted: R1 });
    });
    expect(receive(chair, taker, () => theirs.format(0, 11, { restricted: R1 })).runs).toEqual([]);
    expect(receive(chair, taker, () => theirs.delete(12, 13)).runs).toEqual([]);
  });
});
