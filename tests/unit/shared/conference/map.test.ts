import { describe, it, expect } from 'vitest';
import type { MapItem, MapItemKind } from '../../../../shared/model';
import {
  changeKind,
  dangerWarning,
  dangersWithoutGoal,
  moveWithinKind,
  removeItem,
  restoreItem,
  restrictedWithoutRegister,
  unpairedSafetyGoals,
} from '../../../../shared/conference/map';

const item = (id: string, kind: MapItemKind, extra: Partial<MapItem> = {}): MapItem => ({
  id, kind, text: id, childIds: [], restricted: false, ...extra,
});

describe('map rules', () => {
  it('warns softly past four danger statements', () => {
    const four = ['a', 'b', 'c', 'd'].map((id) => item(id, 'danger'));
    expect(dangerWarning(four)).toBeNull();
    expect(dangerWarning([...four, item('e', 'danger')])).toMatch(/5 danger statements/);
  });

  it('flags safety goals without a (still existing) danger statement, and dangers without a goal', () => {
    const items = [item('d1', 'danger'), item('d2', 'danger'), item('g1', 'safety-goal', { pairedDangerId: 'd1' }), item('g2', 'safety-goal'), item('g3', 'safety-goal', { pairedDangerId: 'gone' })];
    expect(unpairedSafetyGoals(items).map((i) => i.id)).toEqual(['g2', 'g3']);
    expect(dangersWithoutGoal(items).map((i) => i.id)).toEqual(['d2']);
  });

  it('flags restricted items not tied to the register', () => {
    const items = [item('a', 'harm', { restricted: true }), item('b', 'harm', { restricted: true, restrictedItemId: 'r1' }), item('c', 'harm', { restricted: true, restrictedItemId: 'r9' })];
    expect(restrictedWithoutRegister(items, ['r1']).map((i) => i.id)).toEqual(['a', 'c']);
  });

  it('moves within a kind, skipping other kinds, and stops at the ends', () => {
    const items = [item('h1', 'harm'), item('s1', 'strength'), item('h2', 'harm')];
    expect(moveWithinKind(items, 'h2', -1)).toBe(true);
    expect(items.map((i) => i.id)).toEqual(['h2', 's1', 'h1']);
    expect(moveWithinKind(items, 'h2', -1)).toBe(false);
    expect(moveWithinKind(items, 'h1', 1)).toBe(false);
    expect(moveWithinKind(items, 'nope', 1)).toBe(false);
  });

  it('changes kind to the end of the new kind and drops a pairing that no longer applies', () => {
    const items = [item('g', 'safety-goal', { pairedDangerId: 'd' }), item('n', 'next-step')];
    expect(changeKind(items, 'g', 'next-step')).toBe(true);
    expect(items.map((i) => i.id)).toEqual(['n', 'g']);
    expect(items[1]!.pairedDangerId).toBeUndefined();
    expect(changeKind(items, 'g', 'next-step')).toBe(false);
  });

  it('restores a removed item where it was', () => {
    const items = [item('a', 'harm'), item('b', 'harm'), item('c', 'harm')];
    const removed = removeItem(items, 'b')!;
    expect(items.map((i) => i.id)).toEqual(['a', 'c']);
    restoreItem(items, removed);
    expect(items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    restoreItem(items, removed);
    expect(items).toHaveLength(3);
    expect(removeItem(items, 'zz')).toBeNull();
  });
});
