import { describe, it, expect } from 'vitest';
import { newConference, type Attendee, type Conference } from '../../../../shared/model';
import { describeAttendee, familyMembersNotInvited, runnersNotListed, interpreterGaps, interpreterText, joinNames, relationshipPhrase } from '../../../../shared/conference/people';
import { inviteFamilyMember, listRunner, removeAttendee, removeFamilyMember, renameAttendee, renameFamilyMember, setAttendeeKind, setInterpretsFor, setRelationship } from '../../../../shared/conference/commands/people';
import { recommenders } from '../../../../shared/conference/recommendations';
import { scalers } from '../../../../shared/conference/scaling';

// Working Together to Safeguard Children 2023 (ch. 4): parents and the child are invited to the
// conference and helped to take part, with an interpreter where they need one. The family are
// entered once (Details) and invited from there, so each is one person in every list and document.

const person = (over: Partial<Attendee> & Pick<Attendee, 'id' | 'name'>): Attendee => ({ role: '', agency: '', kind: 'professional', attendance: 'present', remote: false, ...over });

function conference(): Conference {
  const c = newConference({ kind: 'initial', date: '2026-03-02' });
  c.children.push({ id: 'amy', name: 'Amy Nowak', unborn: false }, { id: 'ben', name: 'Ben Nowak', unborn: false });
  c.family.push(
    { id: 'fm-anna', name: 'Anna Nowak', relationships: [{ childId: 'amy', relationship: 'mother' }, { childId: 'ben', relationship: 'Mother' }], parentalResponsibility: true },
    { id: 'fm-nan', name: 'Zofia Nowak', relationships: [{ childId: 'amy', relationship: 'grandmother' }, { childId: 'ben', relationship: 'great-aunt' }], parentalResponsibility: false },
    { id: 'fm-blank', name: '  ', relationships: [], parentalResponsibility: false },
  );
  c.attendees.push(person({ id: 'sw', name: 'Sam Okoro', role: 'Social worker', agency: 'childrens-social-care' }));
  return c;
}

describe('one list of the family: People invites from Details', () => {
  it('offers every named family member not yet invited, and no one twice', () => {
    const c = conference();
    expect(familyMembersNotInvited(c).map((m) => m.id)).toEqual(['fm-anna', 'fm-nan']);
    inviteFamilyMember(c, 'fm-anna', 'att-anna');
    inviteFamilyMember(c, 'fm-anna', 'att-anna-again');
    expect(c.attendees.filter((a) => a.familyMemberId === 'fm-anna').map((a) => a.id)).toEqual(['att-anna']);
    expect(familyMembersNotInvited(c).map((m) => m.id)).toEqual(['fm-nan']);
  });

  it('invites them as a parent or carer, with their relationship to the children as their role', () => {
    const c = conference();
    inviteFamilyMember(c, 'fm-anna', 'a1');
    inviteFamilyMember(c, 'fm-nan', 'a2');
    expect(c.attendees.find((a) => a.id === 'a1')).toMatchObject({ name: 'Anna Nowak', role: 'Mother', kind: 'parent-carer', attendance: 'invited', familyMemberId: 'fm-anna' });
    expect(c.attendees.find((a) => a.id === 'a2')?.role).toBe('Grandmother of Amy Nowak, great-aunt of Ben Nowak');
    expect(relationshipPhrase({ relationships: [{ childId: 'gone', relationship: 'father' }] }, c.children)).toBe('');
  });

  it('keeps the name in step whichever screen it is changed on', () => {
    const c = conference();
    inviteFamilyMember(c, 'fm-anna', 'a1');
    renameFamilyMember(c, 'fm-anna', 'Anna Kowalska');
    expect(c.attendees.find((a) => a.id === 'a1')?.name).toBe('Anna Kowalska');
    renameAttendee(c, 'a1', 'Ania Kowalska');
    expect(c.family.find((m) => m.id === 'fm-anna')?.name).toBe('Ania Kowalska');
    renameAttendee(c, 'sw', 'Sam Okoro-Smith');
    expect(c.attendees.find((a) => a.id === 'sw')?.name).toBe('Sam Okoro-Smith');
  });

  it('keeps the role in step with the relationship, unless the chair wrote a role of their own', () => {
    const c = conference();
    inviteFamilyMember(c, 'fm-anna', 'a1');
    inviteFamilyMember(c, 'fm-nan', 'a2');
    setRelationship(c, 'fm-anna', 'ben', 'stepmother');
    expect(c.attendees.find((a) => a.id === 'a1')?.role).toBe('Mother of Amy Nowak, stepmother of Ben Nowak');
    c.attendees.find((a) => a.id === 'a2')!.role = 'Grandmother, main carer';
    setRelationship(c, 'fm-nan', 'ben', 'grandmother');
    expect(c.attendees.find((a) => a.id === 'a2')?.role).toBe('Grandmother, main carer');
    expect(c.family.find((m) => m.id === 'fm-nan')?.relationships.find((r) => r.childId === 'ben')?.relationship).toBe('grandmother');
  });

  it('removing a family member keeps the invited person on People, no longer linked', () => {
    const c = conference();
    inviteFamilyMember(c, 'fm-anna', 'a1');
    removeFamilyMember(c, 'fm-anna');
    expect(c.family.map((m) => m.id)).not.toContain('fm-anna');
    const a = c.attendees.find((x) => x.id === 'a1')!;
    expect(a.name).toBe('Anna Nowak');
    expect(a.familyMemberId).toBeUndefined();
  });

  it('removing the invited person leaves the family member to be invited again, and unties interpreters and shared actions', () => {
    const c = conference();
    inviteFamilyMember(c, 'fm-anna', 'a1');
    c.attendees.push(person({ id: 'int', name: 'Ewa Lis', kind: 'interpreter', language: 'Polish', interpretsFor: ['a1'] }));
    c.plan.actions.push({ id: 'x', what: 'Weekly visit', ownerAttendeeId: 'sw', coOwnerAttendeeIds: ['a1'], measure: '', status: 'not-started', statusNote: '', restricted: false });
    removeAttendee(c, 'a1');
    expect(familyMembersNotInvited(c).map((m) => m.id)).toContain('fm-anna');
    expect(c.attendees.find((a) => a.id === 'int')?.interpretsFor).toEqual([]);
    expect(c.plan.actions[0]!.coOwnerAttendeeIds).toEqual([]);
  });
});

