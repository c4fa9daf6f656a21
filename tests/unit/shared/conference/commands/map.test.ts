import { describe, it, expect } from 'vitest';
import { newConference, type Conference } from '../../../../../shared/model';
import {
  addMapItem,
  changeMapItemKind,
  moveMapItem,
  pairSafetyGoal,
  removeMapItem,
  restoreMapItem,
  setMapItemRaisedBy,
  setMapItemRegisterEntry,
  setMapItemRestricted,
  setMapItemText,
  toggleMapItemChild,
} from '../../../../../shared/conference/commands/map';

// Signs of Safety's map: harm, complicating factors, strengths, danger statements and
// safety goals, each in the order the meeting raised them.

function conference(): Conference {
  return newConference({ kind: 'initial', date: '2026-03-02' });
}
const order = (c: Conference) => c.map.map((i) => `${i.kind}:${i.id}`);

describe('the map', () => {
  it('adds a new item after the last of its kind, so each kind reads in the order raised', () => {
    const c = conference();
    addMapItem(c, 'h1', 'harm');
    addMapItem(c, 'w1', 'strength');
    addMapItem(c, 'h2', 'harm');
    expect(order(c)).toEqual(['harm:h1', 'harm:h2', 'strength:w1']);
    expect(c.map[1]).toEqual({ id: 'h2', kind: 'harm', text: '', childIds: [], restricted: false });
  });

  it('ticks a child on and off, and sets who raised it (empty: nobody)', () => {
    const c = conference();
    addMapItem(c, 'h1', 'harm');
    setMapItemText(c, 'h1', 'Bruise seen at school');
    toggleMapItemChild(c, 'h1', 'k');
    toggleMapItemChild(c, 'h1', 't');
    toggleMapItemChild(c, 'h1', 'k');
    setMapItemRaisedBy(c, 'h1', 'grace');
    expect(c.map[0]).toMatchObject({ text: 'Bruise seen at school', childIds: ['t'], raisedBy: 'grace' });
    setMapItemRaisedBy(c, 'h1', '');
    expect('raisedBy' in c.map[0]!).toBe(false);
  });

  it('an item no longer restricted no longer points at a register entry', () => {
    const c = conference();
    addMapItem(c, 'h1', 'harm');
    setMapItemRestricted(c, 'h1', true);
    setMapItemRegisterEntry(c, 'h1', 'e1');
    expect(c.map[0]).toMatchObject({ restricted: true, restrictedItemId: 'e1' });
    setMapItemRestricted(c, 'h1', false);
    expect(c.map[0]!.restricted).toBe(false);
    expect('restrictedItemId' in c.map[0]!).toBe(false);
  });

  it('a safety goal moved to another kind loses its pairing with a danger statement', () => {
    const c = conference();
    addMapItem(c, 'd1', 'danger');
    addMapItem(c, 'g1', 'safety-goal');
    pairSafetyGoal(c, 'g1', 'd1');
    expect(c.map[1]!.pairedDangerId).toBe('d1');
    changeMapItemKind(c, 'g1', 'strength');
    expect(c.map.find((i) => i.id === 'g1')).toMatchObject({ kind: 'strength' });
    expect('pairedDangerId' in c.map.find((i) => i.id === 'g1')!).toBe(false);
  });

  it('moves within its kind and puts a removed item back where it was', () => {
    const c = conference();
    addMapItem(c, 'h1', 'harm');
    addMapItem(c, 'w1', 'strength');
    addMapItem(c, 'h2', 'harm');
    moveMapItem(c, 'h2', -1);
    expect(order(c)).toEqual(['harm:h2', 'harm:h1', 'strength:w1']);
    const removed = removeMapItem(c, 'h1')!;
    expect(order(c)).toEqual(['harm:h2', 'strength:w1']);
    restoreMapItem(c, removed);
    restoreMapItem(c, removed);
    expect(order(c)).toEqual(['harm:h2', 'harm:h1', 'strength:w1']);
  });
});
