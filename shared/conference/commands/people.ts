import type { Attendee, Conference } from '../../model';
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

/** Someone new on People: a professional, invited, in the room, to be filled in. */
export function addAttendee(c: Conference, id: string): void {
  c.attendees.push({ id, name: '', role: '', agency: '', kind: 'professional', attendance: 'invited', remote: false });
}

/**
 * Changes an attendee's details on People. A professional from an agency with no report entry yet
 * is expected to send one (not for a core group, which has no reports due); while an agency's name
 * is being typed, the untouched entry made for the last letters follows it rather than one entry
 * being left behind per keystroke. `newReportId` names the entry if one is made.
 */
export function editAttendee(c: Conference, attendeeId: string, change: Partial<Pick<Attendee, 'role' | 'agency' | 'contact' | 'remote'>>, newReportId: string): void {
  const a = c.attendees.find((x) => x.id === attendeeId);
  if (!a) return;
  const before = a.agency;
  Object.assign(a, change);
  if (a.kind !== 'professional' || !a.agency.trim() || c.reports.some((r) => r.agency === a.agency)) return;
  const untouched = c.reports.find(
    (r) => r.agency === before && !r.receivedDate && !r.familySummary && !r.chairNote && !r.sharedWithFamily && !r.containsRestricted && !c.attendees.some((x) => x.id !== attendeeId && x.agency === before),
  );
  if (untouched) untouched.agency = a.agency;
  else c.reports.push({ id: newReportId, agency: a.agency, expected: c.details.kind !== 'core-group', sharedWithFamily: false, containsRestricted: false, familySummary: '', chairNote: '' });
}

/** Moves an attendee one place up (-1) or down (1) on People; nothing moves past either end. */
export function moveAttendee(c: Conference, attendeeId: string, delta: -1 | 1): void {
  const i = c.attendees.findIndex((x) => x.id === attendeeId);
  const to = i + delta;
  if (i < 0 || to < 0 || to >= c.attendees.length) return;
  const [x] = c.attendees.splice(i, 1);
  c.attendees.splice(to, 0, x!);
}

/**
 * Whether someone came. The time they left is kept only while they are marked as leaving early:
 * a time beside "present" would read as if they had left.
 */
export function markAttendance(c: Conference, attendeeId: string, attendance: Attendee['attendance']): void {
  const a = c.attendees.find((x) => x.id === attendeeId);
  if (!a) return;
  a.attendance = attendance;
  if (attendance !== 'left-early') delete a.leftAt;
}

/** The time someone who left early went, as HH:mm (24 hours). Anything else is ignored, so a half-typed time is never stored. */
export function setLeftAt(c: Conference, attendeeId: string, time: string): void {
  const a = c.attendees.find((x) => x.id === attendeeId);
  if (!a || a.attendance !== 'left-early' || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return;
  a.leftAt = time;
}

export function setRemote(c: Conference, attendeeId: string, remote: boolean): void {
  const a = c.attendees.find((x) => x.id === attendeeId);
  if (a) a.remote = remote;
}

/** An interpreter's language; emptied, it is removed. */
export function setInterpreterLanguage(c: Conference, attendeeId: string, language: string): void {
  const a = c.attendees.find((x) => x.id === attendeeId);
  if (!a) return;
  if (language) a.language = language;
  else delete a.language;
}

/**
 * The chair takes someone off People. If they scored or recommended, the chair chooses: with what
 * they said (removeAttendee), or keep them on the record marked absent, so their scores stay
 * attributed to a name. Someone who said nothing is simply removed.
 */
export function takeOffPeople(c: Conference, attendeeId: string, withWhatTheySaid: boolean): void {
  const said = c.scaling.scores.some((s) => s.attendeeId === attendeeId) || c.recommendations.some((r) => r.attendeeId === attendeeId);
  if (withWhatTheySaid || !said) {
    removeAttendee(c, attendeeId);
    return;
  }
  const a = c.attendees.find((x) => x.id === attendeeId);
  if (a) markAttendance(c, attendeeId, 'absent');
}

/** Someone new on Details' family list, with no relationships yet. */
export function addFamilyMember(c: Conference, id: string): void {
  c.family.push({ id, name: '', relationships: [], parentalResponsibility: false });
}

export function setParentalResponsibility(c: Conference, familyMemberId: string, on: boolean): void {
  const m = c.family.find((x) => x.id === familyMemberId);
  if (m) m.parentalResponsibility = on;
}
