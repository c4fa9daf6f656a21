import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, newConference, type Attendee, type Conference } from '../../../../shared/model';
import { circulatedDates, deadlines, dueFromSummary, exportedFor, recipientProblem, recipients, usualCopy } from '../../../../shared/conference/circulation';

// After the meeting (Working Together 2023; Lewisham's timescales as defaults): the outline plan
// within 1 working day, the minutes within 15, then 10 working days for corrections.

const person = (id: string, kind: Attendee['kind'], agency = ''): Attendee => ({ id, name: id, role: '', agency, kind, attendance: 'present', remote: false });

function held(): Conference {
  const c = newConference({ kind: 'initial', date: '2026-11-20' }); // a Friday
  c.attendees = [person('Sam', 'professional', 'childrens-social-care'), person('Kelly', 'parent-carer'), person('Amy', 'child'), person('Chair', 'chair'), person('Ana', 'interpreter')];
  return c;
}

describe('the distribution list', () => {
  it('gives professionals the full record, the family their copy, and the chair, interpreter and child none until the chair says', () => {
    expect(recipients(held()).map((r) => [r.name, r.copy])).toEqual([['Sam', 'full'], ['Kelly', 'family'], ['Amy', 'none'], ['Chair', 'none'], ['Ana', 'none']]);
    expect(usualCopy({ kind: 'advocate' })).toBe('family');
  });

  it('keeps the chair’s exceptions, follows renames, and drops people removed from the meeting', () => {
    const c = held();
    c.circulation = { recipients: [{ id: 'r-Kelly', attendeeId: 'Kelly', name: 'old name', agency: '', copy: 'none', exceptionReason: 'Kelly asked for it by post later' }, { id: 'gone', attendeeId: 'Removed', name: 'X', agency: '', copy: 'full' }, { id: 'gp', name: 'Dr Okafor', agency: 'GP', copy: 'full' }], sent: [] };
    const list = recipients(c);
    expect(list.find((r) => r.id === 'r-Kelly')).toMatchObject({ name: 'Kelly', copy: 'none' });
    expect(list.map((r) => r.id)).not.toContain('gone');
    expect(list.at(-1)).toMatchObject({ name: 'Dr Okafor' });
  });

  it('asks why a copy differs from the usual one, and warns before a parent gets the full record', () => {
    const c = held();
    const kelly = c.attendees[1]!;
    expect(recipientProblem({ id: 'r', attendeeId: 'Kelly', name: 'Kelly', agency: '', copy: 'none' }, kelly)).toMatch(/usually gets the family copy: say why/);
    expect(recipientProblem({ id: 'r', attendeeId: 'Kelly', name: 'Kelly', agency: '', copy: 'full', exceptionReason: 'x' }, kelly)).toMatch(/not a professional/);
    expect(recipientProblem({ id: 'r', attendeeId: 'Kelly', name: 'Kelly', agency: '', copy: 'family' }, kelly)).toBeNull();
  });
});

describe('deadlines', () => {
  it('works them out in working days from the meeting, and says what is overdue', () => {
    const c = held();
    const [plan, minutes, corrections] = deadlines(c, DEFAULT_SETTINGS, '2026-11-24');
    expect(plan).toMatchObject({ due: '2026-11-23', state: 'overdue', progress: 'Sent to 0 of 2.' });
    expect(minutes).toMatchObject({ due: '2026-12-11', state: 'due' });
    expect(corrections).toMatchObject({ due: null, state: 'not-yet' });
  });

  it('is done when everyone on the list has the document, and the corrections window opens from the last send', () => {
    const c = held();
    const send = (recipientId: string, document: 'plan' | 'minutes', at: string) => ({ id: `${recipientId}${document}`, at, recipientId, document, copy: 'full' as const, version: 1, how: 'Secure email' });
    c.circulation = { recipients: [], sent: [send('r-Sam', 'plan', '2026-11-23T09:00:00.000Z'), send('r-Kelly', 'plan', '2026-11-23T10:00:00.000Z'), send('r-Sam', 'minutes', '2026-12-01T09:00:00.000Z'), send('r-Kelly', 'minutes', '2026-12-02T09:00:00.000Z')] };
    const [plan, minutes, corrections] = deadlines(c, DEFAULT_SETTINGS, '2026-12-03');
    expect(plan!.state).toBe('done');
    expect(minutes).toMatchObject({ state: 'done', progress: 'Sent to everyone (2).' });
    expect(corrections).toMatchObject({ due: '2026-12-16', state: 'due' });
    expect(circulatedDates(c)).toEqual({ plan: '2026-11-23T10:00:00.000Z', minutes: '2026-12-02T09:00:00.000Z' });
    // Reissued minutes (version 2) must go out again.
    c.documentVersion = 2;
    expect(deadlines(c, DEFAULT_SETTINGS, '2026-12-03')[1]!.state).toBe('due');
    expect(circulatedDates(c)).toEqual({ plan: '2026-11-23T10:00:00.000Z' });
  });

  it('business support’s list works from the index alone', () => {
    const s = { date: '2026-11-20', status: 'held' as const };
    expect(dueFromSummary(s, DEFAULT_SETTINGS, '2026-11-24')).toEqual([
      { what: 'Outline plan', due: '2026-11-23', overdue: true },
      { what: 'Minutes', due: '2026-12-11', overdue: false },
    ]);
    expect(dueFromSummary({ ...s, circulated: { plan: '2026-11-23T10:00:00.000Z' } }, DEFAULT_SETTINGS, '2026-11-24').map((d) => d.what)).toEqual(['Minutes']);
    expect(dueFromSummary({ ...s, status: 'draft' }, DEFAULT_SETTINGS, '2026-11-24')).toEqual([]);
  });

  it('a send is recorded only for a document exported in that copy and version', () => {
    const c = held();
    expect(exportedFor(c, 'plan', 'family')).toBe(false);
    c.audit = [{ at: '2026-11-23T09:00:00.000Z', what: 'plan', audience: 'family', version: 1, files: [] }];
    expect(exportedFor(c, 'plan', 'family')).toBe(true);
    expect(exportedFor(c, 'plan', 'full')).toBe(false);
    c.documentVersion = 2; // the minutes' version: the plan's export still stands
    expect(exportedFor(c, 'plan', 'family')).toBe(true);
    c.planVersion = 2;
    expect(exportedFor(c, 'plan', 'family')).toBe(false);
  });
});
