import type { Conference } from '../../model';

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
