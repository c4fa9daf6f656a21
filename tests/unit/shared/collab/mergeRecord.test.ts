import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isKeyedList, jsonEqual, mergeThreeWay, type Json } from '../../../../shared/collab/mergeRecord';

const person = (id: string, extra: Record<string, Json> = {}) => ({ id, name: `Person ${id}`, attendance: 'expected', ...extra });

describe('three-way merge of the shared record', () => {
  const json = fc.letrec<{ value: Json }>((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.boolean(), fc.integer(), fc.string({ maxLength: 4 }), fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('a', 'b', 'id', 'c'), tie('value'), { maxKeys: 3 })),
  })).value;

  it('takes the other side whole when this side changed nothing, this side when the other changed nothing, and either when both agree', () => {
    fc.assert(
      fc.property(json, json, (base, other) => {
        expect(mergeThreeWay(base, base, other)).toEqual(other);
        expect(mergeThreeWay(base, other, base)).toEqual(other);
        expect(mergeThreeWay(base, other, other)).toEqual(other);
      }),
    );
  });

  it('keeps both people\'s edits to different attendees, and to different fields of one attendee', () => {
    const base = { attendees: [person('a'), person('b')] };
    const mine = { attendees: [person('a', { attendance: 'present' }), person('b')] };
    const theirs = { attendees: [person('a', { name: 'Anna Kowalska' }), person('b', { attendance: 'apologies' })] };
    expect(mergeThreeWay(base, mine, theirs)).toEqual({ attendees: [person('a', { attendance: 'present', name: 'Anna Kowalska' }), person('b', { attendance: 'apologies' })] });
  });

  it('keeps every item either side added, once each, after the item it followed on its own side', () => {
    const base = { list: [person('a'), person('z')] };
    const mine = { list: [person('a'), person('m1'), person('z')] };
    const theirs = { list: [person('a'), person('z'), person('t1')] };
    const merged = mergeThreeWay(base, mine, theirs) as { list: { id: string }[] };
    expect(merged.list.map((p) => p.id)).toEqual(['a', 'm1', 'z', 't1']);
  });

  it('holds for any pair of additions: each added id appears exactly once, and no id from the base is lost unless removed', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 6 }), fc.uniqueArray(fc.string({ minLength: 4, maxLength: 5 }), { maxLength: 4 }), fc.uniqueArray(fc.string({ minLength: 6, maxLength: 7 }), { maxLength: 4 }), (baseIds, mineAdds, theirAdds) => {
        const base = baseIds.map((id) => person(id));
        const mine = [...base, ...mineAdds.map((id) => person(id))];
        const theirs = [...theirAdds.map((id) => person(id)), ...base];
        const ids = (mergeThreeWay(base, mine, theirs) as { id: string }[]).map((p) => p.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect([...ids].sort()).toEqual([...baseIds, ...mineAdds, ...theirAdds].sort());
      }),
    );
  });

  it('keeps an item one side changed while the other removed it: words are never lost to a deletion', () => {
    const base = { map: [{ id: 'w1', text: 'Worry' }, { id: 'w2', text: 'Other' }] };
    const mine = { map: [{ id: 'w2', text: 'Other' }] };
    const theirs = { map: [{ id: 'w1', text: 'Worry, with what the school said' }, { id: 'w2', text: 'Other' }] };
    expect(mergeThreeWay(base, mine, theirs)).toEqual(theirs);
    expect(mergeThreeWay(base, theirs, mine)).toEqual(theirs);
    // Removed on one side and untouched on the other: removed.
    expect(mergeThreeWay(base, mine, base)).toEqual(mine);
    expect(mergeThreeWay(base, base, mine)).toEqual(mine);
  });

  it('lets the person merging win where both changed the same field differently', () => {
    expect(mergeThreeWay({ score: 4 }, { score: 5 }, { score: 6 })).toEqual({ score: 5 });
  });

  it('merges fields removed on one side and changed on the other like any value', () => {
    expect(mergeThreeWay({ a: 1, b: 2 }, { a: 1 }, { a: 3, b: 2 })).toEqual({ a: 3 });
  });

  it('treats a list as keyed only when every item has a unique string id', () => {
    expect(isKeyedList([{ id: 'a' }, { id: 'b' }])).toBe(true);
    expect(isKeyedList([])).toBe(true);
    expect(isKeyedList([{ id: 'a' }, { id: 'a' }])).toBe(false);
    expect(isKeyedList([{ id: 1 }])).toBe(false);
    expect(isKeyedList(['a'])).toBe(false);
    expect(jsonEqual({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });
});
