import type { Conference, EarlierMeeting } from '../model';
import { addCalendarDays, addWorkingDays, isWorkingDay, outsideBankHolidayData, workingDaysBetween } from '../calendar';
import { formatDate } from '../format';
import { firstCoreGroupLimit, reviewLimit, PRE_BIRTH_REVIEW_DAYS_AFTER_BIRTH } from './planDates';

/**
 * Is this meeting on time? Each check names the procedure it follows and answers in words:
 * - initial (and pre-birth) conference within 15 working days of the strategy discussion
 *   (Working Together 2023, 4.2);
 * - transfer-in conference within 15 working days of being told the family moved in (London CP
 *   Procedures, transfer-in);
 * - a review within 3 months of the initial (or transfer-in) conference and then at most 6 months
 *   after the last review; after a pre-birth conference, within 10 days of the birth;
 * - the first core group within 10 working days of the initial conference, then every 6 weeks;
 * and whether the date is a working day the bank-holiday data covers.
 */
export const STRATEGY_TO_ICPC_WORKING_DAYS = 15;
export const TRANSFER_IN_WORKING_DAYS = 15;

export interface TimelinessCheck {
  /** 'late' and 'unknown' need the chair's attention; 'ok' is said so the chair need not work it out. */
  status: 'ok' | 'late' | 'unknown';
  message: string;
}

const lastConference = (meetings: readonly EarlierMeeting[]) => [...meetings].reverse().find((m) => m.kind !== 'core-group');

export function meetingTimeliness(c: Pick<Conference, 'details' | 'history' | 'children'>): TimelinessCheck[] {
  const { kind, date } = c.details;
  const checks: TimelinessCheck[] = [];
  const meetings = c.history?.meetings ?? [];
  const within = (limit: string, what: string): TimelinessCheck =>
    date <= limit ? { status: 'ok', message: `On time: ${what}, by ${formatDate(limit)}.` } : { status: 'late', message: `Late: ${what} was due by ${formatDate(limit)}; record why in the minutes.` };

  if (kind === 'initial' || kind === 'pre-birth') {
    const sd = c.details.strategyDiscussionDate;
    if (!sd) checks.push({ status: 'unknown', message: 'Enter the strategy discussion date to check the conference is within 15 working days of it.' });
    else if (sd > date) checks.push({ status: 'late', message: `The strategy discussion (${formatDate(sd)}) is after the conference date: check both dates.` });
    else checks.push(within(addWorkingDays(sd, STRATEGY_TO_ICPC_WORKING_DAYS), `the conference within ${STRATEGY_TO_ICPC_WORKING_DAYS} working days of the strategy discussion on ${formatDate(sd)} (it is ${workingDaysBetween(sd, date)} working days after it)`));
  }
  if (kind === 'transfer-in') {
    const told = c.details.transferNotifiedDate;
    if (!told) checks.push({ status: 'unknown', message: 'Enter the date this authority was told the family had moved in, to check the conference is within 15 working days of it.' });
    else checks.push(within(addWorkingDays(told, TRANSFER_IN_WORKING_DAYS), `a transfer-in conference within ${TRANSFER_IN_WORKING_DAYS} working days of the notification (${formatDate(told)})`));
  }
  if (kind === 'review') {
    const last = lastConference(meetings);
    if (!last) checks.push({ status: 'unknown', message: 'No earlier conference is linked to this review, so its timing cannot be checked. Create it as following on from the last conference.' });
    else if (last.kind === 'pre-birth') {
      const born = c.children.map((ch) => ch.dateOfBirth).filter((d): d is string => Boolean(d)).sort()[0];
      if (!born) checks.push({ status: 'unknown', message: 'Record the baby’s date of birth to check the review is within 10 days of the birth.' });
      else checks.push(within(addCalendarDays(born, PRE_BIRTH_REVIEW_DAYS_AFTER_BIRTH), `a review within ${PRE_BIRTH_REVIEW_DAYS_AFTER_BIRTH} days of the birth (${formatDate(born)})`));
    } else {
      const limit = reviewLimit(last.kind, last.date)!;
      checks.push(within(limit, `a review within ${last.kind === 'review' ? 6 : 3} months of the ${last.kind === 'review' ? 'last review' : 'conference'} on ${formatDate(last.date)}`));
    }
  }
  if (kind === 'core-group') {
    const prev = meetings.at(-1);
    if (prev) {
      const first = prev.kind !== 'core-group' && prev.kind !== 'review';
      checks.push(within(firstCoreGroupLimit(prev.kind, prev.date), first ? `the first core group within 10 working days of the conference on ${formatDate(prev.date)}` : `a core group within 6 weeks of the meeting on ${formatDate(prev.date)}`));
    }
  }
  if (!isWorkingDay(date)) checks.push({ status: 'late', message: `${formatDate(date)} is a weekend or a bank holiday: choose a working day.` });
  if (outsideBankHolidayData(date)) checks.push({ status: 'unknown', message: `Bank holidays for ${date.slice(0, 4)} are not known to this version of Chairside: check the date is a working day.` });
  return checks;
}
