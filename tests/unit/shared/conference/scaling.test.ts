import { describe, it, expect } from 'vitest';
import { newConference, type Attendee, type Conference } from '../../../../shared/model';
import {
  checkScore,
  describeSpread,
  median,
  previousScoresFor,
  putReason,
  putScore,
  removeScore,
  scalers,
  scalingOpen,
  summariseChild,
} from '../../../../shared/conference/scaling';

function person(id: string, kind: Attendee['kind'], attendance: Attendee['attendance'] = 'present'): Attendee {
  return { id, name: id, role: '', agency: 'police', kind, attendance, remote: false };
}

function conference(): Conference {
  const c = newConference({ kind: 'initial', date: '2026-11-23' });
  c.children = [
    { id: 'c1', name: 'Amy', unborn: false },
    { id: 'c2', name: 'Ben', unborn: false },
  ];
  c.attendees = [
    person('sw', 'professional'),
    person('hv', 'professional'),
    person('gp', 'professional', 'apologies'),
    person('mum', 'parent-carer'),
    person('int', 'interpreter'),
    person('pol', 'professional', 'left-early'),
  ];
  return c;
}

describe('checkScore', () => {
  it('accepts whole numbers from 0 to 10, typed or given', () => {
    expect(checkScore('0')).toEqual({ ok: true, score: 0 });
    expect(checkScore(' 10 ')).toEqual({ ok: true, score: 10 });
    expect(checkScore(7)).toEqual({ ok: true, score: 7 });
  });
  it.each([['11'], ['-1'], ['4.5'], ['seven'], [''], ['1e1']])('rejects %j with a message', (input) => {
    const r = checkScore(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/0 to 10|number/);
  });
  it('says why a fraction is refused', () => {
    const r = checkScore('4.5');
    expect(!r.ok && r.message).toContain('not a whole number');
  });
});

describe('median', () => {
  it('takes the middle, or the mean of the two middles', () => {
    expect(median([])).toBeUndefined();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });
});

describe('scalers', () => {
  it('asks everyone present or who left early, but not interpreters or the absent', () => {
    expect(scalers(conference()).map((a) => a.id)).toEqual(['sw', 'hv', 'mum', 'pol']);
  });
});

describe('scalingOpen', () => {
  it('needs both anchors written and confirmed', () => {
    expect(scalingOpen({ anchors: { zero: 'a', ten: 'b' } })).toBe(false);
    expect(scalingOpen({ anchors: { zero: 'a', ten: ' ' }, anchorsConfirmedAt: '2026-11-23T10:00:00.000Z' })).toBe(false);
    expect(scalingOpen({ anchors: { zero: 'a', ten: 'b' }, anchorsConfirmedAt: '2026-11-23T10:00:00.000Z' })).toBe(true);
  });
});

describe('summariseChild', () => {
  it('gives median, range, count and who has not scaled, with family scores apart', () => {
    const c = conference();
    putScore(c.scaling.scores, 'sw', 'c1', 2, 'Bruises unexplained');
    putScore(c.scaling.scores, 'hv', 'c1', 5);
    putScore(c.scaling.scores, 'mum', 'c1', 9);
    putScore(c.scaling.scores, 'sw', 'c2', 6);
    const s = summariseChild(c, 'c1');
    expect(s.all).toEqual({ count: 3, median: 5, min: 2, max: 9 });
    expect(s.professional).toEqual({ count: 2, median: 3.5, min: 2, max: 5 });
    expect(s.family).toEqual({ count: 1, median: 9, min: 9, max: 9 });
    expect(s.notScaled.map((a) => a.id)).toEqual(['pol']);
    // Family scores hidden: the headline is professionals only.
    expect(s.headline).toEqual(s.professional);
    expect(s.shown.map((e) => e.attendee.id)).toEqual(['sw', 'hv']);
    c.scaling.showFamilyScores = true;
    expect(summariseChild(c, 'c1').headline).toEqual(s.all);
  });

  it('keeps scores of people no longer scaling apart, rather than losing them', () => {
    const c = conference();
    putScore(c.scaling.scores, 'hv', 'c1', 4);
    c.attendees[1]!.attendance = 'absent';
    const s = summariseChild(c, 'c1');
    expect(s.all.count).toBe(0);
    expect(s.orphaned).toHaveLength(1);
  });

  it('describes the spread in one sentence', () => {
    expect(describeSpread({ count: 0 })).toBe('No scores yet.');
    expect(describeSpread({ count: 3, median: 3.5, min: 2, max: 7 })).toBe('3 scores: median 3.5, range 2 to 7.');
    expect(describeSpread({ count: 1, median: 4, min: 4, max: 4 })).toBe('1 score: median 4, all 4.');
  });
});

describe('putScore', () => {
  it('replaces a score rather than adding a second, and keeps the reason unless given', () => {
    const scores: Conference['scaling']['scores'] = [];
    putScore(scores, 'a', 'c', 3, 'why');
    putScore(scores, 'a', 'c', 4);
    expect(scores).toEqual([{ attendeeId: 'a', childId: 'c', score: 4, reason: 'why' }]);
    expect(putReason(scores, 'a', 'c', 'because')).toBe(true);
    expect(putReason(scores, 'b', 'c', 'x')).toBe(false);
    removeScore(scores, 'a', 'c');
    expect(scores).toEqual([]);
  });
  it('refuses a score off the scale', () => {
    expect(() => putScore([], 'a', 'c', 11)).toThrow(/0 to 10/);
    expect(() => putScore([], 'a', 'c', 2.5)).toThrow(/whole/);
  });
});

describe('previousScoresFor', () => {
  it('matches the previous conference by child name', () => {
    const prev = {
      previous: {
        conferenceDate: '2026-08-01',
        anchors: { zero: '', ten: '' },
        scores: [
          { childName: 'Amy ', name: 'SW', agency: 'x', score: 3 },
          { childName: 'Ben', name: 'SW', agency: 'x', score: 5 },
        ],
      },
    };
    expect(previousScoresFor(prev, { id: 'c1', name: 'amy' })).toEqual([{ name: 'SW', agency: 'x', score: 3 }]);
    expect(previousScoresFor({}, { id: 'c1', name: 'amy' })).toEqual([]);
  });

  it('matches by the child’s id when the scores carry it, so an unborn child named since keeps their scores', () => {
    const prev = {
      previous: {
        conferenceDate: '2026-08-01',
        anchors: { zero: '', ten: '' },
        scores: [
          { childId: 'baby', childName: 'Unborn baby of Kelly Moss', name: 'Midwife', agency: 'midwifery', score: 4 },
          { childId: 'amy', childName: 'Amy', name: 'SW', agency: 'x', score: 6 },
        ],
      },
    };
    expect(previousScoresFor(prev, { id: 'baby', name: 'Lily Moss' })).toEqual([{ name: 'Midwife', agency: 'midwifery', score: 4 }]);
    expect(previousScoresFor(prev, { id: 'amy', name: 'Amelia' })).toEqual([{ name: 'SW', agency: 'x', score: 6 }]);
  });
});
