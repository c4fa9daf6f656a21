import { describe, it, expect } from 'vitest';
import { newConference } from '../../../../../shared/model';
import { addRestrictedEntry, editRestrictedEntry, removeRestrictedEntry } from '../../../../../shared/conference/commands/restricted';

// Working Together 2023: information that cannot be shared with the family is recorded, with its
// source and why, in a register the family's screen and copy never read.

describe('the restricted register', () => {
  it('starts an empty entry from the register, or a written one from the minutes (trimmed)', () => {
    const c = newConference({ kind: 'initial', date: '2026-03-02' });
    addRestrictedEntry(c, 'e1');
    addRestrictedEntry(c, 'e2', { summary: '  Police investigation  ', reason: ' Would prejudice it\n' });
    expect(c.restricted).toEqual([
      { id: 'e1', sourceAgency: '', summary: '', reason: '' },
      { id: 'e2', sourceAgency: '', summary: 'Police investigation', reason: 'Would prejudice it' },
    ]);
  });

  it('edits one entry and removes it, leaving what pointed at it still restricted', () => {
    const c = newConference({ kind: 'initial', date: '2026-03-02' });
    addRestrictedEntry(c, 'e1');
    addRestrictedEntry(c, 'e2');
    c.map.push({ id: 'm1', kind: 'harm', text: 'Bruise', childIds: [], restricted: true, restrictedItemId: 'e1' });
    editRestrictedEntry(c, 'e1', { sourceAgency: 'Police' });
    expect(c.restricted.map((e) => e.sourceAgency)).toEqual(['Police', '']);
    removeRestrictedEntry(c, 'e1');
    expect(c.restricted.map((e) => e.id)).toEqual(['e2']);
    expect(c.map[0]).toMatchObject({ restricted: true });
  });
});
