import { DEFAULT_SETTINGS, type Conference, type Settings } from '../model';
import { agencyLabel, formatDate } from '../format';
import { quorum } from '../conference/quorum';
import { reportStatus } from '../conference/reports';
import { h, p, type Block } from './model';

/** The local rules a document states the meeting against: quorum and report deadlines, from the settings. */
export type MeetingRules = Pick<Settings, 'quorumOtherAgencies' | 'quorumHealthAsOneAgency' | 'reportDueDays'>;
export const DEFAULT_RULES: MeetingRules = DEFAULT_SETTINGS;

/**
 * Quorum, always stated (not only when the chair overrode it), and each agency report's state at
 * the meeting: late, not received, not shared with the family. The record must show the meeting
 * was properly constituted and what the family had seen (Working Together 2023).
 */
export function quorumAndReportsSection(c: Conference, rules: MeetingRules = DEFAULT_RULES): Block[] {
  const q = quorum(c.attendees, rules.quorumOtherAgencies, { healthAsOneAgency: rules.quorumHealthAsOneAgency });
  const blocks: Block[] = [h(3, 'Quorum'), p(q.summary)];
  if (!q.quorate) blocks.push(p(c.meeting.quorumOverrideReason?.trim() ? `The meeting went ahead without quorum: ${c.meeting.quorumOverrideReason}` : 'No reason was recorded for going ahead without quorum.'));
  const expected = c.reports.filter((r) => r.expected || r.receivedDate);
  blocks.push(h(3, 'Agency reports'));
  if (!expected.length) blocks.push(p('No agency reports were expected.'));
  for (const r of expected) {
    // As things stood on the day of the meeting.
    const s = reportStatus(r, c.details.kind, c.details.date, rules, c.details.date);
    const parts = [r.receivedDate ? `received ${formatDate(r.receivedDate)}` : 'not received by the meeting', ...(s.due ? [`due ${formatDate(s.due)}`] : []), ...(s.late ? ['late'] : []), r.receivedDate ? (r.sharedWithFamily ? 'shared with the family' : 'not shared with the family') : ''].filter(Boolean);
    blocks.push(p(`${agencyLabel(r.agency) || 'Agency'}: ${parts.join(', ')}.`));
  }
  if (c.meeting.reportsSeenByFamily !== undefined) blocks.push(p(c.meeting.reportsSeenByFamily ? 'The chair checked that the family had seen the reports before the meeting.' : 'The family had not seen all the reports before the meeting.'));
  return blocks;
}

/** The chair's closing check that the family understood the decision and the plan. */
export function familyUnderstoodSection(c: Conference): Block[] {
  const u = c.meeting.familyUnderstood;
  if (!u) return [h(3, 'The family’s understanding'), p('Not recorded.')];
  const said = (yes: boolean, what: string) => (yes ? `The family understood ${what}.` : `It was not recorded that the family understood ${what}.`);
  return [h(3, 'The family’s understanding'), p(`${said(u.decision, 'the decision')} ${said(u.plan, 'the plan')}`), ...(u.note.trim() ? [p(u.note)] : [])];
}
