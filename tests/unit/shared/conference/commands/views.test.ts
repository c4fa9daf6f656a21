import { describe, it, expect } from 'vitest';
import { newConference, type Conference } from '../../../../../shared/model';
import { addView, attributeView, editContribution, editView, removeView } from '../../../../../shared/conference/commands/views';

// Signs of Safety: the child's and the family's views are written in their own words and
// attributed to whoever gave them; each professional's update is brief and attributed too.

function conference(): Conference {
  const c = newConference({ kind: 'initial', date: '2026-03-02' });
  c.attendees.push({ id: 'mum', name: 'Anna Nowak', role: 'Mother', agency: '', kind: 'parent-carer', attendance: 'present', remote: false });
  return c;
}

describe('views', () => {
  it('adds an empty view of the child or the family, edits and removes it', () => {
    const c = conference();
    addView(c, 'v1', 'family');
    expect(c.views).toEqual([{ id: 'v1', whose: 'family', attributedName: '', text: '', restricted: false }]);
    editView(c, 'v1', { text: 'We want the children home.' });
    expect(c.views[0]!.text).toBe('We want the children home.');
    removeView(c, 'v1');
    expect(c.views).toEqual([]);
  });

  it('takes the speaker’s name from People, and keeps the name as said when the speaker is not listed', () => {
    const c = conference();
    addView(c, 'v1', 'child');
    editView(c, 'v1', { attributedName: 'Kasia (via her teacher)' });
    attributeView(c, 'v1', undefined);
    expect(c.views[0]!.attributedName).toBe('Kasia (via her teacher)');
    expect('attributedTo' in c.views[0]!).toBe(false);
    attributeView(c, 'v1', 'mum');
    expect(c.views[0]).toMatchObject({ attributedTo: 'mum', attributedName: 'Anna Nowak' });
    attributeView(c, 'v1', undefined);
    expect(c.views[0]!.attributedTo).toBeUndefined();
    expect(c.views[0]!.attributedName).toBe('Anna Nowak');
  });
});

describe('contributions', () => {
  it('starts a professional’s entry on their first word and adds to it after', () => {
    const c = conference();
    editContribution(c, 'grace', { worries: 'Missed visits' }, 'x1');
    editContribution(c, 'grace', { workingWell: 'School attendance is up' }, 'x2');
    expect(c.contributions).toEqual([{ id: 'x1', attendeeId: 'grace', worries: 'Missed visits', workingWell: 'School attendance is up', newInformation: '', restricted: false }]);
  });
});
