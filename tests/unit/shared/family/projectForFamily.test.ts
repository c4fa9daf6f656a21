import { describe, it, expect } from 'vitest';
import { newConference, type Conference } from '../../../../shared/model';
import { projectForFamily, familyScreen } from '../../../../shared/family/projectForFamily';
import { minutesForFamily, minutesTextForFamily } from '../../../../shared/family/familyMinutes';
import { stepAccess } from '../../../../shared/family/familyAccess';

function base(): Conference {
  const c = newConference({ kind: 'initial', date: '2026-03-02', venue: 'https://video.example/secret-room', localAuthority: 'Lewisham' });
  c.children = [{ id: 'amy', name: 'Amy', unborn: false }];
  c.attendees = [
    { id: 'sw', name: 'Sam Carter', role: 'Social worker', agency: 'childrens-social-care', kind: 'professional', attendance: 'present', remote: false, contact: '07700 900123' },
    { id: 'mum', name: 'Kelly', role: 'Mother', agency: '', kind: 'parent-carer', attendance: 'present', remote: false, familyMemberId: 'fmum' },
    { id: 'dad', name: 'Dean', role: 'Father', agency: '', kind: 'parent-carer', attendance: 'present', remote: false, familyMemberId: 'fdad' },
    { id: 'gp', name: 'Dr Okafor', role: 'GP', agency: 'gp', kind: 'professional', attendance: 'apologies', remote: false },
  ];
  return c;
}
const stepOf = (c: Conference, key: string) => c.meeting.agenda.find((s) => s.key === key)!;
const json = (v: unknown) => JSON.stringify(v);

