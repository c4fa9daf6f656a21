import { describe, it, expect } from 'vitest';
import { newConference } from '../../../../shared/model';
import { firstCoreGroupLimit, planDates, reviewLimit } from '../../../../shared/conference/planDates';

describe('plan date limits', () => {
  it('first core group: 10 working days, skipping weekends and bank holidays', () => {
    // Monday 2 March 2026 + 10 working days = Monday 16 March.
    expect(firstCoreGroupLimit('initial', '2026-03-02')).toBe('2026-03-16');
    // Thursday 26 March 2026: Good Friday 3 April and Easter Monday 6 April are skipped → Monday 13 April.
    expect(firstCoreGroupLimit('initial', '2026-03-26')).toBe('2026-04-13');
  });
  it('review: 3 months after an initial conference, 6 after a review', () => {
    expect(reviewLimit('initial', '2026-03-02')).toBe('2026-06-02');
    expect(reviewLimit('pre-birth', '2026-03-02')).toBe('2026-06-02');
    expect(reviewLimit('review', '2026-03-02')).toBe('2026-09-02');
    expect(reviewLimit('core-group', '2026-03-02')).toBeNull();
  });
  it('clamps month ends', () => {
    expect(reviewLimit('initial', '2026-11-30')).toBe('2027-02-28');
  });
  it('next core group at a core group meeting: 6 weeks', () => {
    expect(firstCoreGroupLimit('core-group', '2026-03-02')).toBe('2026-04-13');
  });
});

describe('planDates', () => {
  it('shows the limits and flags dates that are late or not after the meeting', () => {
    const c = newConference({ kind: 'initial', date: '2026-03-02' });
    c.plan.firstCoreGroupDate = '2026-03-17';
    c.plan.reviewDate = '2026-03-02';
    const [cg, rv] = planDates(c);
    expect(cg).toMatchObject({ key: 'firstCoreGroupDate', limit: '2026-03-16', late: true, beforeConference: false });
    expect(rv).toMatchObject({ key: 'reviewDate', limit: '2026-06-02', late: false, beforeConference: true });
    c.plan.firstCoreGroupDate = '2026-03-16';
    expect(planDates(c)[0]!.late).toBe(false);
  });
});
