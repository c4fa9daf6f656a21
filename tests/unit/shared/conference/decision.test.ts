import { describe, it, expect } from 'vitest';
import { INITIAL_OUTCOMES, REVIEW_OUTCOMES } from '../../../../shared/model';
import { checkDecision, checkDissent, decisionComplete, outcomesFor } from '../../../../shared/conference/decision';

describe('outcomesFor', () => {
  it('offers initial outcomes to initial-like conferences, review outcomes to reviews, none to core groups', () => {
    for (const k of ['initial', 'pre-birth'] as const) expect(outcomesFor(k)).toEqual(INITIAL_OUTCOMES);
    expect(outcomesFor('review')).toEqual(REVIEW_OUTCOMES);
    expect(outcomesFor('core-group')).toEqual([]);
  });
});

describe('checkDecision', () => {
  const fields = (d: Parameters<typeof checkDecision>[0], k: Parameters<typeof checkDecision>[1] = 'initial') => checkDecision(d, k).map((p) => p.field);

  it('requires reasons', () => {
    expect(fields({ outcome: 'no-plan', categories: [], reasons: ' ' })).toEqual(['reasons']);
    expect(fields({ outcome: 'no-plan', categories: [], reasons: 'Safe enough' })).toEqual([]);
  });
  it('requires a category for a plan, continuing or changing category', () => {
    expect(fields({ outcome: 'cp-plan', categories: [], reasons: 'r' })).toEqual(['categories']);
    expect(fields({ outcome: 'continue', categories: [], reasons: 'r' }, 'review')).toEqual(['categories']);
    expect(fields({ outcome: 'change-category', categories: ['physical'], reasons: 'r' }, 'review')).toEqual([]);
  });
  it('refuses a category where there is no plan', () => {
    expect(fields({ outcome: 'cin-plan', categories: ['neglect'], reasons: 'r' })).toEqual(['categories']);
  });
  it('requires an ending reason when a plan ends', () => {
    expect(fields({ outcome: 'end', categories: [], reasons: 'r' }, 'review')).toEqual(['endingReason']);
    expect(fields({ outcome: 'end', categories: [], reasons: 'r', endingReason: 'Risk reduced' }, 'review')).toEqual([]);
  });
  it('refuses an outcome from the wrong kind of conference', () => {
    expect(fields({ outcome: 'continue', categories: ['neglect'], reasons: 'r' }, 'initial')).toEqual(['outcome']);
    expect(fields({ outcome: 'no-plan', categories: [], reasons: 'r' }, 'core-group')).toEqual(['outcome']);
  });
  it('counts a decision complete only once made and valid', () => {
    const d = { childId: 'c', outcome: 'cp-plan' as const, categories: ['neglect' as const], reasons: 'r' };
    expect(decisionComplete(d, 'initial')).toBe(false);
    expect(decisionComplete({ ...d, decidedAt: '2026-11-23T11:00:00.000Z' }, 'initial')).toBe(true);
    expect(decisionComplete({ ...d, reasons: '', decidedAt: '2026-11-23T11:00:00.000Z' }, 'initial')).toBe(false);
  });
});

describe('checkDissent', () => {
  it('needs who and why', () => {
    expect(checkDissent({ name: '', reason: '' }).map((p) => p.field)).toEqual(['name', 'reason']);
    expect(checkDissent({ attendeeId: 'a', name: '', reason: 'Thinks risk is higher' })).toEqual([]);
    expect(checkDissent({ name: 'Grandmother', reason: 'x' })).toEqual([]);
  });
});
