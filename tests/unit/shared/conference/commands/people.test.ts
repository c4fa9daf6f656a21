import { describe, it, expect } from 'vitest';
import { newConference, type Conference } from '../../../../../shared/model';
import {
  addAttendee,
  addFamilyMember,
  editAttendee,
  markAttendance,
  moveAttendee,
  setInterpreterLanguage,
  setLeftAt,
  setParentalResponsibility,
  setRemote,
  takeOffPeople,
} from '../../../../../shared/conference/commands/people';

// Working Together 2023: the conference invites each agency involved and asks it for a report;
// the minutes record who attended, who sent apologies and who left early, and when.
// (The family-link commands in this module are tested in ../people.test.ts.)

function conference(kind: 'initial' | 'core-group' = 'initial'): Conference {
  const c = newConference({ kind, date: '2026-03-02' });
  c.attendees.push(
    { id: 'grace', name: 'Grace Obi', role: 'Social worker', agency: 'social-care', kind: 'professional', attendance: 'present', remote: false },
    { id: 'mum', name: 'Anna Nowak', role: 'Mother', agency: '', kind: 'parent-carer', attendance: 'present', remote: false },
  );
  return c;
}

describe('attendance', () => {
  it('keeps the time someone left only while they are marked as leaving early', () => {
    const c = conference();
    markAttendance(c, 'grace', 'left-early');
    setLeftAt(c, 'grace', '11:15');
    expect(c.attendees[0]).toMatchObject({ attendance: 'left-early', leftAt: '11:15' });
    markAttendance(c, 'grace', 'present');
    expect(c.attendees[0]!.leftAt).toBeUndefined();
  });

  it('stores only a whole HH:mm time, and only for someone who left early', () => {
    const c = conference();
    markAttendance(c, 'grace', 'left-early');
    for (const t of ['1', '11:', '11:6', '24:00', '11:60']) setLeftAt(c, 'grace', t);
    expect(c.attendees[0]!.leftAt).toBeUndefined();
    setLeftAt(c, 'grace', '09:05');
    expect(c.attendees[0]!.leftAt).toBe('09:05');
    setLeftAt(c, 'mum', '10:00');
    expect(c.attendees[1]!.leftAt).toBeUndefined();
  });

  it('marks someone as joining remotely', () => {
    const c = conference();
    setRemote(c, 'mum', true);
    expect(c.attendees[1]!.remote).toBe(true);
  });
});

describe('people and their agencies’ reports', () => {
  it('adds a professional who is invited, in the room, to be filled in', () => {
    const c = conference();
    addAttendee(c, 'p3');
    expect(c.attendees[2]).toEqual({ id: 'p3', name: '', role: '', agency: '', kind: 'professional', attendance: 'invited', remote: false });
  });

  it('expects a report from a professional’s agency once, and one entry follows the name while it is typed', () => {
    const c = conference();
    addAttendee(c, 'p3');
    editAttendee(c, 'p3', { agency: 'H' }, 'r1');
    editAttendee(c, 'p3', { agency: 'Ho' }, 'r2');
    editAttendee(c, 'p3', { agency: 'Housing' }, 'r3');
    expect(c.reports).toEqual([{ id: 'r1', agency: 'Housing', expected: true, sharedWithFamily: false, containsRestricted: false, familySummary: '', chairNote: '' }]);
    editAttendee(c, 'grace', { role: 'Lead social worker' }, 'r4');
    expect(c.reports.map((r) => r.agency)).toEqual(['Housing', 'social-care']);
  });

  it('leaves an entry the chair has worked on, or another person’s agency, where it is', () => {
    const c = conference();
    addAttendee(c, 'p3');
    editAttendee(c, 'p3', { agency: 'police' }, 'r1');
    c.reports[0]!.receivedDate = '2026-02-27';
    editAttendee(c, 'p3', { agency: 'probation' }, 'r2');
    expect(c.reports.map((r) => [r.id, r.agency])).toEqual([['r1', 'police'], ['r2', 'probation']]);

    addAttendee(c, 'p4');
    editAttendee(c, 'p4', { agency: 'probation' }, 'r3');
    editAttendee(c, 'p4', { agency: 'school' }, 'r4');
    expect(c.reports.map((r) => r.agency)).toEqual(['police', 'probation', 'school']);
  });

  it('asks no report of the family or of a core group', () => {
    const c = conference();
    editAttendee(c, 'mum', { agency: 'Nowak family' }, 'r1');
    expect(c.reports).toEqual([]);
    const cg = conference('core-group');
    editAttendee(cg, 'grace', { role: 'Social worker' }, 'r1');
    expect(cg.reports[0]).toMatchObject({ agency: 'social-care', expected: false });
  });

  it('moves people up and down, never past either end', () => {
    const c = conference();
    moveAttendee(c, 'mum', -1);
    expect(c.attendees.map((a) => a.id)).toEqual(['mum', 'grace']);
    moveAttendee(c, 'mum', -1);
    moveAttendee(c, 'grace', 1);
    expect(c.attendees.map((a) => a.id)).toEqual(['mum', 'grace']);
  });

  it('an interpreter’s emptied language is removed', () => {
    const c = conference();
    setInterpreterLanguage(c, 'grace', 'Polish');
    expect(c.attendees[0]!.language).toBe('Polish');
    setInterpreterLanguage(c, 'grace', '');
    expect('language' in c.attendees[0]!).toBe(false);
  });
});

describe('taking someone off People', () => {
  function scored(): Conference {
    const c = conference();
    c.children.push({ id: 'k', name: 'Kasia', unborn: false });
    c.scaling.scores.push({ attendeeId: 'grace', childId: 'k', score: 4, reason: 'Some safety' });
    return c;
  }

  it('keeps someone who scored on the record, marked absent, unless the chair takes what they said too', () => {
    const c = scored();
    markAttendance(c, 'grace', 'left-early');
    setLeftAt(c, 'grace', '11:15');
    takeOffPeople(c, 'grace', false);
    expect(c.attendees[0]).toMatchObject({ id: 'grace', attendance: 'absent' });
    expect(c.attendees[0]!.leftAt).toBeUndefined();
    expect(c.scaling.scores).toHaveLength(1);

    takeOffPeople(c, 'grace', true);
    expect(c.attendees.map((a) => a.id)).toEqual(['mum']);
    expect(c.scaling.scores).toEqual([]);
  });

  it('removes someone who said nothing', () => {
    const c = scored();
    takeOffPeople(c, 'mum', false);
    expect(c.attendees.map((a) => a.id)).toEqual(['grace']);
  });
});

describe('the family list', () => {
  it('adds a family member with no relationships and without parental responsibility until ticked', () => {
    const c = conference();
    addFamilyMember(c, 'f1');
    expect(c.family).toEqual([{ id: 'f1', name: '', relationships: [], parentalResponsibility: false }]);
    setParentalResponsibility(c, 'f1', true);
    expect(c.family[0]!.parentalResponsibility).toBe(true);
  });
});
