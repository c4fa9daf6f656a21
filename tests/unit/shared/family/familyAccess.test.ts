import { describe, expect, it } from 'vitest';
import { newConference, type AgendaStep, type Conference, type ExclusionGround } from '../../../../shared/model';
import { peopleHiddenOnScreen, peopleKeptOutOfFamilyCopy, stepAccess, UNRELEASED_STEP_TITLE } from '../../../../shared/family/familyAccess';

// Working Together 2023 and the London procedures: a parent may be excluded from part of a
// conference on set grounds, and information that cannot be shared with them is heard while they
// are out; nothing the family receives may hold it. The chair decides, and records, what else of
// a closed part the family may read.

function conference(): Conference {
  const c = newConference({ kind: 'initial', date: '2026-03-02' });
  c.attendees = [{ id: 'dad', name: 'Dean', role: 'Father', agency: '', kind: 'parent-carer', attendance: 'present', remote: false, familyMemberId: 'fdad' }];
  return c;
}
const step = (c: Conference, key: AgendaStep['key']) => c.meeting.agenda.find((s) => s.key === key)!;
const exclude = (c: Conference, s: AgendaStep, ground: ExclusionGround, hide = false) => c.meeting.exclusions.push({ id: `x${c.meeting.exclusions.length}`, attendeeId: 'dad', ground, stepIds: [s.id], note: '', hideFromFamilyScreen: hide });
const release = (c: Conference, s: AgendaStep, choice: 'released' | 'kept-out') => (s.family.release = { choice, at: '2026-03-02T12:00:00.000Z', reasons: stepAccess(c, s).reasons });

describe('stepAccess: which steps the family may read', () => {
  it('lets an ordinary step through with its plain title and nothing to decide', () => {
    const c = conference();
    expect(stepAccess(c, step(c, 'mapping'))).toEqual({ title: 'Worries, what is going well, and what needs to happen', notesInFamilyCopy: true, titleReleased: false, reasons: [], release: 'not-needed' });
  });

  it('keeps a hidden step out until the chair releases it, and says why', () => {
    const c = conference();
    const s = step(c, 'mapping');
    s.family.show = false;
    expect(stepAccess(c, s)).toMatchObject({ notesInFamilyCopy: false, release: 'undecided', reasons: ['This step is not shown on the family screen.'] });
    release(c, s, 'kept-out');
    expect(stepAccess(c, s)).toMatchObject({ notesInFamilyCopy: false, release: 'kept-out' });
    release(c, s, 'released');
    expect(stepAccess(c, s)).toMatchObject({ notesInFamilyCopy: true, release: 'released' });
  });

  it.each(['risk-to-child', 'violence', 'intoxication', 'child-wish', 'family-conflict'] as const)('keeps a step with an exclusion (%s) out until released', (ground) => {
    const c = conference();
    const s = step(c, 'reports');
    exclude(c, s, ground);
    const access = stepAccess(c, s);
    expect(access.notesInFamilyCopy).toBe(false);
    expect(access.reasons[0]).toMatch(/^Dean was excluded during this step \(/);
    release(c, s, 'released');
    expect(stepAccess(c, s).notesInFamilyCopy).toBe(true);
  });

  it('asks again when a reason arises after the release (someone excluded later)', () => {
    const c = conference();
    const added: AgendaStep = { id: 'added', key: 'custom', title: 'Housing update', minutes: { type: 'doc' }, family: { show: true, scores: 'hidden' } };
    c.meeting.agenda.push(added);
    release(c, added, 'released');
    expect(stepAccess(c, added).notesInFamilyCopy).toBe(true);
    exclude(c, added, 'violence');
    expect(stepAccess(c, added)).toMatchObject({ notesInFamilyCopy: false, release: 'undecided', title: UNRELEASED_STEP_TITLE });
    release(c, added, 'released');
    expect(stepAccess(c, added).notesInFamilyCopy).toBe(true);
  });

  it('never releases a step held because information could not be shared with the person excluded', () => {
    const c = conference();
    const s = step(c, 'reports');
    exclude(c, s, 'restricted-information');
    release(c, s, 'released');
    expect(stepAccess(c, s)).toMatchObject({ notesInFamilyCopy: false, release: 'not-allowed' });
  });

  it('gives a step the chair added a neutral title until released, whatever it is called', () => {
    const c = conference();
    const added: AgendaStep = { id: 'added', key: 'custom', title: 'Closed session: police update', minutes: { type: 'doc' }, family: { show: true, scores: 'hidden' } };
    c.meeting.agenda.push(added);
    expect(stepAccess(c, added)).toMatchObject({ title: UNRELEASED_STEP_TITLE, notesInFamilyCopy: false, titleReleased: false, release: 'undecided' });
    release(c, added, 'released');
    expect(stepAccess(c, added)).toMatchObject({ title: 'Closed session: police update', notesInFamilyCopy: true, titleReleased: true });
    added.title = '  ';
    expect(stepAccess(c, added).title).toBe(UNRELEASED_STEP_TITLE);
  });
});

describe('people whose own words stay out', () => {
  it('hides on screen only while their step is shown, and from the family copy altogether', () => {
    const c = conference();
    const reports = step(c, 'reports');
    exclude(c, reports, 'intoxication', true);
    expect([...peopleHiddenOnScreen(c, reports)].sort()).toEqual(['dad', 'fdad']);
    expect(peopleHiddenOnScreen(c, step(c, 'plan')).size).toBe(0);
    expect([...peopleKeptOutOfFamilyCopy(c)].sort()).toEqual(['dad', 'fdad']);
  });

  it('hides nobody the chair did not choose to hide, except family members in conflict', () => {
    const c = conference();
    exclude(c, step(c, 'reports'), 'violence');
    expect(peopleKeptOutOfFamilyCopy(c).size).toBe(0);
    exclude(c, step(c, 'reports'), 'family-conflict');
    expect(peopleKeptOutOfFamilyCopy(c).has('dad')).toBe(true);
  });
});