describe('interpreters: their language and whom they interpret for', () => {
  function withInterpreter() {
    const c = conference();
    inviteFamilyMember(c, 'fm-anna', 'a1');
    inviteFamilyMember(c, 'fm-nan', 'a2');
    c.attendees.push(person({ id: 'int', name: 'Ewa Lis', role: '', kind: 'interpreter' }));
    return c;
  }

  it('says what is missing until both are given', () => {
    const c = withInterpreter();
    const int = () => c.attendees.find((a) => a.id === 'int')!;
    expect(interpreterGaps(int(), c)).toEqual(['Say which language they interpret.', 'Say whom they interpret for.']);
    int().language = 'Polish';
    setInterpretsFor(c, 'int', 'a1', true);
    expect(interpreterGaps(int(), c)).toEqual([]);
  });

  it('shows the language and the people, in attendance lists and the minutes', () => {
    const c = withInterpreter();
    c.attendees.find((a) => a.id === 'int')!.language = 'Polish';
    setInterpretsFor(c, 'int', 'a1', true);
    setInterpretsFor(c, 'int', 'a2', true);
    const int = c.attendees.find((a) => a.id === 'int')!;
    expect(interpreterText(int, c)).toBe('Polish, for Anna Nowak and Zofia Nowak');
    expect(describeAttendee(int, c)).toBe('Interpreter (Polish, for Anna Nowak and Zofia Nowak)');
    setInterpretsFor(c, 'int', 'a2', false);
    expect(describeAttendee(c.attendees.find((a) => a.id === 'int')!, c)).toBe('Interpreter (Polish, for Anna Nowak)');
    expect(describeAttendee(c.attendees.find((a) => a.id === 'sw')!, c)).toBe("Social worker, Children's social care");
  });

  it('drops language and links when someone stops being an interpreter', () => {
    const c = withInterpreter();
    c.attendees.find((a) => a.id === 'int')!.language = 'Polish';
    setInterpretsFor(c, 'int', 'a1', true);
    setAttendeeKind(c, 'int', 'advocate');
    const a = c.attendees.find((x) => x.id === 'int')!;
    expect(a.language).toBeUndefined();
    expect(a.interpretsFor).toBeUndefined();
  });

  it('joins names as people say them', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['Grace'])).toBe('Grace');
    expect(joinNames(['Grace', 'Ngozi'])).toBe('Grace and Ngozi');
    expect(joinNames(['Grace', 'Ngozi', 'Sam'])).toBe('Grace, Ngozi and Sam');
  });
});

describe('the chair and the minute-taker as kinds of attendee (Working Together 2023: they run the conference)', () => {
  it('are neither asked to scale nor to recommend, even from children’s social care', () => {
    const c = conference();
    c.attendees.push(
      person({ id: 'chair', name: 'Alex Chair', agency: 'childrens-social-care', kind: 'chair' }),
      person({ id: 'mt', name: 'Jo Minutes', agency: 'childrens-social-care', kind: 'minute-taker' }),
    );
    expect(recommenders(c).map((a) => a.id)).toEqual(['sw']);
    expect(scalers(c).map((a) => a.id)).toEqual(['sw']);
  });
});

describe('the chair and minute-taker named on Details', () => {
  it('are offered for People as their own kinds, once', () => {
    const c = conference();
    c.details.chair = 'Alex Chair';
    c.details.minuteTaker = ' ';
    expect(runnersNotListed(c)).toEqual([{ kind: 'chair', name: 'Alex Chair' }]);
    listRunner(c, 'chair', 'ch1');
    listRunner(c, 'chair', 'ch2');
    listRunner(c, 'minute-taker', 'mt1');
    expect(c.attendees.filter((a) => a.kind === 'chair').map((a) => [a.id, a.name, a.role])).toEqual([['ch1', 'Alex Chair', 'Chair']]);
    expect(c.attendees.some((a) => a.kind === 'minute-taker')).toBe(false);
    expect(runnersNotListed(c)).toEqual([]);
  });
});
