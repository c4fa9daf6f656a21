import type { AgencyReport, Conference, RestrictedItem } from '../../model';
import { agencyLabel } from '../../format';

/**
 * The restricted register's entry for a report: the one naming the report's agency as its source.
 * Entries are named by the agency's label ("Police"), as the register shows and the chair types
 * it; older records stored the pick list's id ("police"), which still matches.
 */
export function registerEntryForReport(c: Pick<Conference, 'restricted'>, r: Pick<AgencyReport, 'agency'>): RestrictedItem | undefined {
  const label = agencyLabel(r.agency).trim().toLowerCase();
  const id = r.agency.trim().toLowerCase();
  if (!label) return undefined;
  return c.restricted.find((e) => {
    const source = e.sourceAgency.trim().toLowerCase();
    return source === label || source === id;
  });
}

/**
 * Marks a report as holding information the family cannot be told. The first time, a register
 * entry is started for its agency, by name, with the summary left for the chair to write (a
 * made-up summary would read as if someone had said what the information is). Returns the id of
 * the entry made, if one was, so the screen can take the chair straight to its summary.
 */
export function markReportRestricted(c: Conference, reportId: string, on: boolean, newEntryId: string): string | undefined {
  const r = c.reports.find((x) => x.id === reportId);
  if (!r) return undefined;
  r.containsRestricted = on;
  if (!on || !r.agency.trim() || registerEntryForReport(c, r)) return undefined;
  c.restricted.push({ id: newEntryId, sourceAgency: agencyLabel(r.agency), summary: '', reason: '' });
  return newEntryId;
}

/** A new report entry: agency to be chosen, expected, nothing received or shared yet. */
export function addReport(c: Conference, id: string): void {
  c.reports.push({ id, agency: '', expected: true, sharedWithFamily: false, containsRestricted: false, familySummary: '', chairNote: '' });
}

/** A report's own fields (not whether it is restricted: markReportRestricted keeps the register in step). */
export function editReport(c: Conference, id: string, change: Partial<Pick<AgencyReport, 'agency' | 'expected' | 'dueDateOverride' | 'receivedDate' | 'sharedWithFamily' | 'familySummary' | 'chairNote'>>): void {
  const r = c.reports.find((x) => x.id === id);
  if (r) Object.assign(r, change);
}

export function removeReport(c: Conference, id: string): void {
  c.reports = c.reports.filter((x) => x.id !== id);
}
