// Calendar dates as yyyy-mm-dd strings, done in UTC arithmetic so the laptop's time zone and
// clock changes (BST) can never shift a date by one.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a yyyy-mm-dd date; throws on anything that is not a real date. */
export function toDayNumber(iso: string): number {
  const m = ISO.exec(iso);
  if (!m) throw new RangeError(`Not a yyyy-mm-dd date: ${iso}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const day = ms / 86_400_000;
  if (fromDayNumber(day) !== iso) throw new RangeError(`Not a real date: ${iso}`);
  return day;
}

export function fromDayNumber(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(toDayNumber(iso) * 86_400_000).getUTCDay();
}

export function isWeekend(iso: string): boolean {
  const d = weekday(iso);
  return d === 0 || d === 6;
}

export function addCalendarDays(iso: string, n: number): string {
  return fromDayNumber(toDayNumber(iso) + n);
}

/**
 * Add whole months; when the target month is shorter the date is clamped to its last day
 * (31/08 + 6 months = 28/02 or 29/02), which is how "within 6 months" is read.
 */
export function addCalendarMonths(iso: string, n: number): string {
  toDayNumber(iso);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const monthIndex = y * 12 + (m - 1) + n;
  const ty = Math.floor(monthIndex / 12);
  const tm = monthIndex - ty * 12;
  const lastDay = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  return `${String(ty).padStart(4, '0')}-${String(tm + 1).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}
