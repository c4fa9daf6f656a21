import { describe, it, expect } from 'vitest';
import { newConference, type Conference } from '../../../../../shared/model';
import { addDissent, recommendPlan, recordDecision, removeDissent, setRecommendedCategoryReason, toggleRecommendedCategory } from '../../../../../shared/conference/commands/decision';

// Working Together 2023: each professional recommends a plan or not for each child, and a
// category; the chair decides, one decision per child, and any disagreement is minuted.

function conference(): Conference {
  const c = newConference({ kind: 'initial', date: '2026-03-02' });
  c.children.push({ id: 'k', name: 'Kasia', unborn: false }, { id: 't', name: 'Tomek', unborn: false });
  return c;
}

describe('the decision', () => {
  it('keeps one decision per child: recording again replaces it', () => {
    const c = conference();
    recordDecision(c, 'k', { outcome: 'no-plan', categories: [], reasons: 'Safety is good enough' });
    recordDecision(c, 't', { outcome: 'cp-plan', categories: ['neglect'], reasons: 'Neglect' });
    recordDecision(c, 'k', { outcome: 'cp-plan', categories: ['emotional'], reasons: 'On reflection' });
    expect(c.decisions).toEqual([
      { childId: 'k', outcome: 'cp-plan', categories: ['emotional'], reasons: 'On reflection' },
      { childId: 't', outcome: 'cp-plan', categories: ['neglect'], reasons: 'Neglect' },
    ]);
  });

  it('minutes a disagreement against the child it is about, and removes only that one', () => {
    const c = conference();
    addDissent(c, 'k', { id: 'd1', name: 'Dr Shah', agency: 'Health', reason: 'Thinks a plan is not needed' });
    addDissent(c, 't', { id: 'd2', name: 'Dr Shah', agency: 'Health', reason: 'Same' });
    expect(c.dissent.map((d) => [d.id, d.childId])).toEqual([['d1', 'k'], ['d2', 't']]);
    removeDissent(c, 'd1');
    expect(c.dissent.map((d) => d.id)).toEqual(['d2']);
  });
});

describe('recommendations', () => {
  it('a recommendation of no plan drops its categories and their reason', () => {
    const c = conference();
    recommendPlan(c, 'grace', 'k', true);
    toggleRecommendedCategory(c, 'grace', 'k', 'neglect');
    toggleRecommendedCategory(c, 'grace', 'k', 'emotional');
    setRecommendedCategoryReason(c, 'grace', 'k', 'Both are present');
    expect(c.recommendations).toEqual([{ attendeeId: 'grace', childId: 'k', plan: true, categories: ['neglect', 'emotional'], categoryReason: 'Both are present' }]);
    recommendPlan(c, 'grace', 'k', false);
    expect(c.recommendations).toEqual([{ attendeeId: 'grace', childId: 'k', plan: false, categories: [] }]);
  });

  it('keeps each person’s recommendation for each child apart; a category ticked twice is unticked', () => {
    const c = conference();
    toggleRecommendedCategory(c, 'grace', 'k', 'physical');
    toggleRecommendedCategory(c, 'grace', 't', 'physical');
    toggleRecommendedCategory(c, 'grace', 't', 'physical');
    expect(c.recommendations.map((r) => [r.childId, r.categories])).toEqual([['k', ['physical']], ['t', []]]);
  });
});
