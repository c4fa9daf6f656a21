import { describe, it, expect } from 'vitest';
import { newConference, type Attendee, type Conference } from '../../../../../shared/model';
import {
  clearScore,
  confirmAnchors,
  copyPreviousAnchors,
  recordScore,
  reopenAnchors,
  setAnchor,
  setScoreReason,
  setShowFamilyScores,
} from '../../../../../shared/conference/commands/scaling';

// Signs of Safety scaling: the chair first says what 0 and 10 mean for this family, then everyone
// present (not the interpreter, the chair or the minute-taker) scores each child's safety 0–10
// with a sentence of why.

const NOW = '2026-03-02T10:15:00.000Z';

function person(id: string, kind: Attendee['kind'], attendance: Attendee['attendance'] = 'present'): Attendee {
  return { id, name: id, role: '', agency: '', kind, attendance, remote: false };
}

function conference(): Conference {
  const c = newConference({ kind: 'review', date: '2026-03-02' });
  c.children.push({ id: 'k1', name: 'Ada', unborn: false });
  c.attendees.push(person('sw', 'professional'), person('mum', 'parent-carer'), person('int', 'interpreter'), person('gone', 'professional', 'apologies'));
  return c;
}

function open(): Conference {
  const c = conference();
  c.scaling.anchors = { zero: 'Not safe at home', ten: 'Safe enough to end the plan' };
  expect(confirmAnchors(c, NOW)).toBe(true);
  return c;
}

describe('scale anchors', () => {
  it('are confirmed only once both are written, and are then fixed until reopened', () => {
    const c = conference();
    setAnchor(c, 'zero', 'Not safe at home');
    expect(confirmAnchors(c, NOW)).toBe(false);
    expect(c.scaling.anchorsConfirmedAt).toBeUndefined();
    setAnchor(c, 'ten', '   ');
    expect(confirmAnchors(c, NOW)).toBe(false);
    setAnchor(c, 'ten', 'Safe enough to end the plan');
    expect(confirmAnchors(c, NOW)).toBe(true);
    expect(c.scaling.anchorsConfirmedAt).toBe(NOW);

    setAnchor(c, 'ten', 'Changed after confirming');
    expect(c.scaling.anchors.ten).toBe('Safe enough to end the plan');
    reopenAnchors(c);
    setAnchor(c, 'ten', 'Changed after reopening');
    expect(c.scaling).toMatchObject({ anchors: { ten: 'Changed after reopening' } });
    expect('anchorsConfirmedAt' in c.scaling).toBe(false);
  });

  it('can start from the previous conference’s, a copy, not a link', () => {
    const c = conference();
    copyPreviousAnchors(c);
    expect(c.scaling.anchors).toEqual({ zero: '', ten: '' });
    c.scaling.previous = { conferenceDate: '2025-12-01', anchors: { zero: 'Then zero', ten: 'Then ten' }, scores: [] };
    copyPreviousAnchors(c);
    expect(c.scaling.anchors).toEqual({ zero: 'Then zero', ten: 'Then ten' });
    setAnchor(c, 'zero', 'Now zero');
    expect(c.scaling.previous.anchors.zero).toBe('Then zero');
  });

  it('reopening keeps the scores given so far', () => {
    const c = open();
    recordScore(c, 'sw', 'k1', 4);
    reopenAnchors(c);
    expect(c.scaling.scores).toHaveLength(1);
    expect(recordScore(c, 'mum', 'k1', 6)).toBe(false);
  });
});

describe('scores', () => {
  it('are recorded only once scaling is open', () => {
    const c = conference();
    expect(recordScore(c, 'sw', 'k1', 4)).toBe(false);
    expect(c.scaling.scores).toEqual([]);
  });

  it('record a first score with the reason typed before it, and a changed score keeps its reason', () => {
    const c = open();
    expect(recordScore(c, 'sw', 'k1', 3, 'Bruising not explained')).toBe(true);
    expect(recordScore(c, 'sw', 'k1', 5)).toBe(true);
    expect(c.scaling.scores).toEqual([{ attendeeId: 'sw', childId: 'k1', score: 5, reason: 'Bruising not explained' }]);
  });

  it('are refused from anyone not asked to scale, for a child not in the record, and off the scale', () => {
    const c = open();
    expect(recordScore(c, 'int', 'k1', 5)).toBe(false);
    expect(recordScore(c, 'gone', 'k1', 5)).toBe(false);
    expect(recordScore(c, 'nobody', 'k1', 5)).toBe(false);
    expect(recordScore(c, 'sw', 'k9', 5)).toBe(false);
    expect(recordScore(c, 'sw', 'k1', 11)).toBe(false);
    expect(recordScore(c, 'sw', 'k1', 2.5)).toBe(false);
    expect(recordScore(c, 'sw', 'k1', -1)).toBe(false);
    expect(c.scaling.scores).toEqual([]);
    expect(recordScore(c, 'mum', 'k1', 0)).toBe(true);
    expect(recordScore(c, 'sw', 'k1', 10)).toBe(true);
  });

  it('take a reason only once there is a score to go with', () => {
    const c = open();
    expect(setScoreReason(c, 'sw', 'k1', 'Early words')).toBe(false);
    expect(c.scaling.scores).toEqual([]);
    recordScore(c, 'sw', 'k1', 4);
    expect(setScoreReason(c, 'sw', 'k1', 'Visits kept')).toBe(true);
    expect(c.scaling.scores[0]!.reason).toBe('Visits kept');
  });

  it('are cleared one person and child at a time', () => {
    const c = open();
    c.children.push({ id: 'k2', name: 'Ben', unborn: false });
    recordScore(c, 'sw', 'k1', 4);
    recordScore(c, 'sw', 'k2', 6);
    expect(clearScore(c, 'sw', 'k1')).toBe(true);
    expect(clearScore(c, 'sw', 'k1')).toBe(false);
    expect(c.scaling.scores).toEqual([{ attendeeId: 'sw', childId: 'k2', score: 6, reason: '' }]);
  });
});

describe('family scores', () => {
  it('are shown beside the professionals’ only when the chair says so', () => {
    const c = conference();
    setShowFamilyScores(c, true);
    expect(c.scaling.showFamilyScores).toBe(true);
    setShowFamilyScores(c, false);
    expect(c.scaling.showFamilyScores).toBe(false);
  });
});
