import { describe, it, expect } from 'vitest';
import { newConference, type Attendee } from '../../../../shared/model';
import {
  checkRecommendation,
  recommendationFor,
  recommenders,
  recommendsAndDecides,
  tallyRecommendations,
} from '../../../../shared/conference/recommendations';

const pro = (id: string, attendance: Attendee['attendance'] = 'present'): Attendee => ({
  id, name: id, role: '', agency: 'gp', kind: 'professional', attendance, remote: false,
});

describe('checkRecommendation', () => {
  it('rejects a plan without a category', () => {
    expect(checkRecommendation({ plan: true, categories: [] })).toEqual([
      { field: 'categories', message: 'A plan needs a category: choose at least one.' },
    ]);
  });
  it('needs a reason for more than one category', () => {
    expect(checkRecommendation({ plan: true, categories: ['neglect', 'emotional'] })[0]?.field).toBe('categoryReason');
    expect(checkRecommendation({ plan: true, categories: ['neglect', 'emotional'], categoryReason: 'Both seen' })).toEqual([]);
  });
  it('accepts one category, or no plan without categories', () => {
    expect(checkRecommendation({ plan: true, categories: ['neglect'] })).toEqual([]);
    expect(checkRecommendation({ plan: false, categories: [] })).toEqual([]);
    expect(checkRecommendation({ plan: false, categories: ['neglect'] })).toHaveLength(1);
    expect(checkRecommendation({ plan: true, categories: ['neglect', 'neglect'], categoryReason: 'x' })).toHaveLength(1);
  });
});

describe('tallyRecommendations', () => {
  it('counts plan and no plan per category, leaves out incomplete ones, and lists who is still to say', () => {
    const c = newConference({ kind: 'initial', date: '2026-11-23' });
    c.attendees = [pro('a'), pro('b'), pro('c'), pro('d'), pro('e', 'apologies'), { ...pro('m'), kind: 'parent-carer' }];
    c.recommendations = [
      { attendeeId: 'a', childId: 'x', plan: true, categories: ['neglect'] },
      { attendeeId: 'b', childId: 'x', plan: true, categories: ['neglect', 'emotional'], categoryReason: 'both' },
      { attendeeId: 'c', childId: 'x', plan: true, categories: [] },
      { attendeeId: 'a', childId: 'y', plan: false, categories: [] },
      { attendeeId: 'e', childId: 'x', plan: false, categories: [] },
    ];
    expect(recommenders(c).map((a) => a.id)).toEqual(['a', 'b', 'c', 'd']);
    const t = tallyRecommendations(c, 'x');
    expect(t.plan).toBe(2);
    expect(t.noPlan).toBe(0);
    expect(t.incomplete).toBe(1);
    expect(t.byCategory).toEqual({ emotional: 1, physical: 0, sexual: 0, neglect: 2 });
    expect(t.waiting.map((a) => a.id)).toEqual(['d']);
    expect(tallyRecommendations(c, 'y').noPlan).toBe(1);
  });
});

describe('recommendationFor', () => {
  it('finds or creates one recommendation per person and child', () => {
    const list: Parameters<typeof recommendationFor>[0] = [];
    const r = recommendationFor(list, 'a', 'x');
    r.plan = true;
    expect(recommendationFor(list, 'a', 'x').plan).toBe(true);
    expect(list).toHaveLength(1);
  });
});

describe('recommendsAndDecides', () => {
  it('is false only for core groups', () => {
    expect(recommendsAndDecides('core-group')).toBe(false);
    expect(recommendsAndDecides('review')).toBe(true);
    expect(recommendsAndDecides('pre-birth')).toBe(true);
  });
});
