import type { Conference, Plan, PlanAction, SafetyNetworkMember } from '../../model';
import { canMarkFinal, checkPlan } from '../planChecks';
import { wasIssued } from '../documentIssue';

// Named changes to the plan's actions (see commands/people.ts for why they live here).

/** Adds or takes away one person sharing an action with its first owner; the first owner is never a co-owner too. */
export function setCoOwner(c: Conference, actionId: string, attendeeId: string, on: boolean): void {
  const a = c.plan.actions.find((x) => x.id === actionId);
  if (!a) return;
  const list = (a.coOwnerAttendeeIds ?? []).filter((id) => id !== attendeeId);
  if (on && attendeeId !== a.ownerAttendeeId) list.push(attendeeId);
  if (list.length) a.coOwnerAttendeeIds = list;
  else delete a.coOwnerAttendeeIds;
}

/**
 * Marks an action as going on until the plan ends (reported at each core group), or not. Ongoing
 * means no end date: a date kept behind it would be the false one this exists to avoid.
 */
export function setOngoing(c: Conference, actionId: string, on: boolean): void {
  const a = c.plan.actions.find((x) => x.id === actionId);
  if (!a) return;
  if (on) {
    a.ongoing = true;
    delete a.byDate;
  } else delete a.ongoing;
}

/** The action's first owner, a person or an agency; a person already sharing it moves up rather than appearing twice. */
export function setFirstOwner(c: Conference, actionId: string, owner: { attendeeId?: string; agency?: string }): void {
  const a = c.plan.actions.find((x) => x.id === actionId);
  if (!a) return;
  a.ownerAttendeeId = owner.attendeeId;
  a.ownerAgency = owner.agency;
  if (!a.ownerAttendeeId) delete a.ownerAttendeeId;
  if (!a.ownerAgency) delete a.ownerAgency;
  if (owner.attendeeId && a.coOwnerAttendeeIds?.includes(owner.attendeeId)) setCoOwner(c, actionId, owner.attendeeId, false);
}

/** A new action, to be filled in: not started, not restricted, with no owner or date yet. */
export function addAction(c: Conference, id: string): void {
  c.plan.actions.push({ id, what: '', measure: '', status: 'not-started', statusNote: '', restricted: false });
}

export function removeAction(c: Conference, actionId: string): void {
  c.plan.actions = c.plan.actions.filter((x) => x.id !== actionId);
}

/** An action's own fields (its owners and "ongoing" have their own commands, which keep them consistent). */
export function editAction(c: Conference, actionId: string, change: Partial<Pick<PlanAction, 'what' | 'byDate' | 'measure' | 'linkedItemId' | 'status' | 'statusNote' | 'reviewedOn' | 'restricted'>>): void {
  const a = c.plan.actions.find((x) => x.id === actionId);
  if (a) Object.assign(a, change);
}

/** Puts someone in the core group or takes them out; nobody is listed twice. */
export function setCoreGroupMember(c: Conference, attendeeId: string, on: boolean): void {
  const list = c.plan.coreGroupIds;
  const i = list.indexOf(attendeeId);
  if (on && i < 0) list.push(attendeeId);
  if (!on && i >= 0) list.splice(i, 1);
}

/** The plan's own text and date fields; an emptied optional one is removed, not kept as ''. */
export function setPlanField<K extends 'leadSocialWorkerId' | 'contingency' | 'bottomLines' | 'finalOverrideReason' | 'firstCoreGroupDate' | 'reviewDate'>(c: Conference, key: K, value: Plan[K]): void {
  if (key !== 'contingency' && key !== 'bottomLines' && !value) delete c.plan[key];
  else c.plan[key] = value;
}

/** Someone new in the family's safety network: blank, or from Details' family list with their first relationship. */
export function addToSafetyNetwork(c: Conference, id: string, fromFamilyMemberId?: string): void {
  const f = c.family.find((m) => m.id === fromFamilyMemberId);
  c.plan.safetyNetwork.push({ id, name: f?.name ?? '', relationship: f?.relationships[0]?.relationship ?? '', part: '' });
}

export function editSafetyNetworkMember(c: Conference, id: string, change: Partial<Pick<SafetyNetworkMember, 'name' | 'relationship' | 'part'>>): void {
  const m = c.plan.safetyNetwork.find((x) => x.id === id);
  if (m) Object.assign(m, change);
}

export function removeFromSafetyNetwork(c: Conference, id: string): void {
  c.plan.safetyNetwork = c.plan.safetyNetwork.filter((x) => x.id !== id);
}

/**
 * Marks the plan final. Refused while any plan check is flagged, unless the chair has written a
 * reason for overriding them (canMarkFinal says how long); returns whether the plan is now final.
 */
export function markPlanFinal(c: Conference): boolean {
  if (!canMarkFinal(checkPlan(c), c.plan.finalOverrideReason).ok) return false;
  c.plan.final = true;
  return true;
}

/**
 * Reopens a final plan for changes. Once a version has been exported it stays as issued: a change
 * then starts the next version with a reason (startCorrection), so this is refused.
 */
export function reopenPlan(c: Conference): boolean {
  if (wasIssued(c, 'plan')) return false;
  c.plan.final = false;
  return true;
}
