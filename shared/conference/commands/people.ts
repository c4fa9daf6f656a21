import type { Conference } from '../../model';
import { attendeeFromFamilyMember, relationshipPhrase } from '../people';

// Named changes to the people of a conference. Each mutates the record it is given (an immer draft
// in the renderer), so the rule lives here, tested without a browser, not in a button handler.

/** Invites a family member from Details onto People, linked to them. Nothing happens if they are already invited. */
export function inviteFamilyMember(c: Conference, familyMemberId: string, newAttendeeId: string): void {
  const m = c.family.find((x) => x.id === familyMemberId);
  if (!m || c.attendees.some((a) => a.familyMemberId === familyMemberId)) return;
  c.attendees.push(attendeeFromFamilyMember(m, c.children, newAttendeeId));
}

/** A family member's name, changed on Details: everyone on People linked to them follows. */
export function renameFamilyMember(c: Conference, familyMemberId: string, name: string): void {
  const m = c.family.find((x) => x.id === familyMemberId);
  if (!m) return;
  m.name = name;
  for (const a of c.attendees) if (a.familyMemberId === familyMemberId) a.name = name;
}

/**
 * A family member's relationship to one child, changed on Details. Whoever was invited from them
 * keeps a role that follows it, unless the chair has written a role of their own on People.
 */
export function setRelationship(c: Conference, familyMemberId: string, childId: string, relationship: string): void {
  const m = c.family.find((x) => x.id === familyMemberId);
  if (!m) return;
  const before = relationshipPhrase(m, c.children);
  const r = m.relationships.find((y) => y.childId === childId);
  if (r) r.relationship = relationship;
  else m.relationships.push({ childId, relationship });
  const after = relationshipPhrase(m, c.children);
  for (const a of c.attendees) if (a.familyMemberId === familyMemberId && a.role === before) a.role = after;
}

/** An attendee's name, changed on People: the family member they were invited from follows. */
export function renameAttendee(c: Conference, attendeeId: string, name: string): void {
  const a = c.attendees.find((x) => x.id === attendeeId);
  if (!a) return;
  if (a.familyMemberId && c.family.some((m) => m.id === a.familyMemberId)) renameFamilyMember(c, a.familyMemberId, name);
  else a.name = name;
}

/**
 * Takes someone off Details' family list. Whoever was invited from them stays on People (they may
 * have scored, been excluded or own an action) but is no longer linked, so nothing points nowhere.
 */
export function removeFamilyMember(c: Conference, familyMemberId: string): void {
  c.family = c.family.filter((m) => m.id !== familyMemberId);
  for (const a of c.attendees) if (a.familyMemberId === familyMemberId) delete a.familyMemberId;
}

/**
 * Takes someone off People, with what they scored and recommended. The family member they came
 * from stays on Details (and can be invited again); an interpreter no longer interprets for them,
 * and actions they shared no longer list them as a co-owner. A sole owner is kept as the record
 * had it, so the plan checks ask the chair who does it now.
 */
export function removeAttendee(c: Conference, attendeeId: string): void {
  c.attendees = c.attendees.filter((a) => a.id !== attendeeId);
  c.scaling.scores = c.scaling.scores.filter((s) => s.attendeeId !== attendeeId);
  c.recommendations = c.recommendations.filter((r) => r.attendeeId !== attendeeId);
  for (const a of c.attendees) {
    if (a.interpretsFor?.includes(attendeeId)) a.interpretsFor = a.interpretsFor.filter((id) => id !== attendeeId);
  }
  for (const action of c.plan.actions) {
    if (action.coOwnerAttendeeIds?.includes(attendeeId)) action.coOwnerAttendeeIds = action.coOwnerAttendeeIds.filter((id) => id !== attendeeId);
  }
}

/** An attendee's kind: an interpreter's language and whom they interpret for go when they stop being one. */
export function setAttendeeKind(c: Conference, attendeeId: string, kind: Conference['attendees'][number]['kind']): void {
  const a = c.attendees.find((x) => x.id === attendeeId);
  if (!a) return;
  a.kind = kind;
  if (kind !== 'interpreter') {
    delete a.language;
    delete a.interpretsFor;
  }
  // Nobody interprets for an interpreter, the chair or the minute-taker.
  if (kind === 'interpreter' || kind === 'chair' || kind === 'minute-taker') {
    for (const x of c.attendees) if (x.interpretsFor?.includes(attendeeId)) x.interpretsFor = x.interpretsFor.filter((id) => id !== attendeeId);
  }
}

/** Ticks or unticks one person an interpreter interprets for. */
export function setInterpretsFor(c: Conference, interpreterId: string, forId: string, on: boolean): void {
  const a = c.attendees.find((x) => x.id === interpreterId);
  if (!a || a.kind !== 'interpreter') return;
  const list = (a.interpretsFor ?? []).filter((id) => id !== forId);
  if (on) list.push(forId);
  a.interpretsFor = list.length ? list : undefined;
  if (!a.interpretsFor) delete a.interpretsFor;
}

/** Lists the chair or minute-taker named on Details on People, as their own kind. Nothing happens if one is listed already. */
export function listRunner(c: Conference, kind: 'chair' | 'minute-taker', newAttendeeId: string): void {
  const name = (kind === 'chair' ? c.details.chair : c.details.minuteTaker).trim();
  if (!name || c.attendees.some((a) => a.kind === kind)) return;
  c.attendees.push({ id: newAttendeeId, name, role: kind === 'chair' ? 'Chair' : 'Minute-taker', agency: '', kind, attendance: 'invited', remote: false });
}
