import type { AgencyReport, ConferenceKind, Settings } from '../model';
import { subtractWorkingDays } from '../calendar';

/** Working days before the meeting that reports are due; null where none are expected (core groups). */
export function reportDueDays(kind: ConferenceKind, settings: Pick<Settings, 'reportDueDays'>): number | null {
  if (kind === 'core-group') return null;
  return kind === 'review' ? settings.reportDueDays.review : settings.reportDueDays.initial;
}

export function reportDueDate(r: Pick<AgencyReport, 'dueDateOverride'>, kind: ConferenceKind, conferenceDate: string, settings: Pick<Settings, 'reportDueDays'>): string | null {
  if (r.dueDateOverride) return r.dueDateOverride;
  const days = reportDueDays(kind, settings);
  return days === null ? null : subtractWorkingDays(conferenceDate, days);
}

export interface ReportStatus {
  due: string | null;
  late: boolean;
  /** Words the chair sees, never colour alone. */
  flags: string[];
}

/** Late (not in and past due, or in after the due date) and unshared reports stand out. */
export function reportStatus(r: AgencyReport, kind: ConferenceKind, conferenceDate: string, settings: Pick<Settings, 'reportDueDays'>, today: string): ReportStatus {
  const due = reportDueDate(r, kind, conferenceDate, settings);
  const flags: string[] = [];
  let late = false;
  if (r.expected && due) {
    if (!r.receivedDate && today > due) late = true;
    if (r.receivedDate && r.receivedDate > due) late = true;
  }
  if (late) flags.push(r.receivedDate ? 'Received late' : 'Late: not received');
  if (r.expected && !r.receivedDate && !late) flags.push('Not received yet');
  if (r.receivedDate && !r.sharedWithFamily) flags.push('Not shared with the family');
  if (r.containsRestricted) flags.push('Holds information the family cannot be told: chair alerted');
  return { due, late, flags };
}
