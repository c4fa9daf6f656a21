import { describe, it, expect } from 'vitest';
import { newConference, type Attendee, type Conference } from '../../../../shared/model';
import { attendanceSection, planSection } from '../../../../shared/documents/fullSections';
import type { Block } from '../../../../shared/documents/model';
import { projectForFamily } from '../../../../shared/family/projectForFamily';

// The full minutes and plan say who was there (an interpreter with their language and whom they
// interpreted for) and who does each action: shared actions name everyone, ongoing actions say
// they are reported at each core group (London Child Protection Procedures: the core group
// reviews the plan's progress at each meeting). The family's copy says the same in plain words.

const person = (over: Partial<Attendee> & Pick<Attendee, 'id' | 'name'>): Attendee => ({ role: '', agency: '', kind: 'professional', attendance: 'present', remote: false, ...over });

function conference(): Conference {
  const c = newConference({ kind: 'initial', date: '2026-03-02' });
  c.children.push({ id: 'amy', name: 'Amy Nowak', unborn: false });
  c.attendees.push(
    person({ id: 'grace', name: 'Grace Bello', role: 'Social worker', agency: 'childrens-social-care' }),
    person({ id: 'ngozi', name: 'Ngozi Eze', role: 'Family support worker', agency: 'early-help' }),
    person({ id: 'anna', name: 'Anna Nowak', role: 'Mother', kind: 'parent-carer' }),
    person({ id: 'ewa', name: 'Ewa Lis', kind: 'interpreter', language: 'Polish', interpretsFor: ['anna'] }),
  );
  c.plan.actions.push(
    { id: 'a1', what: 'Grace and Ngozi visit Anna at home every Thursday', ownerAttendeeId: 'grace', coOwnerAttendeeIds: ['ngozi'], byDate: '2026-04-30', measure: 'Visit notes', status: 'not-started', statusNote: '', restricted: false },
    { id: 'a2', what: 'Anna phones Ngozi every Monday', ownerAttendeeId: 'anna', coOwnerAttendeeIds: ['ngozi'], ongoing: true, measure: 'Ngozi keeps a log', status: 'not-started', statusNote: '', restricted: false },
  );
  return c;
}

const tables = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { type: 'table' }> => b.type === 'table');

describe('the full record', () => {
  it('gives an interpreter’s language and whom they interpreted for in the attendance table', () => {
    const rows = tables(attendanceSection(conference()))[0]!.rows;
    expect(rows.find((r) => r.cells[0] === 'Ewa Lis')!.cells[1]).toBe('Interpreter (Polish, for Anna Nowak)');
  });

  it('names every owner of a shared action, and says an ongoing action is reported at each core group', () => {
    const rows = tables(planSection(conference()))[0]!.rows;
    expect(rows[0]!.cells.slice(1, 3)).toEqual(['Grace Bello and Ngozi Eze', '30/04/2026']);
    expect(rows[1]!.cells.slice(1, 3)).toEqual(['Anna Nowak and Ngozi Eze', 'Ongoing, reported at each core group']);
  });
});

describe('the family’s copy', () => {
  it('names co-owners joined with "and", and says "Ongoing" for an action with no end date', () => {
    const v = projectForFamily(conference(), { document: { scores: 'hidden' } });
    expect(v.plan.actions.map((a) => [a.who, a.byWhen])).toEqual([
      ['Grace Bello and Ngozi Eze', '30/04/2026'],
      ['Anna Nowak and Ngozi Eze', 'Ongoing'],
    ]);
  });

  it('leaves out a co-owner kept from the family’s view', () => {
    const c = conference();
    c.meeting.exclusions.push({ id: 'x', attendeeId: 'ngozi', ground: 'violence', stepIds: [], note: '', hideFromFamilyScreen: true });
    const v = projectForFamily(c, { document: { scores: 'hidden' } });
    expect(v.plan.actions.map((a) => a.who)).toEqual(['Grace Bello', 'Anna Nowak']);
  });
});
