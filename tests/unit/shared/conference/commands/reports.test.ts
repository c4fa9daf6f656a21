import { describe, it, expect } from 'vitest';
import { newConference, type Conference } from '../../../../../shared/model';
import { addReport, editReport, markReportRestricted, registerEntryForReport, removeReport } from '../../../../../shared/conference/commands/reports';

// Working Together to Safeguard Children 2023 (ch. 4) and the London Child Protection Procedures:
// an agency holding information that cannot be shared with the family tells the chair before the
// conference; the chair records what it is and why it is withheld.

function conference(): Conference {
  const c = newConference({ kind: 'initial', date: '2026-03-02' });
  c.reports.push({ id: 'r1', agency: 'police', expected: true, sharedWithFamily: false, containsRestricted: false, familySummary: '', chairNote: '' });
  return c;
}

describe('a report that holds restricted information', () => {
  it('starts a register entry named by the agency’s label, with the summary left for the chair', () => {
    const c = conference();
    expect(markReportRestricted(c, 'r1', true, 'e1')).toBe('e1');
    expect(c.reports[0]!.containsRestricted).toBe(true);
    expect(c.restricted).toEqual([{ id: 'e1', sourceAgency: 'Police', summary: '', reason: '' }]);
  });

  it('makes one entry per agency, and finds entries stored by id in older records', () => {
    const c = conference();
    markReportRestricted(c, 'r1', true, 'e1');
    markReportRestricted(c, 'r1', false, 'e2');
    expect(markReportRestricted(c, 'r1', true, 'e3')).toBeUndefined();
    expect(c.restricted.map((e) => e.id)).toEqual(['e1']);

    const old = conference();
    old.restricted.push({ id: 'old', sourceAgency: 'police', summary: 'Investigation', reason: 'r' });
    expect(registerEntryForReport(old, old.reports[0]!)?.id).toBe('old');
    expect(markReportRestricted(old, 'r1', true, 'new')).toBeUndefined();
  });

  it('makes no entry for a report with no agency yet', () => {
    const c = conference();
    c.reports[0]!.agency = ' ';
    expect(markReportRestricted(c, 'r1', true, 'e1')).toBeUndefined();
    expect(c.restricted).toEqual([]);
  });
});

describe('report entries', () => {
  it('adds an expected report with nothing received or shared, edits it and removes it', () => {
    const c = newConference({ kind: 'initial', date: '2026-03-02' });
    addReport(c, 'r9');
    expect(c.reports).toEqual([{ id: 'r9', agency: '', expected: true, sharedWithFamily: false, containsRestricted: false, familySummary: '', chairNote: '' }]);
    editReport(c, 'r9', { agency: 'school', receivedDate: '2026-02-26' });
    expect(c.reports[0]).toMatchObject({ agency: 'school', receivedDate: '2026-02-26' });
    removeReport(c, 'r9');
    expect(c.reports).toEqual([]);
  });
});