describe('projectForFamily rules', () => {
  it('shows who is here with roles, never contact details or the venue', () => {
    const c0 = base();
    const v = projectForFamily(c0);
    expect(v.people).toEqual([
      { name: 'Sam Carter', role: "Social worker, Children's social care" },
      { name: 'Kelly', role: 'Parent or carer' },
      { name: 'Dean', role: 'Parent or carer' },
    ]);
    c0.attendees[3]!.attendance = 'present';
    expect(projectForFamily(c0).people.at(-1)).toEqual({ name: 'Dr Okafor', role: 'GP' });
    expect(json(v)).not.toContain('07700');
    expect(json(v)).not.toContain('secret-room');
    expect(v.date).toBe('02/03/2026');
  });

  it('leaves out restricted map items, flagged or in the register, and sorts the rest into columns', () => {
    const c = base();
    c.map = [
      { id: 'a', kind: 'danger', text: 'Amy could be hurt', childIds: [], restricted: false },
      { id: 'b', kind: 'harm', text: 'FLAGGED', childIds: [], restricted: true },
      { id: 'c', kind: 'harm', text: 'REGISTER', childIds: [], restricted: false, restrictedItemId: 'r1' },
      { id: 'd', kind: 'strength', text: 'Kelly reads to Amy', childIds: [], restricted: false },
      { id: 'e', kind: 'safety-goal', text: 'Safe at home', childIds: [], restricted: false },
    ];
    const v = projectForFamily(c, { stepId: stepOf(c, 'mapping').id });
    expect(v.map.worried.map((i) => i.text)).toEqual(['Amy could be hurt']);
    expect(v.map.worried[0]!.label).toBe('What we are worried could happen');
    expect(v.map.working.map((i) => i.text)).toEqual(['Kelly reads to Amy']);
    expect(v.map.needs.map((i) => i.text)).toEqual(['Safe at home']);
    expect(json(v)).not.toMatch(/FLAGGED|REGISTER/);
  });

  it('never shows the register, contributions, reasons or dissent', () => {
    const c = base();
    c.restricted = [{ id: 'r1', sourceAgency: 'police', summary: 'REG-SUMMARY', reason: 'REG-REASON' }];
    c.contributions = [{ id: 'k', attendeeId: 'sw', worries: 'PRIVATE-NOTE', workingWell: '', newInformation: '', restricted: false }];
    c.scaling.scores = [{ attendeeId: 'sw', childId: 'amy', score: 4, reason: 'SCORE-REASON' }];
    c.dissent = [{ id: 'x', childId: 'amy', name: 'Dean', agency: '', reason: 'DISSENT' }];
    stepOf(c, 'welcome').family.scores = 'named';
    for (const step of c.meeting.agenda) expect(json(projectForFamily(c, { stepId: step.id }))).not.toMatch(/REG-|PRIVATE-NOTE|SCORE-REASON|DISSENT/);
  });

  it('shows only reports shared with the family and free of restricted content', () => {
    const c = base();
    c.reports = [
      { id: '1', agency: 'education', expected: true, sharedWithFamily: true, containsRestricted: false, familySummary: 'Amy attends well', chairNote: 'CHAIR-ONLY' },
      { id: '2', agency: 'police', expected: true, sharedWithFamily: false, containsRestricted: false, familySummary: 'NOT-SHARED', chairNote: '' },
      { id: '3', agency: 'police', expected: true, sharedWithFamily: true, containsRestricted: true, familySummary: 'HAS-RESTRICTED', chairNote: '' },
    ];
    const v = projectForFamily(c, { stepId: stepOf(c, 'reports').id });
    expect(v.reports).toEqual([{ agency: 'Education', summary: { text: 'Amy attends well', explained: [] } }]);
  });

  it('applies the step’s score setting, and family scores only when the chair allows', () => {
    const c = base();
    c.scaling.scores = [
      { attendeeId: 'sw', childId: 'amy', score: 6, reason: '' },
      { attendeeId: 'mum', childId: 'amy', score: 9, reason: '' },
    ];
    const scaling = stepOf(c, 'scaling');
    scaling.family.scores = 'hidden';
    expect(projectForFamily(c, { stepId: scaling.id }).scale.children).toEqual([]);
    scaling.family.scores = 'anonymous';
    expect(projectForFamily(c, { stepId: scaling.id }).scale.children).toEqual([{ childName: 'Amy', scores: [{ score: 6 }], trend: '' }]);
    c.scaling.showFamilyScores = true;
    scaling.family.scores = 'named';
    expect(projectForFamily(c, { stepId: scaling.id }).scale.children[0]!.scores).toEqual([
      { score: 6, name: 'Sam Carter' },
      { score: 9, name: 'Kelly' },
    ]);
  });

  it('shows nothing of a step the chair hides but the meeting’s name', () => {
    const c = base();
    c.map = [{ id: 'a', kind: 'strength', text: 'Visible elsewhere', childIds: [], restricted: false }];
    const mapping = stepOf(c, 'mapping');
    mapping.family.show = false;
    const v = projectForFamily(c, { stepId: mapping.id });
    expect(v.step).toMatchObject({ key: 'mapping', shown: false });
    expect(v.map.working).toEqual([]);
    expect(v.people).toEqual([]);
  });

  it('hides an excluded person and what they said while their exclusion’s steps are on screen', () => {
    const c = base();
    const mapping = stepOf(c, 'mapping');
    c.map = [{ id: 'a', kind: 'strength', text: 'DEAN-SAID', childIds: [], raisedBy: 'dad', restricted: false }];
    c.views = [{ id: 'v', whose: 'family', attributedTo: 'fdad', attributedName: 'Dean', text: 'DEAN-VIEW', restricted: false }];
    c.meeting.exclusions = [{ id: 'x', attendeeId: 'dad', ground: 'intoxication', stepIds: [mapping.id], note: 'EXCL-NOTE', hideFromFamilyScreen: true }];
    const during = json(projectForFamily(c, { stepId: mapping.id }));
    expect(during).not.toMatch(/DEAN-SAID|DEAN-VIEW|EXCL-NOTE|"Dean"/);
    expect(json(projectForFamily(c, { stepId: stepOf(c, 'recommendations').id }))).toContain('DEAN-SAID'); // a step that draws the map
    // The family's copy leaves out what the chair chose to hide, whichever step it was said on.
    expect(json(projectForFamily(c, { document: { scores: 'anonymous' } }))).not.toMatch(/DEAN-SAID|DEAN-VIEW|EXCL-NOTE/);
    c.meeting.exclusions[0]!.hideFromFamilyScreen = false;
    expect(json(projectForFamily(c, { stepId: mapping.id }))).toContain('DEAN-SAID');
    expect(json(projectForFamily(c, { document: { scores: 'anonymous' } }))).toContain('DEAN-SAID');
    // Family members in conflict: one side's words stay out without the tick.
    c.meeting.exclusions[0]!.ground = 'family-conflict';
    expect(json(projectForFamily(c, { stepId: mapping.id }))).not.toContain('DEAN-SAID');
    expect(json(projectForFamily(c, { document: { scores: 'anonymous' } }))).not.toContain('DEAN-SAID');
  });

  it('gives the family only the chair’s note meant for them, never the chair’s own note', () => {
    const c = base();
    c.reports = [{ id: '1', agency: 'education', expected: true, sharedWithFamily: true, containsRestricted: false, familySummary: '', chairNote: 'CHASE-THE-HEAD' }];
    const v = projectForFamily(c, { document: { scores: 'hidden' } });
    expect(v.reports).toEqual([{ agency: 'Education', summary: { text: '', explained: [] } }]);
    expect(json(v)).not.toContain('CHASE-THE-HEAD');
  });

  it('puts in the family copy only the notes of steps the rule lets through, under the family’s headings', () => {
    const c = base();
    const words = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
    for (const step of c.meeting.agenda) step.minutes = words(`NOTES-OF-${step.key}`);
    stepOf(c, 'mapping').family.show = false;
    const reports = stepOf(c, 'reports');
    c.meeting.exclusions = [{ id: 'x', attendeeId: 'dad', ground: 'violence', stepIds: [reports.id], note: '', hideFromFamilyScreen: false }];
    c.meeting.agenda.push({ id: 'police', key: 'custom', title: 'Closed session: police update', minutes: words('NOTES-OF-police'), family: { show: true, scores: 'hidden' } });
    const doc = () => projectForFamily(c, { document: { scores: 'hidden' } }).minutes;
    expect(doc().map((m) => m.lines[0])).toEqual(['NOTES-OF-welcome', 'NOTES-OF-purpose', 'NOTES-OF-child-views', 'NOTES-OF-family-views', 'NOTES-OF-scaling', 'NOTES-OF-recommendations', 'NOTES-OF-decision', 'NOTES-OF-plan', 'NOTES-OF-close']);
    expect(doc()[0]!.title).toBe('Welcome');
    expect(json(projectForFamily(c, { stepId: 'police' }))).not.toContain('Closed session');
    // Released by the chair: the step added for housing comes back with its own title.
    const added = c.meeting.agenda.at(-1)!;
    added.family.release = { choice: 'released', at: '2026-03-02T12:00:00.000Z', reasons: stepAccess(c, added).reasons };
    reports.family.release = { choice: 'released', at: '2026-03-02T12:00:00.000Z', reasons: stepAccess(c, reports).reasons };
    expect(doc().map((m) => m.title)).toContain('Closed session: police update');
    expect(doc().map((m) => m.lines[0])).toContain('NOTES-OF-reports');
    // A step held because something could not be shared with Dean can never be released.
    c.meeting.exclusions[0]!.ground = 'restricted-information';
    expect(doc().map((m) => m.lines[0])).not.toContain('NOTES-OF-reports');
    expect(projectForFamily(c).minutes).toEqual([]); // never on screen
  });

  it('shows only completed decisions, in plain words', () => {
    const c = base();
    c.decisions = [{ childId: 'amy', outcome: 'cp-plan', categories: ['neglect'], reasons: 'REASONS' }];
    expect(projectForFamily(c, { stepId: stepOf(c, 'decision').id }).decisions).toEqual([]);
    c.decisions[0]!.decidedAt = '2026-03-02T11:00:00.000Z';
    const v = projectForFamily(c, { stepId: stepOf(c, 'decision').id });
    expect(v.decisions).toEqual([{ childName: 'Amy', outcome: 'There will be a child protection plan to keep them safe', categories: ['Neglect (a child’s basic needs not being met)'] }]);
    expect(json(v)).not.toContain('REASONS');
  });

  it('lists plan actions with who and dd/mm/yyyy, leaving out restricted ones and those tied to restricted worries', () => {
    const c = base();
    c.map = [{ id: 'secret', kind: 'danger', text: 'x', childIds: [], restricted: true }];
    const action = { measure: '', status: 'not-started' as const, statusNote: '', restricted: false };
    c.plan.actions = [
      { id: '1', what: 'Kelly goes to the GP', ownerAttendeeId: 'mum', byDate: '2026-04-01', ...action },
      { id: '2', what: 'HIDDEN-ACTION', ...action, restricted: true },
      { id: '3', what: 'LINKED-ACTION', linkedItemId: 'secret', ...action },
      { id: '4', what: 'Housing visit', ownerAgency: 'housing', ...action },
    ];
    c.plan.reviewDate = '2026-06-01';
    const v = projectForFamily(c, { stepId: stepOf(c, 'plan').id });
    expect(v.plan.actions).toEqual([
      { what: 'Kelly goes to the GP', who: 'Kelly', byWhen: '01/04/2026', explained: [{ term: 'GP', meaning: expect.any(String) }] },
      { what: 'Housing visit', who: 'Housing', byWhen: '', explained: [] },
    ]);
    expect(v.plan.review).toBe('01/06/2026');
  });

  it('explains jargon and titles the meeting in plain words', () => {
    const c = base();
    c.meeting.purpose = 'This ICPC follows a section 47 enquiry.';
    const v = projectForFamily(c, { stepId: stepOf(c, 'purpose').id });
    expect(v.meetingTitle).toBe('Child protection meeting (first meeting)');
    expect(v.purpose.explained.map((e) => e.term)).toEqual(['ICPC', 'section 47']);
  });

  it('sends only what the step on screen draws, so nothing hidden travels undrawn', () => {
    const c = base();
    const views = stepOf(c, 'family-views');
    c.views = [{ id: 'v', whose: 'family', attributedTo: 'fdad', attributedName: 'Dean', text: 'DEAN-VIEW', restricted: false }];
    c.meeting.exclusions = [{ id: 'x', attendeeId: 'dad', ground: 'intoxication', stepIds: [views.id], note: '', hideFromFamilyScreen: true }];
    for (const step of c.meeting.agenda) expect(json(projectForFamily(c, { stepId: step.id })), step.key).not.toContain('DEAN-VIEW');
    c.meeting.exclusions = [];
    expect(json(projectForFamily(c, { stepId: views.id }))).toContain('DEAN-VIEW');
    expect(json(projectForFamily(c, { stepId: stepOf(c, 'mapping').id }))).not.toContain('DEAN-VIEW');
  });

  it('follows the pinned step over the chair’s current step', () => {
    const c = base();
    expect(projectForFamily(c).step?.key).toBe('welcome');
    expect(projectForFamily(c, { stepId: stepOf(c, 'plan').id }).step).toEqual({ key: 'plan', title: 'What happens next', shown: true });
  });

  it('sends nothing but the curtain when it is down', () => {
    expect(familyScreen(base(), { curtain: true })).toEqual({ curtain: true });
    expect(familyScreen(null)).toEqual({ curtain: false, view: null });
  });
});

describe('minutesForFamily', () => {
  it('drops restricted passages, unknown nodes, links and stray attributes', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          attrs: { secret: 'ATTR' },
          content: [
            { type: 'text', text: 'Open words ' },
            { type: 'text', text: 'HIDDEN', marks: [{ type: 'restricted', attrs: { restrictedItemId: 'r1' } }] },
            { type: 'text', text: 'linked', marks: [{ type: 'link', attrs: { href: 'tel:07700' } }, { type: 'bold' }] },
            { type: 'mysteryWidget', content: [{ type: 'text', text: 'UNKNOWN' }] },
          ],
        },
      ],
    };
    const out = minutesForFamily(doc);
    expect(json(out)).not.toMatch(/HIDDEN|ATTR|07700|UNKNOWN|restricted/);
    expect(minutesTextForFamily(doc)).toBe('Open words linked');
  });
});
