import { describe, expect, it } from 'vitest';
import { quorum } from '../../../../shared/conference/quorum';
import { reportStatus, reportDueDate } from '../../../../shared/conference/reports';
import { DEFAULT_SETTINGS, type AgencyReport, type Attendee } from '../../../../shared/model';

const person = (agency: string, attendance: Attendee['attendance'] = 'present', kind: Attendee['kind'] = 'professional'): Attendee => ({ id: agency + attendance, name: agency, role: '', agency, kind, attendance, remote: false });

describe('quorum', () => {
  it("needs children's social care and two other agencies present", () => {
    expect(quorum([person('childrens-social-care'), person('police'), person('education')], 2).quorate).toBe(true);
    expect(quorum([person('childrens-social-care'), person('police'), person('police')], 2).quorate).toBe(false);
    expect(quorum([person('police'), person('education'), person('gp')], 2).summary).toMatch(/children's social care is not present/);
    expect(quorum([person('childrens-social-care'), person('police'), person('education', 'apologies')], 2).quorate).toBe(false);
    expect(quorum([person('childrens-social-care'), person('police'), person('', 'present', 'parent-carer'), person('gp', 'left-early')], 2).quorate).toBe(true);
  });
});

describe('agency reports', () => {
  const report = (r: Partial<AgencyReport> = {}): AgencyReport => ({ id: 'r', agency: 'police', expected: true, sharedWithFamily: false, containsRestricted: false, familySummary: '', chairNote: '', ...r });
  it('are due 2 working days before an initial conference and 5 before a review, skipping bank holidays', () => {
    expect(reportDueDate(report(), 'initial', '2026-11-23', DEFAULT_SETTINGS)).toBe('2026-11-19');
    expect(reportDueDate(report(), 'review', '2026-11-23', DEFAULT_SETTINGS)).toBe('2026-11-16');
    expect(reportDueDate(report(), 'initial', '2025-04-22', DEFAULT_SETTINGS)).toBe('2025-04-16'); // Easter Monday and Good Friday skipped
    expect(reportDueDate(report(), 'core-group', '2026-11-23', DEFAULT_SETTINGS)).toBeNull();
    expect(reportDueDate(report({ dueDateOverride: '2026-11-20' }), 'initial', '2026-11-23', DEFAULT_SETTINGS)).toBe('2026-11-20');
  });
  it('late and unshared reports are flagged in words', () => {
    expect(reportStatus(report(), 'initial', '2026-11-23', DEFAULT_SETTINGS, '2026-11-20').flags).toContain('Late: not received');
    expect(reportStatus(report({ receivedDate: '2026-11-20' }), 'initial', '2026-11-23', DEFAULT_SETTINGS, '2026-11-23').flags).toEqual(['Received late', 'Not shared with the family']);
    expect(reportStatus(report({ receivedDate: '2026-11-18', sharedWithFamily: true }), 'initial', '2026-11-23', DEFAULT_SETTINGS, '2026-11-23').flags).toEqual([]);
  });
});
