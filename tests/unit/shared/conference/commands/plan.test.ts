import { describe, it, expect } from 'vitest';
import { newConference, type Conference } from '../../../../../shared/model';
import {
  addAction,
  addToSafetyNetwork,
  editAction,
  editSafetyNetworkMember,
  markPlanFinal,
  removeAction,
  removeFromSafetyNetwork,
  reopenPlan,
  setCoOwner,
  setCoreGroupMember,
  setFirstOwner,
  setOngoing,
  setPlanField,
} from '../../../../../shared/conference/commands/plan';
import { checkPlan } from '../../../../../shared/conference/planChecks';

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

describe('the plan’s actions and people', () => {
  it('adds a blank action, not started and not restricted, edits it and removes only that one', () => {
    const c = conference();
    addAction(c, 'b');
    expect(c.plan.actions[1]).toEqual({ id: 'b', what: '', measure: '', status: 'not-started', statusNote: '', restricted: false });
    editAction(c, 'b', { what: 'Attend the parenting course', status: 'on-track' });
    expect(c.plan.actions[1]).toMatchObject({ what: 'Attend the parenting course', status: 'on-track' });
    removeAction(c, 'no-such-action');
    expect(c.plan.actions.map((a) => a.id)).toEqual(['a', 'b']);
    removeAction(c, 'a');
    expect(c.plan.actions.map((a) => a.id)).toEqual(['b']);
  });

  it('lists each core group member once', () => {
    const c = conference();
    setCoreGroupMember(c, 'grace', true);
    setCoreGroupMember(c, 'grace', true);
    setCoreGroupMember(c, 'mum', true);
    expect(c.plan.coreGroupIds).toEqual(['grace', 'mum']);
    setCoreGroupMember(c, 'grace', false);
    expect(c.plan.coreGroupIds).toEqual(['mum']);
  });

  it('adds to the safety network from the family list with their first relationship, and by hand', () => {
    const c = conference();
    c.family.push({ id: 'gran', name: 'Ewa Nowak', relationships: [{ childId: 'k', relationship: 'grandmother' }], parentalResponsibility: false });
    addToSafetyNetwork(c, 's1', 'gran');
    addToSafetyNetwork(c, 's2');
    expect(c.plan.safetyNetwork).toEqual([
      { id: 's1', name: 'Ewa Nowak', relationship: 'grandmother', part: '' },
      { id: 's2', name: '', relationship: '', part: '' },
    ]);
    editSafetyNetworkMember(c, 's2', { name: 'Mrs Patel', part: 'Collects the children from school on Fridays' });
    removeFromSafetyNetwork(c, 's1');
    expect(c.plan.safetyNetwork).toEqual([{ id: 's2', name: 'Mrs Patel', relationship: '', part: 'Collects the children from school on Fridays' }]);
  });

  it('an emptied optional field is removed; the contingency stays as written', () => {
    const c = conference();
    setPlanField(c, 'reviewDate', '2026-06-01');
    setPlanField(c, 'reviewDate', undefined);
    setPlanField(c, 'leadSocialWorkerId', '');
    setPlanField(c, 'contingency', '');
    expect('reviewDate' in c.plan).toBe(false);
    expect('leadSocialWorkerId' in c.plan).toBe(false);
    expect(c.plan.contingency).toBe('');
  });
});

describe('marking the plan final', () => {
  it('is refused while checks are flagged, and allowed once the chair gives a reason', () => {
    const c = conference();
    expect(checkPlan(c).length).toBeGreaterThan(0);
    expect(markPlanFinal(c)).toBe(false);
    expect(c.plan.final).toBe(false);
    setPlanField(c, 'finalOverrideReason', 'ok');
    expect(markPlanFinal(c)).toBe(false);
    setPlanField(c, 'finalOverrideReason', 'Dates agreed with the family after the meeting');
    expect(markPlanFinal(c)).toBe(true);
    expect(c.plan.final).toBe(true);
  });

  it('reopens a final plan until its version has been exported; then only a correction changes it', () => {
    const c = conference();
    c.plan.final = true;
    expect(reopenPlan(c)).toBe(true);
    expect(c.plan.final).toBe(false);
    c.plan.final = true;
    c.audit.push({ at: '2026-03-03T09:00:00.000Z', what: 'plan', audience: 'family', version: 1, files: [] });
    expect(reopenPlan(c)).toBe(false);
    expect(c.plan.final).toBe(true);
  });
});
