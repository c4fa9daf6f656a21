import { isBankHoliday } from './bankHolidays';
import { addCalendarDays, isWeekend, toDayNumber } from './isoDay';

/** A working day is a weekday that is not an England and Wales bank holiday. */
export function isWorkingDay(iso: string): boolean {
  return !isWeekend(iso) && !isBankHoliday(iso);
}

/**
 * Move n working days from `iso` (n < 0 moves back). The start day itself is never counted,
 * so Wednesday + 1 = Thursday and Monday − 2 = the Thursday before (a normal week).
 * n = 0 returns the date unchanged, even on a weekend.
 */
export function addWorkingDays(iso: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Working days must be a whole number, not ${n}`);
  toDayNumber(iso);
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  let day = iso;
  while (left > 0) {
    day = addCalendarDays(day, step);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/** The date n working days before `iso`: how report due dates are worked out. */
export function subtractWorkingDays(iso: string, n: number): string {
  return addWorkingDays(iso, -n);
}

/**
 * Working days after `from` up to and including `to`; negative when `to` is earlier.
 * For a working day `to`, addWorkingDays(from, workingDaysBetween(from, to)) === to.
 */
export function workingDaysBetween(from: string, to: string): number {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  if (a === b) return 0;
  const sign = b > a ? 1 : -1;
  // Going back, count the working days from `to` (inclusive) up to `from` (exclusive), mirrored.
  const [lo, hi] = sign > 0 ? [from, to] : [to, from];
  let count = 0;
  const last = sign > 0 ? hi : addCalendarDays(hi, -1);
  const first = sign > 0 ? addCalendarDays(lo, 1) : lo;
  let day = first;
  while (day <= last) {
    if (isWorkingDay(day)) count += 1;
    day = addCalendarDays(day, 1);
  }
  return sign * count;
}
