import type { Attendee, Conference, PlanAction } from '../model';
import { agencyLabel, formatDate } from '../format';
import { joinNames } from './people';

// Who does an action and by when, said the same way on the plan page, in the full documents and
// in the family's copy. An action may be shared ("Grace and Ngozi"), and may go on for as long as
// the plan does (weekly check-ins): then it has no end date and is reported at each core group.

/** What the documents say instead of a date for an action that goes on until the plan ends. */
export const ONGOING_FULL = 'Ongoing, reported at each core group';
/** The same, in the family's copy and on their screen. */
export const ONGOING_FAMILY = 'Ongoing';

/** Everyone named as doing the action, first owner first, each once, only those still on the record. */
export function actionOwnerIds(a: Pick<PlanAction, 'ownerAttendeeId' | 'coOwnerAttendeeIds'>, attendees: readonly Pick<Attendee, 'id'>[]): string[] {
  const known = new Set(attendees.map((x) => x.id));
  const ids = [a.ownerAttendeeId, ...(a.coOwnerAttendeeIds ?? [])].filter((id): id is string => Boolean(id) && known.has(id!));
  return [...new Set(ids)];
}

/**
 * "Grace and Ngozi": the people doing the action, then the owning agency when no person leads it.
 * People in `hidden` (kept out of the family's view) are left out; when the first owner is left out
 * the agency stands in, as it always has. An owner no longer on the record reads "Former attendee"
 * in the full record only.
 */
export function actionOwnersText(
  a: Pick<PlanAction, 'ownerAttendeeId' | 'coOwnerAttendeeIds' | 'ownerAgency'>,
  c: Pick<Conference, 'attendees'>,
  options: { hidden?: ReadonlySet<string>; formerAttendee?: boolean } = {},
): string {
  const hidden = options.hidden ?? new Set<string>();
  const byId = new Map(c.attendees.map((x) => [x.id, x]));
  const owner = a.ownerAttendeeId ? byId.get(a.ownerAttendeeId) : undefined;
  const names: string[] = [];
  if (owner && !hidden.has(owner.id)) names.push(owner.name);
  else if (a.ownerAgency) names.push(agencyLabel(a.ownerAgency));
  else if (a.ownerAttendeeId && !owner && options.formerAttendee) names.push('Former attendee');
  for (const id of a.coOwnerAttendeeIds ?? []) {
    const p = byId.get(id);
    if (p && id !== a.ownerAttendeeId && !hidden.has(id) && !names.includes(p.name)) names.push(p.name);
  }
  return joinNames(names);
}

/** By when, in words: the date, or that it goes on and is reported at each core group. */
export function actionWhenText(a: Pick<PlanAction, 'byDate' | 'ongoing'>, audience: 'full' | 'family'): string {
  if (a.ongoing) return audience === 'family' ? ONGOING_FAMILY : ONGOING_FULL;
  return formatDate(a.byDate);
}
