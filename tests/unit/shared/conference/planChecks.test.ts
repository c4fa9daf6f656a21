import { describe, it, expect } from 'vitest';
import { newConference, type Attendee, type Conference, type PlanAction } from '../../../../shared/model';
import { canMarkFinal, checkAction, checkPlan, leadSocialWorkerProblem, planRequired, vagueHits } from '../../../../shared/conference/planChecks';

function conference(): Conference {
  const c = newConference({ kind: 'initial', date: '2026-03-02' });
  c.children.push({ id: 'child1', name: 'Jay', unborn: false });
  c.attendees.push(
    { id: 'sw', name: 'Sam Okoro', role: 'Social worker', agency: 'childrens-social-care', kind: 'professional', attendance: 'present', remote: false },
    { id: 'mum', name: 'Kelly Smith', role: 'Mother', agency: '', kind: 'parent-carer', attendance: 'present', remote: false },
  );
  c.map.push(
    { id: 'd1', kind: 'danger', text: 'Social care are worried…', childIds: ['child1'], restricted: false },
    { id: 'g1', kind: 'safety-goal', text: 'Kelly will…', childIds: ['child1'], restricted: false, pairedDangerId: 'd1' },
    { id: 's1', kind: 'strength', text: 'Jay loves school', childIds: ['child1'], restricted: false },
  );
  return c;
}

function action(over: Partial<PlanAction> = {}): PlanAction {
  return {
    id: 'a1',
    what: 'Kelly will go to the alcohol service drop-in every Tuesday',
    ownerAttendeeId: 'mum',
    byDate: '2026-04-30',
    measure: 'The alcohol worker confirms attendance to Sam each week',
    linkedItemId: 'g1',
    status: 'not-started',
    statusNote: '',
    restricted: false,
    ...over,
  };
}

describe('checkAction', () => {
  const fields = (a: PlanAction) => checkAction(a, conference()).map((f) => f.field);

  it('passes a specific action', () => {
    expect(fields(action())).toEqual([]);
  });
  it('flags a missing owner, date, measure and link', () => {
    expect(fields(action({ ownerAttendeeId: undefined, byDate: undefined, measure: ' ', linkedItemId: undefined }))).toEqual(['owner', 'date', 'measure', 'link']);
  });
  it('accepts an agency as owner, and refuses an owner who is no longer an attendee', () => {
    expect(fields(action({ ownerAttendeeId: undefined, ownerAgency: 'housing' }))).toEqual([]);
    expect(fields(action({ ownerAttendeeId: 'gone' }))).toEqual(['owner']);
  });
  it('only links to a danger statement or safety goal that still exists', () => {
    expect(fields(action({ linkedItemId: 'd1' }))).toEqual([]);
    expect(fields(action({ linkedItemId: 's1' }))).toEqual(['link']);
    expect(fields(action({ linkedItemId: 'deleted' }))).toEqual(['link']);
  });
  it('flags a date before the conference', () => {
    expect(fields(action({ byDate: '2026-01-01' }))).toEqual(['date']);
  });
  it('asks why an action was not done', () => {
    expect(fields(action({ status: 'not-done' }))).toEqual(['status']);
    expect(fields(action({ status: 'not-done', statusNote: 'Drop-in closed for refurbishment' }))).toEqual([]);
  });
});

describe('vagueHits', () => {
  it('flags vague verbs on their own, with a suggestion', () => {
    expect(vagueHits('Kelly to engage with services').map((h) => h.phrase)).toEqual(['engage with']);
    expect(vagueHits('Health visitor to monitor').map((h) => h.phrase)).toEqual(['monitor']);
    expect(vagueHits('School to support Jay').map((h) => h.phrase)).toEqual(['support']);
    expect(vagueHits('Continue to liaise as appropriate').map((h) => h.phrase)).toEqual(['liaise', 'as appropriate']);
    for (const h of vagueHits('Kelly to engage with services')) expect(h.suggestion.length).toBeGreaterThan(20);
  });
  it('accepts the same verbs once the action says how often or when', () => {
    expect(vagueHits('Health visitor to monitor Jay’s weight at the clinic every two weeks')).toEqual([]);
    expect(vagueHits('School to support Jay with a key adult each morning')).toEqual([]);
  });
  it('does not flag words that merely contain a vague verb', () => {
    expect(vagueHits('Kelly will tell the supportive aunt').map((h) => h.phrase)).toEqual([]);
  });
});

