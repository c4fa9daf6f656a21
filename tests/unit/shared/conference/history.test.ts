import { describe, expect, it } from 'vitest';
import { newConference, type Conference } from '../../../../shared/model';
import { historyAfter, summariseMeeting } from '../../../../shared/conference/history';
import { describeTrajectoryForFamily, trajectory } from '../../../../shared/conference/trajectory';

function icpc(): Conference {
  const c = newConference({ kind: 'initial', date: '2026-02-25' });
  c.children = [{ id: 'amy', name: 'Amy', unborn: false }];
  c.attendees = [
    { id: 'sw', name: 'Sam', role: '', agency: 'childrens-social-care', kind: 'professional', attendance: 'present', remote: false },
    { id: 'pc', name: 'Tom', role: '', agency: 'police', kind: 'professional', attendance: 'present', remote: false },
    { id: 'mum', name: 'Kelly', role: '', agency: '', kind: 'parent-carer', attendance: 'present', remote: false },
  ];
  c.scaling.scores = [
    { attendeeId: 'sw', childId: 'amy', score: 2, reason: 'REASON' },
    { attendeeId: 'pc', childId: 'amy', score: 4, reason: '' },
    { attendeeId: 'mum', childId: 'amy', score: 9, reason: '' },
  ];
  c.decisions = [{ childId: 'amy', outcome: 'cp-plan', categories: ['neglect'], reasons: 'Amy is often alone', decidedAt: '2026-02-25T12:00:00.000Z' }];
  c.dissent = [{ id: 'd', childId: 'amy', attendeeId: 'mum', name: '', agency: '', reason: 'She is fine' }];
  c.views = [
    { id: 'v1', whose: 'child', attributedName: 'Amy', childId: 'amy', text: 'I like school', restricted: false },
    { id: 'v2', whose: 'child', attributedName: 'Amy', text: 'SECRET', restricted: true },
  ];
  return c;
}

describe('what a follow-on meeting keeps of earlier ones', () => {
  it('keeps decisions, dissent with the person’s name, the child’s open words and the professionals’ spread', () => {
    const m = summariseMeeting(icpc());
    expect(m.decisions).toEqual([{ childId: 'amy', outcome: 'cp-plan', categories: ['neglect'], reasons: 'Amy is often alone' }]);
    expect(m.dissent).toEqual([{ childId: 'amy', name: 'Kelly', agency: '', reason: 'She is fine' }]);
    expect(m.childViews).toEqual([{ childId: 'amy', by: 'Amy', text: 'I like school' }]);
    expect(m.scores).toEqual([{ childId: 'amy', median: 3, min: 2, max: 4, count: 2 }]); // the family's 9 is theirs, not in the median
    expect(JSON.stringify(m)).not.toMatch(/SECRET|REASON/);
  });

  it('adds each meeting after the ones before it', () => {
    const first = icpc();
    const cg = newConference({ kind: 'core-group', date: '2026-03-10' });
    cg.history = historyAfter(first);
    cg.children = first.children;
    expect(historyAfter(cg).meetings.map((m) => m.kind)).toEqual(['initial', 'core-group']);
  });
});

describe('trajectory', () => {
  it('draws the professionals’ median meeting by meeting, this one last', () => {
    const first = icpc();
    const review = structuredClone(first);
    review.details = { ...review.details, kind: 'review', date: '2026-05-22' };
    review.history = historyAfter(first);
    review.scaling.scores = [
      { attendeeId: 'sw', childId: 'amy', score: 6, reason: '' },
      { attendeeId: 'pc', childId: 'amy', score: 6, reason: '' },
    ];
    const points = trajectory(review, 'amy');
    expect(points.map((p) => [p.label, p.median, p.current])).toEqual([
      ['ICPC 25/02/2026', 3, false],
      ['RCPC 22/05/2026 (this meeting)', 6, true],
    ]);
    expect(describeTrajectoryForFamily(points, 'Amy')).toBe('At the meeting on 25/02/2026, the workers thought Amy was about 3 out of 10 safe. At this meeting they thought about 6 out of 10: more safe than before.');
    expect(describeTrajectoryForFamily(points.slice(0, 1), 'Amy')).toBe('');
  });
});
