import { addWeeks, format, parseISO } from 'date-fns';
import type { Conference, ConferenceKind } from '../model';
import { addCalendarMonths, addWorkingDays } from '../calendar';

/**
 * The plan's two dates and their limits, from the conference date:
 * - first core group within 10 working days of the conference (weekends and bank holidays skipped);
 * - review conference within 3 months of an initial conference, 6 months of a review.
 * At a core group meeting the "first core group" field holds the next core group: every 6 weeks (Lewisham).
 */
export const FIRST_CORE_GROUP_WORKING_DAYS = 10;
export const CORE_GROUP_INTERVAL_WEEKS = 6;

export function reviewMonths(kind: ConferenceKind): number | null {
  if (kind === 'core-group') return null; // the review date is carried from the conference that set it
  return kind === 'review' ? 6 : 3;
}

export function firstCoreGroupLimit(kind: ConferenceKind, conferenceDate: string): string {
  if (kind === 'core-group') return format(addWeeks(parseISO(conferenceDate), CORE_GROUP_INTERVAL_WEEKS), 'yyyy-MM-dd');
  return addWorkingDays(conferenceDate, FIRST_CORE_GROUP_WORKING_DAYS);
}

export function reviewLimit(kind: ConferenceKind, conferenceDate: string): string | null {
  const m = reviewMonths(kind);
  return m === null ? null : addCalendarMonths(conferenceDate, m);
}

export interface PlanDate {
  key: 'firstCoreGroupDate' | 'reviewDate';
  label: string;
  /** The latest date allowed, yyyy-mm-dd, or null when no limit applies. */
  limit: string | null;
  /** Why the limit is what it is, in words. */
  rule: string;
  value: string | undefined;
  /** Set later than the limit. */
  late: boolean;
  /** Set on or before the conference itself: almost certainly a typing slip. */
  beforeConference: boolean;
}

export function planDates(c: Pick<Conference, 'details' | 'plan'>): PlanDate[] {
  const { kind, date } = c.details;
  const cg = firstCoreGroupLimit(kind, date);
  const rv = reviewLimit(kind, date);
  const make = (key: PlanDate['key'], label: string, limit: string | null, rule: string): PlanDate => {
    const value = c.plan[key];
    return {
      key,
      label,
      limit,
      rule,
      value,
      late: Boolean(value && limit && value > limit),
      beforeConference: Boolean(value && value <= date),
    };
  };
  return [
    kind === 'core-group'
      ? make('firstCoreGroupDate', 'Next core group', cg, `within ${CORE_GROUP_INTERVAL_WEEKS} weeks of this core group`)
      : make('firstCoreGroupDate', 'First core group', cg, `within ${FIRST_CORE_GROUP_WORKING_DAYS} working days of the conference`),
    make(
      'reviewDate',
      'Review conference',
      rv,
      rv === null ? 'set at the last conference' : `within ${reviewMonths(kind)} months of ${kind === 'review' ? 'a review' : 'an initial'} conference`,
    ),
  ];
}
