import { describe, expect, it } from 'vitest';
import { newConference, REVIEW_OUTCOMES, type Attendee, type Conference, type EarlierMeeting } from '../../../../shared/model';
import { checkDecision, outcomesFor } from '../../../../shared/conference/decision';
import { currentPlan } from '../../../../shared/conference/currentPlan';
import { canonicalAgency, quorum, quorumUnresolved } from '../../../../shared/conference/quorum';
import { switchKind } from '../../../../shared/conference/switchKind';
import { planDates } from '../../../../shared/conference/planDates';
import { meetingTimeliness } from '../../../../shared/conference/timeliness';
import { reportDueDays } from '../../../../shared/conference/reports';
import { DEFAULT_SETTINGS } from '../../../../shared/model';

const meeting = (over: Partial<EarlierMeeting>): EarlierMeeting => ({ conferenceId: 'c0', kind: 'initial', date: '2026-02-25', decisions: [], dissent: [], childViews: [], scores: [], ...over });
const fields = (p: { field: string }[]) => p.map((x) => x.field);

describe('a review knows the current category (Working Together 2023: a review decides whether the plan continues, changes category or ends)', () => {
  const c: Pick<Conference, 'history'> = {
    history: {
      meetings: [
        meeting({ decisions: [{ childId: 'amy', outcome: 'cp-plan', categories: ['neglect'], reasons: 'r' }] }),
        meeting({ kind: 'core-group', date: '2026-03-10' }),
      ],
    },
  };

  it('finds the plan the child is on from the last conference that decided, not the last core group', () => {
    expect(currentPlan(c, 'amy')).toMatchObject({ outcome: 'cp-plan', categories: ['neglect'], onPlan: true, meeting: { kind: 'initial' } });
    expect(currentPlan(c, 'ben')).toBeNull();
    expect(currentPlan({}, 'amy')).toBeNull();
  });

  it('continues only under the same category; changing category must change it', () => {
    const current = currentPlan(c, 'amy')!.categories;
    expect(fields(checkDecision({ outcome: 'continue', categories: ['emotional'], reasons: 'r' }, 'review', { currentCategories: current }))).toEqual(['categories']);
    expect(fields(checkDecision({ outcome: 'continue', categories: ['neglect'], reasons: 'r' }, 'review', { currentCategories: current }))).toEqual([]);
    expect(fields(checkDecision({ outcome: 'change-category', categories: ['neglect'], reasons: 'r' }, 'review', { currentCategories: current }))).toEqual(['categories']);
    expect(fields(checkDecision({ outcome: 'change-category', categories: ['emotional'], reasons: 'r' }, 'review', { currentCategories: current }))).toEqual([]);
  });

  it('asks why when the chair decides on more than one category, as for recommendations', () => {
    expect(fields(checkDecision({ outcome: 'cp-plan', categories: ['neglect', 'emotional'], reasons: 'r' }, 'initial'))).toEqual(['categoryReason']);
    expect(fields(checkDecision({ outcome: 'cp-plan', categories: ['neglect', 'emotional'], reasons: 'r', categoryReason: 'Both are present' }, 'initial'))).toEqual([]);
  });

  it('lets nothing be decided while the meeting is not quorate and no reason is recorded', () => {
    expect(fields(checkDecision({ outcome: 'no-plan', categories: [], reasons: 'r' }, 'initial', { quorumUnresolved: true }))).toEqual(['outcome']);
  });
});

describe('kinds of meeting and harm context', () => {
  it('a transfer-in conference can continue the plan the family arrived with', () => {
    expect(outcomesFor('transfer-in')).toEqual(REVIEW_OUTCOMES);
  });

  it('an extra-familial harm review is a review: 5-day reports, review outcomes, 6-month review limit', () => {
    const c = newConference({ kind: 'review', date: '2026-03-02', harmContext: 'extra-familial' });
    expect(reportDueDays(c.details.kind, DEFAULT_SETTINGS)).toBe(5);
    expect(outcomesFor(c.details.kind)).toEqual(REVIEW_OUTCOMES);
    expect(planDates(c)[1]!.limit).toBe('2026-09-02');
  });

  it('switching a core group back to a conference brings back Recommendations and Decision, in their places', () => {
    const c = newConference({ kind: 'initial', date: '2026-03-02' });
    const keys = () => c.meeting.agenda.map((s) => s.key);
    const before = keys();
    switchKind(c, 'core-group');
    expect(keys()).not.toContain('decision');
    switchKind(c, 'review');
    expect(keys()).toEqual(before);
    expect(c.details.kind).toBe('review');
  });

  it('keeps a step with minutes when switching to a core group', () => {
    const c = newConference({ kind: 'initial', date: '2026-03-02' });
    c.meeting.agenda.find((s) => s.key === 'decision')!.minutes = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Said' }] }] };
    switchKind(c, 'core-group');
    expect(c.meeting.agenda.map((s) => s.key)).toContain('decision');
    expect(c.meeting.agenda.map((s) => s.key)).not.toContain('recommendations');
  });
});

