import { describe, it, expect } from 'vitest';
import { newConference } from '../../../../../shared/model';
import { addChild, editChild, moveChild, removeChild, setDetail } from '../../../../../shared/conference/commands/details';
import { markMinutesFinal } from '../../../../../shared/conference/commands/documents';

describe('details', () => {
  it('sets one particular and leaves the others', () => {
    const c = newConference({ kind: 'initial', date: '2026-03-02', venue: 'Civic Centre' });
    setDetail(c, 'chair', 'Sam Reid');
    expect(c.details).toMatchObject({ chair: 'Sam Reid', venue: 'Civic Centre', date: '2026-03-02' });
  });

  it('adds children born and unnamed, edits, reorders within the list and removes them', () => {
    const c = newConference({ kind: 'initial', date: '2026-03-02' });
    addChild(c, 'k');
    addChild(c, 't');
    expect(c.children[0]).toEqual({ id: 'k', name: '', unborn: false });
    editChild(c, 't', { name: 'Tomek', dateOfBirth: '2019-05-01' });
    moveChild(c, 't', -1);
    moveChild(c, 't', -1);
    expect(c.children.map((x) => x.id)).toEqual(['t', 'k']);
    moveChild(c, 'k', 1);
    expect(c.children.map((x) => x.id)).toEqual(['t', 'k']);
    removeChild(c, 't');
    expect(c.children.map((x) => x.id)).toEqual(['k']);
  });
});

describe('documents', () => {
  it('marks the minutes final', () => {
    const c = newConference({ kind: 'initial', date: '2026-03-02' });
    markMinutesFinal(c);
    expect(c.minutesFinal).toBe(true);
  });
});
