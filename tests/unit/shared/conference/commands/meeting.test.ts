import { describe, it, expect } from 'vitest';
import { produce } from 'immer';
import { newAgendaStep, newConference, type Conference } from '../../../../../shared/model';
import {
  addExclusion,
  addStep,
  chooseStepRelease,
  editExclusion,
  endMeeting,
  goToStep,
  removeExclusion,
  removeStep,
  renameStep,
  setExclusionStep,
  setFamilyUnderstood,
  setMeetingField,
  setStepFamilyView,
  startMeeting,
  suggestPurpose,
} from '../../../../../shared/conference/commands/meeting';
import { stepAccess } from '../../../../../shared/family/familyAccess';

// The meeting's clock and agenda: a step's start time is when the chair first reaches it in a
// running meeting (the minutes print it); ending the meeting makes a draft conference one that was held.

const T0 = '2026-03-02T10:00:00.000Z';
const T1 = '2026-03-02T10:20:00.000Z';
const T2 = '2026-03-02T11:45:00.000Z';

function conference(): Conference {
  const c = newConference({ kind: 'initial', date: '2026-03-02', familyName: 'Nowak' }, new Date(T0));
  c.attendees.push({ id: 'mum', name: 'Anna Nowak', role: 'Mother', agency: '', kind: 'parent-carer', attendance: 'present', remote: false });
  return c;
}
const steps = (c: Conference) => c.meeting.agenda;

describe('the meeting clock', () => {
  it('starts the meeting on the step the chair is on, timed now, and keeps an earlier start of that step', () => {
    const c = conference();
    const second = steps(c)[1]!;
    startMeeting(c, T0, second.id);
    expect(c.meeting.startedAt).toBe(T0);
    expect(c.meeting.currentStepId).toBe(second.id);
    expect(second.startedAt).toBe(T0);
    expect(steps(c)[0]!.startedAt).toBeUndefined();

    endMeeting(c, T1);
    startMeeting(c, T2, second.id);
    expect(c.meeting.endedAt).toBeUndefined();
    expect(second.startedAt).toBe(T0);
  });

  it('starts on the first step when the chair is on none', () => {
    const c = conference();
    startMeeting(c, T0, 'no-such-step');
    expect(c.meeting.currentStepId).toBe(steps(c)[0]!.id);
    expect(steps(c)[0]!.startedAt).toBe(T0);
  });

  it('ending a draft conference makes it held; a later status is not put back', () => {
    const c = conference();
    endMeeting(c, T2);
    expect(c.meeting.endedAt).toBe(T2);
    expect(c.status).toBe('held');
    c.status = 'exported';
    endMeeting(c, T2);
    expect(c.status).toBe('exported');
  });

  it('times a step when first reached in a running meeting, not before it starts, not again, not after it ends', () => {
    const c = conference();
    const [a, b, d] = [steps(c)[1]!, steps(c)[2]!, steps(c)[3]!];
    goToStep(c, a.id, T0);
    expect(c.meeting.currentStepId).toBe(a.id);
    expect(a.startedAt).toBeUndefined();

    startMeeting(c, T0, a.id);
    goToStep(c, b.id, T1);
    expect(b.startedAt).toBe(T1);
    goToStep(c, b.id, T2);
    expect(b.startedAt).toBe(T1);

    endMeeting(c, T2);
    goToStep(c, d.id, T2);
    expect(d.startedAt).toBeUndefined();
  });

  it('works on an immer draft, as the store applies it', () => {
    const c = conference();
    const next = produce(c, (d) => startMeeting(d, T0));
    expect(next.meeting.startedAt).toBe(T0);
    expect(c.meeting.startedAt).toBeUndefined();
  });
});

describe('steps the chair adds', () => {
  it('puts a new step straight after the current one, or at the end', () => {
    const c = conference();
    const first = steps(c)[0]!;
    const x = newAgendaStep('custom', 'Housing');
    addStep(c, x, first.id);
    expect(steps(c)[1]!.id).toBe(x.id);
    const y = newAgendaStep('custom', 'Court');
    addStep(c, y, undefined);
    expect(steps(c).at(-1)!.id).toBe(y.id);
    renameStep(c, y.id, 'Court dates');
    expect(steps(c).at(-1)!.title).toBe('Court dates');
  });

  it('removing the step the chair is on puts them on the one before it', () => {
    const c = conference();
    const x = newAgendaStep('custom', 'Housing');
    addStep(c, x, steps(c)[2]!.id);
    const before = steps(c)[2]!.id;
    c.meeting.currentStepId = x.id;
    removeStep(c, x.id);
    expect(steps(c).some((s) => s.id === x.id)).toBe(false);
    expect(c.meeting.currentStepId).toBe(before);
  });

  it('removing another step leaves the chair where they are', () => {
    const c = conference();
    const x = newAgendaStep('custom', 'Housing');
    addStep(c, x, undefined);
    const here = steps(c)[1]!.id;
    c.meeting.currentStepId = here;
    removeStep(c, x.id);
    expect(c.meeting.currentStepId).toBe(here);
  });
});

