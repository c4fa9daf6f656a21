import { describe, it, expect } from 'vitest';
import type { Attendee, PlanAction } from '../../../../shared/model';
import { actionOwnerIds, actionOwnersText, actionWhenText, ONGOING_FAMILY, ONGOING_FULL } from '../../../../shared/conference/planActions';

// London Child Protection Procedures: each action in the plan says who will do it and by when.
// "Grace and Ngozi" is two people sharing one action; weekly check-ins go on for as long as the plan.

const person = (id: string, name: string): Attendee => ({ id, name, role: '', agency: '', kind: 'professional', attendance: 'present', remote: false });
const c = { attendees: [person('grace', 'Grace Bello'), person('ngozi', 'Ngozi Eze'), person('sam', 'Sam Okoro')] };
const action = (over: Partial<PlanAction>): PlanAction => ({ id: 'a', what: 'x', measure: '', status: 'not-started', statusNote: '', restricted: false, ...over });

describe('who does an action', () => {
  it('names every owner, first owner first, each once', () => {
    const a = action({ ownerAttendeeId: 'grace', coOwnerAttendeeIds: ['ngozi', 'grace', 'sam'] });
    expect(actionOwnerIds(a, c.attendees)).toEqual(['grace', 'ngozi', 'sam']);
    expect(actionOwnersText(a, c)).toBe('Grace Bello, Ngozi Eze and Sam Okoro');
    expect(actionOwnersText(action({ ownerAttendeeId: 'grace', coOwnerAttendeeIds: ['ngozi'] }), c)).toBe('Grace Bello and Ngozi Eze');
  });

  it('leaves out anyone hidden from the family, letting the agency stand in for a hidden first owner', () => {
    const a = action({ ownerAttendeeId: 'grace', ownerAgency: 'health-visiting', coOwnerAttendeeIds: ['ngozi', 'sam'] });
    expect(actionOwnersText(a, c, { hidden: new Set(['ngozi']) })).toBe('Grace Bello and Sam Okoro');
    expect(actionOwnersText(a, c, { hidden: new Set(['grace']) })).toBe('Health visiting, Ngozi Eze and Sam Okoro');
    expect(actionOwnersText(action({ ownerAttendeeId: 'grace', coOwnerAttendeeIds: ['ngozi'] }), c, { hidden: new Set(['grace', 'ngozi']) })).toBe('');
  });

  it('says "Former attendee" in the full record for an owner no longer on it, and skips removed co-owners', () => {
    const a = action({ ownerAttendeeId: 'gone', coOwnerAttendeeIds: ['gone2', 'sam'] });
    expect(actionOwnersText(a, c, { formerAttendee: true })).toBe('Former attendee and Sam Okoro');
    expect(actionOwnersText(a, c)).toBe('Sam Okoro');
    expect(actionOwnersText(action({ ownerAgency: 'housing' }), c)).toBe('Housing');
  });
});

describe('by when', () => {
  it('gives the date, or says an ongoing action is reported at each core group', () => {
    expect(actionWhenText(action({ byDate: '2026-04-30' }), 'full')).toBe('30/04/2026');
    expect(actionWhenText(action({ ongoing: true }), 'full')).toBe(ONGOING_FULL);
    expect(ONGOING_FULL).toBe('Ongoing, reported at each core group');
    expect(actionWhenText(action({ ongoing: true, byDate: '2026-04-30' }), 'family')).toBe(ONGOING_FAMILY);
  });
});
