import { ATTENDEE_KIND_LABELS, type Attendee, type Child, type Conference, type FamilyMember } from '../model';
import { agencyLabel, childLabel } from '../format';

// Who is at the meeting, as one list. The family members entered on Details are the source for
// the family's names: People invites them from there (familyMemberId), and a name changed on
// either screen is changed on both (commands/people.ts), so the minutes never name a mother twice.

/** Family members on Details with a name and no one on People linked to them: the "Add from the family" list. */
export function familyMembersNotInvited(c: Pick<Conference, 'family' | 'attendees'>): FamilyMember[] {
  const invited = new Set(c.attendees.map((a) => a.familyMemberId).filter(Boolean));
  return c.family.filter((m) => m.name.trim() && !invited.has(m.id));
}

/**
 * A family member's relationship to the children, in one phrase: "Mother" when it is the same to
 * every child named, else "Mother of Amy, grandmother of Ben". Empty when none is recorded.
 */
export function relationshipPhrase(m: Pick<FamilyMember, 'relationships'>, children: readonly Child[]): string {
  const known = m.relationships.filter((r) => r.relationship.trim() && children.some((ch) => ch.id === r.childId));
  if (known.length === 0) return '';
  const words = [...new Set(known.map((r) => r.relationship.trim().toLowerCase()))];
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  if (words.length === 1) return cap(known[0]!.relationship.trim());
  const phrase = known.map((r) => `${r.relationship.trim().toLowerCase()} of ${childLabel(children.find((ch) => ch.id === r.childId)!)}`).join(', ');
  return cap(phrase);
}

/** The attendee a family member becomes when the chair invites them: linked, so their name stays in step. */
export function attendeeFromFamilyMember(m: FamilyMember, children: readonly Child[], id: string): Attendee {
  return {
    id,
    name: m.name,
    role: relationshipPhrase(m, children),
    agency: '',
    // Parents, carers and wider family all sit on the family's side; the chair can change it.
    kind: 'parent-carer',
    attendance: 'invited',
    remote: false,
    familyMemberId: m.id,
  };
}

/** People an interpreter may interpret for: anyone but another interpreter, the chair and the minute-taker. */
export function interpretable(c: Pick<Conference, 'attendees'>, interpreterId: string): Attendee[] {
  return c.attendees.filter((a) => a.id !== interpreterId && a.kind !== 'interpreter' && a.kind !== 'chair' && a.kind !== 'minute-taker');
}

/** Names joined as people say them: "Grace", "Grace and Ngozi", "Grace, Ngozi and Sam". */
export function joinNames(names: readonly string[]): string {
  const n = names.filter((x) => x.trim());
  if (n.length <= 1) return n[0] ?? '';
  return `${n.slice(0, -1).join(', ')} and ${n[n.length - 1]}`;
}

/** "Polish, for Anna Nowak and Piotr Nowak": what an interpreter does at this meeting, in words. */
export function interpreterText(a: Pick<Attendee, 'kind' | 'language' | 'interpretsFor'>, c: Pick<Conference, 'attendees'>): string {
  if (a.kind !== 'interpreter') return '';
  const names = (a.interpretsFor ?? []).map((id) => c.attendees.find((x) => x.id === id)?.name ?? '').filter((x) => x.trim());
  const language = (a.language ?? '').trim();
  return [language, names.length ? `for ${joinNames(names)}` : ''].filter(Boolean).join(', ');
}

/**
 * Role and agency (or kind) of an attendee as lists and the minutes show it, with an interpreter's
 * language and whom they interpret for: "Social worker, Children's social care",
 * "Interpreter (Polish, for Anna Nowak)".
 */
export function describeAttendee(a: Attendee, c: Pick<Conference, 'attendees'>): string {
  const base = [a.role, a.kind === 'professional' ? agencyLabel(a.agency) : ATTENDEE_KIND_LABELS[a.kind]].filter(Boolean).join(', ');
  const extra = interpreterText(a, c);
  return extra ? `${base} (${extra})` : base;
}

/** What is missing for an interpreter, in words: the language, and whom they interpret for. */
export function interpreterGaps(a: Attendee, c: Pick<Conference, 'attendees'>): string[] {
  if (a.kind !== 'interpreter') return [];
  const gaps: string[] = [];
  if (!(a.language ?? '').trim()) gaps.push('Say which language they interpret.');
  if (!(a.interpretsFor ?? []).some((id) => c.attendees.some((x) => x.id === id))) gaps.push('Say whom they interpret for.');
  return gaps;
}

/**
 * The chair and minute-taker named on Details but not on People as such: offered so attendance
 * and the minutes list who ran the meeting, as their own kinds (they never scale, recommend or
 * count for quorum).
 */
export function runnersNotListed(c: Pick<Conference, 'details' | 'attendees'>): { kind: 'chair' | 'minute-taker'; name: string }[] {
  const out: { kind: 'chair' | 'minute-taker'; name: string }[] = [];
  for (const [kind, name] of [['chair', c.details.chair], ['minute-taker', c.details.minuteTaker]] as const) {
    if (name.trim() && !c.attendees.some((a) => a.kind === kind)) out.push({ kind, name: name.trim() });
  }
  return out;
}
