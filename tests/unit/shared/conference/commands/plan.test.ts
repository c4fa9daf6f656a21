import { describe, it, expect } from 'vitest';
import { newConference, type Conference } from '../../../../../shared/model';
import { setCoOwner, setFirstOwner, setOngoing } from '../../../../../shared/conference/commands/plan';

// London Child Protection Procedures: each action says who does it and by when, and the core group
// reviews it at each meeting. Shared actions name everyone once; ongoing ones carry no end date.

function conference(): Conference {
  const c = newConference({ kind: 'initial', date: '2026-03-02' });
  c.plan.actions.push({ id: 'a', what: 'Visit every Thursday', ownerAttendeeId: 'grace', byDate: '2026-04-30', measure: '', status: 'not-started', statusNote: '', restricted: false });
  return c;
}

describe('plan commands', () => {
  it('adds and takes away co-owners, never the first owner, and leaves no empty list', () => {
    const c = conference();
    setCoOwner(c, 'a', 'ngozi', true);
    setCoOwner(c, 'a', 'ngozi', true);
    setCoOwner(c, 'a', 'grace', true);
    expect(c.plan.actions[0]!.coOwnerAttendeeIds).toEqual(['ngozi']);
    setCoOwner(c, 'a', 'ngozi', false);
    expect('coOwnerAttendeeIds' in c.plan.actions[0]!).toBe(false);
  });

  it('moves a co-owner up when they become the first owner', () => {
    const c = conference();
    setCoOwner(c, 'a', 'ngozi', true);
    setFirstOwner(c, 'a', { attendeeId: 'ngozi' });
    expect(c.plan.actions[0]).toMatchObject({ ownerAttendeeId: 'ngozi' });
    expect(c.plan.actions[0]!.coOwnerAttendeeIds).toBeUndefined();
    setFirstOwner(c, 'a', { agency: 'housing' });
    expect(c.plan.actions[0]!.ownerAttendeeId).toBeUndefined();
    expect(c.plan.actions[0]!.ownerAgency).toBe('housing');
  });

  it('an ongoing action drops its end date', () => {
    const c = conference();
    setOngoing(c, 'a', true);
    expect(c.plan.actions[0]).toMatchObject({ ongoing: true });
    expect(c.plan.actions[0]!.byDate).toBeUndefined();
    setOngoing(c, 'a', false);
    expect(c.plan.actions[0]!.ongoing).toBeUndefined();
  });
});