describe('checkPlan', () => {
  it('needs people, actions, a contingency and dates once a plan is made, and passes when they are there', () => {
    const c = conference();
    c.decisions.push({ childId: 'child1', outcome: 'cp-plan', categories: ['neglect'], reasons: 'r' });
    expect(planRequired(c)).toBe(true);
    const sections = checkPlan(c).map((f) => f.section);
    expect(sections).toEqual(['people', 'people', 'actions', 'contingency', 'dates', 'dates']);

    c.plan.leadSocialWorkerId = 'sw';
    c.plan.coreGroupIds = ['sw', 'mum'];
    c.plan.actions.push(action());
    c.plan.contingency = 'If Kelly drinks while caring for Jay, Sam will call a strategy discussion the same day.';
    c.plan.firstCoreGroupDate = '2026-03-10';
    c.plan.reviewDate = '2026-05-20';
    expect(checkPlan(c)).toEqual([]);
  });
  it('names the action a flag belongs to', () => {
    const c = conference();
    c.plan.actions.push(action(), action({ id: 'a2', what: 'Kelly to engage with services' }));
    const f = checkPlan(c).find((x) => x.field === 'vague');
    expect(f).toMatchObject({ actionId: 'a2', section: 'actions' });
    expect(f!.message).toMatch(/^Action 2: /);
  });
  it('does not require a contingency when no plan is made', () => {
    const c = conference();
    c.decisions.push({ childId: 'child1', outcome: 'no-plan', categories: [], reasons: 'r' });
    expect(planRequired(c)).toBe(false);
    expect(checkPlan(c).map((f) => f.section)).not.toContain('contingency');
  });
  it('flags dates later than the limits', () => {
    const c = conference();
    c.plan.firstCoreGroupDate = '2026-04-01';
    c.plan.reviewDate = '2026-07-01';
    expect(checkPlan(c).filter((f) => f.section === 'dates').map((f) => f.message)).toEqual([
      'The first core group date is later than the limit (within 10 working days of the conference).',
      'The review conference date is later than the limit (within 3 months of an initial conference).',
    ]);
  });
});

describe('canMarkFinal', () => {
  it('allows final with no flags, refuses with flags, and allows an override with a reason', () => {
    expect(canMarkFinal([], undefined)).toEqual({ ok: true, overridden: false });
    const flags = [{ section: 'contingency' as const, message: 'x' }];
    expect(canMarkFinal(flags, undefined).ok).toBe(false);
    expect(canMarkFinal(flags, 'ok').ok).toBe(false);
    expect(canMarkFinal(flags, 'Contingency agreed verbally; written up by Friday')).toEqual({ ok: true, overridden: true });
  });
});

describe('plainWordsIssues', () => {
  it('names jargon with a plainer word, and hard reading', async () => {
    const { plainWordsIssues } = await import('../../../../shared/conference/planChecks');
    const issues = plainWordsIssues('Kelly will attend the core group and the LADO will be informed.');
    expect(issues.filter((i) => i.kind === 'jargon').length).toBeGreaterThanOrEqual(2);
    expect(issues.map((i) => i.message).join(' ')).toMatch(/"LADO" is jargon: say "/);
    expect(plainWordsIssues('Mum will take Jay to school every day.')).toEqual([]);
  });
});

// London Child Protection Procedures (child protection plans): each action names who will do it and
// by when; the core group reviews progress at each meeting. Some actions are shared, and some go on
// for the life of the plan and are reported at every core group rather than finished by a date.
describe('shared and ongoing actions', () => {
  const fields = (a: PlanAction, c = conference()) => checkAction(a, c).map((f) => f.field);

  it('accepts an action shared by two people, and one whose only named person is a co-owner', () => {
    expect(fields(action({ coOwnerAttendeeIds: ['sw'] }))).toEqual([]);
    expect(fields(action({ ownerAttendeeId: undefined, coOwnerAttendeeIds: ['sw'] }))).toEqual([]);
    expect(fields(action({ ownerAttendeeId: undefined, coOwnerAttendeeIds: ['gone'] }))).toEqual(['owner']);
  });

  it('needs no end date for an ongoing action, and does not call the word "ongoing" vague there', () => {
    expect(fields(action({ byDate: undefined, ongoing: true, what: 'Kelly and Sam check in by phone every Monday, ongoing' }))).toEqual([]);
    expect(fields(action({ byDate: undefined }))).toEqual(['date']);
    expect(checkAction(action({ byDate: undefined }), conference())[0]!.message).toBe('Give a date it will be done by, or mark it as ongoing.');
  });

  it('asks an ongoing action to say how often', () => {
    const flags = checkAction(action({ byDate: undefined, ongoing: true, what: 'Kelly keeps in touch with Sam' }), conference());
    expect(flags.map((f) => f.message)).toEqual(['An ongoing action must say how often it happens.']);
  });
});

// Working Together to Safeguard Children 2023 (ch. 4) and the London Child Protection Procedures:
// the lead practitioner for a child protection plan is a social worker from the local authority's
// children's social care.
describe('the lead social worker', () => {
  function planned(lead: Partial<Attendee>) {
    const c = conference();
    c.attendees.push({ id: 'lead', name: 'Grace Bello', role: 'Health visitor', agency: 'health-visiting', kind: 'professional', attendance: 'present', remote: false, ...lead });
    c.plan.leadSocialWorkerId = 'lead';
    return checkPlan(c).filter((f) => f.section === 'people').map((f) => f.message);
  }

  it('must be from children’s social care, said in words', () => {
    expect(planned({})).toContain("The lead social worker must be a social worker from children's social care: Grace Bello is from Health visiting.");
    expect(planned({ agency: '' })).toContain("The lead social worker must be a social worker from children's social care: Grace Bello has no agency recorded.");
    expect(planned({ kind: 'parent-carer', agency: '' })).toContain("The lead social worker must be a social worker from children's social care: Grace Bello is not a professional.");
  });

  it('may be from the pick list or typed as the local authority names it', () => {
    expect(planned({ agency: 'childrens-social-care' }).join(' ')).not.toMatch(/lead social worker/);
    expect(planned({ agency: "Greenwich children's social care" }).join(' ')).not.toMatch(/lead social worker/);
    expect(leadSocialWorkerProblem({ name: 'Sam', kind: 'professional', agency: 'childrens-social-care' })).toBeUndefined();
  });
});
