import { addWeeks, format, parseISO } from 'date-fns';
import type { Child, Conference, ConferenceKind } from '../model';
import { addCalendarDays, addCalendarMonths, addWorkingDays, isWorkingDay, outsideBankHolidayData } from '../calendar';
import { formatDate } from '../format';

/**
 * The plan's two dates and their limits (Working Together 2023; London CP Procedures; Lewisham):
 * - first core group within 10 working days of an initial, pre-birth or transfer-in conference;
 *   after a review or a core group, the next core group within 6 weeks (Lewisham's cycle);
 * - review conference within 3 months of an initial or transfer-in conference, then at most every
 *   6 months after a review; after a pre-birth conference, within 10 days of the baby's birth.
 * Each limit is a latest date; the date offered is the last working day on or before it, so it
 * never falls on a weekend or a bank holiday.
 */
export const FIRST_CORE_GROUP_WORKING_DAYS = 10;
export const CORE_GROUP_INTERVAL_WEEKS = 6;
export const PRE_BIRTH_REVIEW_DAYS_AFTER_BIRTH = 10;

/** Conferences after which the first core group comes within 10 working days. */
const STARTS_A_PLAN: ReadonlySet<ConferenceKind> = new Set(['initial', 'pre-birth', 'transfer-in']);

export function reviewMonths(kind: ConferenceKind): number | null {
  if (kind === 'core-group') return null; // the review date is carried from the conference that set it
  return kind === 'review' ? 6 : 3;
}

/** The last working day on or before `iso`. */
export function workingDayOnOrBefore(iso: string): string {
  let day = iso;
  while (!isWorkingDay(day)) day = addCalendarDays(day, -1);
  return day;
}

/** The statutory latest date for the next core group (before rolling back to a working day). */
export function firstCoreGroupLimit(kind: ConferenceKind, conferenceDate: string): string {
  if (STARTS_A_PLAN.has(kind)) return addWorkingDays(conferenceDate, FIRST_CORE_GROUP_WORKING_DAYS);
  return format(addWeeks(parseISO(conferenceDate), CORE_GROUP_INTERVAL_WEEKS), 'yyyy-MM-dd');
}

/** The statutory latest date for the review conference, or null when this meeting sets none. */
export function reviewLimit(kind: ConferenceKind, conferenceDate: string): string | null {
  const m = reviewMonths(kind);
  return m === null ? null : addCalendarMonths(conferenceDate, m);
}

/** A pre-birth conference's review follows the birth: the baby's date of birth, or the expected date until then. */
function birthAnchor(children: readonly Child[]): { date: string; born: boolean } | null {
  const babies = children.filter((ch) => ch.unborn || ch.expectedDate);
  const born = babies.map((b) => b.dateOfBirth).filter((d): d is string => Boolean(d)).sort()[0];
  if (born) return { date: born, born: true };
  const expected = babies.map((b) => b.expectedDate).filter((d): d is string => Boolean(d)).sort()[0];
  return expected ? { date: expected, born: false } : null;
}

export interface PlanDate {
  key: 'firstCoreGroupDate' | 'reviewDate';
  label: string;
  /** The latest date offered, yyyy-mm-dd, always a working day; null when no limit applies. */
  limit: string | null;
  /** Why the limit is what it is, in words. */
  rule: string;
  value: string | undefined;
  /** Set later than the limit. */
  late: boolean;
  /** Set on or before the conference itself: almost certainly a typing slip. */
  beforeConference: boolean;
  /** Set on a weekend or bank holiday. */
  notWorkingDay: boolean;
  /** Something the chair should know about the dates, in words (e.g. bank holidays not known that far ahead). */
  warning?: string;
}

/** `children` is needed for a pre-birth conference's review, which follows the birth. */
export function planDates(c: Pick<Conference, 'details' | 'plan'> & Partial<Pick<Conference, 'children'>>): PlanDate[] {
  const { kind, date } = c.details;
  const make = (key: PlanDate['key'], label: string, rawLimit: string | null, rule: string): PlanDate => {
    const value = c.plan[key];
    const limit = rawLimit && workingDayOnOrBefore(rawLimit);
    const beyond = [rawLimit, value].find((d) => d && outsideBankHolidayData(d));
    return {
      key,
      label,
      limit,
      rule: rawLimit && limit !== rawLimit ? `${rule}; ${formatDate(rawLimit)} is not a working day` : rule,
      value,
      late: Boolean(value && limit && value > limit),
      beforeConference: Boolean(value && value <= date),
      notWorkingDay: Boolean(value && !isWorkingDay(value)),
      ...(beyond ? { warning: `Bank holidays for ${beyond.slice(0, 4)} are not known to this version of Chairside: check the date is a working day.` } : {}),
    };
  };

  const coreGroup = STARTS_A_PLAN.has(kind)
    ? make('firstCoreGroupDate', 'First core group', firstCoreGroupLimit(kind, date), `within ${FIRST_CORE_GROUP_WORKING_DAYS} working days of the conference`)
    : make('firstCoreGroupDate', 'Next core group', firstCoreGroupLimit(kind, date), `within ${CORE_GROUP_INTERVAL_WEEKS} weeks of this ${kind === 'review' ? 'review' : 'core group'}`);

  let review: PlanDate;
  const birth = kind === 'pre-birth' ? birthAnchor(c.children ?? []) : null;
  if (kind === 'pre-birth') {
    review = birth
      ? make('reviewDate', 'Review conference', addCalendarDays(birth.date, PRE_BIRTH_REVIEW_DAYS_AFTER_BIRTH), `within ${PRE_BIRTH_REVIEW_DAYS_AFTER_BIRTH} days of the birth (${birth.born ? 'born' : 'expected'} ${formatDate(birth.date)})`)
      : make('reviewDate', 'Review conference', reviewLimit(kind, date), 'within 3 months; once the baby’s expected date is recorded, within 10 days of the birth');
  } else {
    const rv = reviewLimit(kind, date);
    review = make(
      'reviewDate',
      'Review conference',
      rv,
      rv === null ? 'set at the last conference' : `within ${reviewMonths(kind)} months of ${kind === 'review' ? 'a review' : kind === 'transfer-in' ? 'a transfer-in' : 'an initial'} conference`,
    );
  }
  return [coreGroup, review];
}