describe('what reaches the family', () => {
  it('changes one step’s family screen settings and keeps the rest', () => {
    const c = conference();
    const s = steps(c)[1]!;
    setStepFamilyView(c, s.id, { scores: 'anonymous' });
    expect(s.family).toEqual({ show: true, scores: 'anonymous' });
  });

  it('records a release with the time and the reasons shown, and never releases a step that may not be', () => {
    const c = conference();
    const s = steps(c)[1]!;
    // Nothing holds this step back: there is no choice to record.
    expect(chooseStepRelease(c, s.id, 'released', T1)).toBe(false);
    expect(s.family.release).toBeUndefined();

    setStepFamilyView(c, s.id, { show: false });
    expect(chooseStepRelease(c, s.id, 'released', T1)).toBe(true);
    expect(s.family.release).toEqual({ choice: 'released', at: T1, reasons: stepAccess(c, s).reasons });
    expect(stepAccess(c, s).release).toBe('released');

    // Someone excluded because information cannot be shared with them: never released.
    const t = steps(c)[2]!;
    addExclusion(c, 'x1', 'mum');
    editExclusion(c, 'x1', { ground: 'restricted-information' });
    setExclusionStep(c, 'x1', t.id, true);
    expect(stepAccess(c, t).release).toBe('not-allowed');
    expect(chooseStepRelease(c, t.id, 'released', T2)).toBe(false);
    expect(t.family.release).toBeUndefined();
    expect(chooseStepRelease(c, t.id, 'kept-out', T2)).toBe(true);
    expect(t.family.release?.choice).toBe('kept-out');
  });
});

describe('exclusions', () => {
  it('adds one hidden from the family screen covering no steps, ticks steps once each, and removes it', () => {
    const c = conference();
    addExclusion(c, 'x1', 'mum');
    expect(c.meeting.exclusions).toEqual([{ id: 'x1', attendeeId: 'mum', ground: 'risk-to-child', stepIds: [], note: '', hideFromFamilyScreen: true }]);
    const s = steps(c)[3]!.id;
    setExclusionStep(c, 'x1', s, true);
    setExclusionStep(c, 'x1', s, true);
    expect(c.meeting.exclusions[0]!.stepIds).toEqual([s]);
    setExclusionStep(c, 'x1', s, false);
    expect(c.meeting.exclusions[0]!.stepIds).toEqual([]);
    editExclusion(c, 'x1', { note: 'Out for the police update', hideFromFamilyScreen: false });
    expect(c.meeting.exclusions[0]).toMatchObject({ note: 'Out for the police update', hideFromFamilyScreen: false });
    removeExclusion(c, 'x1');
    expect(c.meeting.exclusions).toEqual([]);
  });
});

describe('the meeting’s own fields', () => {
  it('an emptied quorum reason is removed, not kept as an empty reason', () => {
    const c = conference();
    setMeetingField(c, 'quorumOverrideReason', 'Police could not attend; they sent a report.');
    expect(c.meeting.quorumOverrideReason).toBe('Police could not attend; they sent a report.');
    setMeetingField(c, 'quorumOverrideReason', '');
    expect('quorumOverrideReason' in c.meeting).toBe(false);
    setMeetingField(c, 'reportsSeenByFamily', false);
    expect(c.meeting.reportsSeenByFamily).toBe(false);
    setMeetingField(c, 'purpose', '');
    expect(c.meeting.purpose).toBe('');
  });

  it('suggests the purpose for the kind of harm: worries outside the home are said to be there', () => {
    const c = conference();
    suggestPurpose(c);
    const atHome = c.meeting.purpose;
    expect(atHome).not.toBe('');
    c.details.harmContext = 'extra-familial';
    suggestPurpose(c);
    expect(c.meeting.purpose).toContain('outside the home');
    expect(c.meeting.purpose).not.toBe(atHome);
  });

  it('the family-understood check starts unticked and keeps what was ticked before', () => {
    const c = conference();
    setFamilyUnderstood(c, { decision: true });
    expect(c.meeting.familyUnderstood).toEqual({ decision: true, plan: false, note: '' });
    setFamilyUnderstood(c, { note: 'Asked what a core group is' });
    expect(c.meeting.familyUnderstood).toEqual({ decision: true, plan: false, note: 'Asked what a core group is' });
  });
});