describe('quorum (children’s social care plus two other agencies; the chair and minute-taker never count)', () => {
  const person = (agency: string, kind: Attendee['kind'] = 'professional'): Attendee => ({ id: `${agency}-${kind}`, name: agency, role: '', agency, kind, attendance: 'present', remote: false });

  it('a typed agency is matched by what it says', () => {
    expect(canonicalAgency("Greenwich children's social care")).toBe('childrens-social-care');
    expect(canonicalAgency('Met Police')).toBe('police');
    expect(quorum([person('childrens-social-care'), person("Greenwich Children's Social Care"), person('police')], 2).quorate).toBe(false);
  });

  it('a chair or minute-taker from children’s social care does not make it quorate', () => {
    expect(quorum([person('childrens-social-care', 'chair'), person('police'), person('education')], 2).socialCarePresent).toBe(false);
    expect(quorum([person('childrens-social-care', 'minute-taker'), person('police'), person('education')], 2).quorate).toBe(false);
  });

  it('health disciplines count once when the setting says so', () => {
    const people = [person('childrens-social-care'), person('gp'), person('health-visiting')];
    expect(quorum(people, 2).quorate).toBe(true);
    expect(quorum(people, 2, { healthAsOneAgency: true }).quorate).toBe(false);
    expect(quorum(people, 2, { healthAsOneAgency: true }).summary).toMatch(/health counted as one agency/);
  });

  it('a reason is needed to go ahead without quorum', () => {
    const q = quorum([person('police')], 2);
    expect(quorumUnresolved(q, undefined)).toBe(true);
    expect(quorumUnresolved(q, '  ')).toBe(true);
    expect(quorumUnresolved(q, 'Agencies sent reports; the family asked to go ahead')).toBe(false);
  });
});

describe('dates offered are working days and follow the kind of meeting', () => {
  it('ICPC on 25/02/2026: the review limit, 25/05/2026, is a bank holiday, so 22/05/2026 is offered', () => {
    const c = newConference({ kind: 'initial', date: '2026-02-25' });
    const review = planDates(c)[1]!;
    expect(review.limit).toBe('2026-05-22');
    expect(review.rule).toMatch(/25\/05\/2026 is not a working day/);
  });

  it('after a review the next core group is within 6 weeks, not the first-core-group 10 working days', () => {
    const c = newConference({ kind: 'review', date: '2026-03-02' });
    expect(planDates(c)[0]).toMatchObject({ label: 'Next core group', limit: '2026-04-13' });
    const icpc = newConference({ kind: 'initial', date: '2026-03-02' });
    expect(planDates(icpc)[0]).toMatchObject({ label: 'First core group', limit: '2026-03-16' });
  });

  it('a pre-birth conference’s review follows the birth (within 10 days)', () => {
    const c = newConference({ kind: 'pre-birth', date: '2026-03-02' });
    c.children = [{ id: 'baby', name: '', unborn: true, expectedDate: '2026-05-20' }];
    expect(planDates(c)[1]).toMatchObject({ limit: '2026-05-29', rule: expect.stringMatching(/birth \(expected 20\/05\/2026\)/) });
    c.children[0]!.dateOfBirth = '2026-05-08';
    expect(planDates(c)[1]!.limit).toBe('2026-05-18'); // 18/05/2026 is a Monday
  });

  it('says when bank holidays are not known that far ahead', () => {
    const c = newConference({ kind: 'review', date: '2028-10-02' });
    expect(planDates(c)[1]!.warning).toMatch(/Bank holidays for 2029 are not known/);
  });

  it('flags a date set on a weekend or bank holiday', () => {
    const c = newConference({ kind: 'initial', date: '2026-03-02' });
    c.plan.firstCoreGroupDate = '2026-03-14';
    expect(planDates(c)[0]!.notWorkingDay).toBe(true);
  });
});

describe('is this meeting on time?', () => {
  it('an ICPC within 15 working days of the strategy discussion', () => {
    const c = newConference({ kind: 'initial', date: '2026-03-20', strategyDiscussionDate: '2026-03-02' });
    expect(meetingTimeliness(c)[0]!.status).toBe('ok');
    c.details.date = '2026-03-24';
    expect(meetingTimeliness(c)[0]).toMatchObject({ status: 'late', message: expect.stringMatching(/due by 23\/03\/2026/) });
    delete c.details.strategyDiscussionDate;
    expect(meetingTimeliness(c)[0]!.status).toBe('unknown');
  });

  it('a transfer-in within 15 working days of the notification', () => {
    const c = newConference({ kind: 'transfer-in', date: '2026-03-30', transferNotifiedDate: '2026-03-02' });
    expect(meetingTimeliness(c)[0]!.status).toBe('late');
  });

  it('a review against the conference before it: 3 months after an ICPC, 6 after a review', () => {
    const c = newConference({ kind: 'review', date: '2026-05-22' });
    c.history = { meetings: [meeting({ kind: 'initial', date: '2026-02-25' })] };
    expect(meetingTimeliness(c)[0]!.status).toBe('ok');
    c.details.date = '2026-05-27';
    expect(meetingTimeliness(c)[0]!.status).toBe('late');
    c.history = { meetings: [meeting({ kind: 'review', date: '2026-02-25' })] };
    expect(meetingTimeliness(c)[0]!.status).toBe('ok');
  });

  it('the first core group within 10 working days of the ICPC', () => {
    const c = newConference({ kind: 'core-group', date: '2026-03-17' });
    c.history = { meetings: [meeting({ kind: 'initial', date: '2026-03-02' })] };
    expect(meetingTimeliness(c)[0]).toMatchObject({ status: 'late', message: expect.stringMatching(/first core group within 10 working days/) });
  });

  it('a meeting on a bank holiday', () => {
    const c = newConference({ kind: 'core-group', date: '2026-05-25' });
    expect(meetingTimeliness(c).map((x) => x.status)).toContain('late');
  });
});
