import { AGENCY_LABELS, type KnownAgency, type Attendee, type Conference } from '../model';

/** An agency as people read it: the pick-list label, or the free text the chair typed. */
export function agencyLabel(agency: string): string {
  return (AGENCY_LABELS as Record<string, string>)[agency] ?? agency;
}

export function isKnownAgency(agency: string): agency is KnownAgency {
  return Object.hasOwn(AGENCY_LABELS, agency);
}

/** "Name (Role, Agency)" — how an attendee is named in lists and minutes. */
export function attendeeLabel(a: Pick<Attendee, 'name' | 'role' | 'agency'>): string {
  const extra = [a.role, agencyLabel(a.agency)].filter(Boolean).join(', ');
  return extra ? `${a.name} (${extra})` : a.name;
}

export function attendeeById(c: Pick<Conference, 'attendees'>, id: string | undefined): Attendee | undefined {
  return id ? c.attendees.find((a) => a.id === id) : undefined;
}

/** A child's name for display; unborn children without a name are named from their expected date. */
export function childLabel(child: { name: string; unborn: boolean }): string {
  if (child.name.trim()) return child.name;
  return child.unborn ? 'Unborn baby' : 'Unnamed child';
}
