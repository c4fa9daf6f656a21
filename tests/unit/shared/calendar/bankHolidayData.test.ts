import { describe, expect, it } from 'vitest';
import { bankHolidays, weekday, addCalendarDays } from '../../../../shared/calendar';

// Checks the shipped data against the rules that make most holidays, so a typo in a date is caught.
function easterSunday(year: number): string {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
const firstMonday = (y: number, m: number) => {
  let d = `${y}-${String(m).padStart(2, '0')}-01`;
  while (weekday(d) !== 1) d = addCalendarDays(d, 1);
  return d;
};
const lastMonday = (y: number, m: number) => {
  let d = addCalendarDays(`${y}-${String(m + 1).padStart(2, '0')}-01`, -1);
  while (weekday(d) !== 1) d = addCalendarDays(d, -1);
  return d;
};

describe('shipped bank holiday data (2018–2028)', () => {
  const dates = new Set(bankHolidays().map((h) => h.date));
  const years = Array.from({ length: 11 }, (_, i) => 2018 + i);

  it('has no holiday on a weekend and no duplicates', () => {
    expect(dates.size).toBe(bankHolidays().length);
    for (const d of dates) expect([0, 6]).not.toContain(weekday(d));
  });
  it('has Good Friday and Easter Monday every year', () => {
    for (const y of years) {
      const easter = easterSunday(y);
      expect(dates.has(addCalendarDays(easter, -2)), `Good Friday ${y}`).toBe(true);
      expect(dates.has(addCalendarDays(easter, 1)), `Easter Monday ${y}`).toBe(true);
    }
  });
  it('has the May and August holidays, with 2020 and 2022 exceptions', () => {
    for (const y of years) {
      expect(dates.has(y === 2020 ? '2020-05-08' : firstMonday(y, 5)), `early May ${y}`).toBe(true);
      expect(dates.has(y === 2022 ? '2022-06-02' : lastMonday(y, 5)), `spring ${y}`).toBe(true);
      expect(dates.has(lastMonday(y, 8)), `summer ${y}`).toBe(true);
    }
    expect(dates.has('2020-05-04')).toBe(false);
    expect(dates.has('2022-05-30')).toBe(false);
  });
  it('has eight holidays a year except the special years', () => {
    const count = (y: number) => [...dates].filter((d) => d.startsWith(String(y))).length;
    for (const y of years) expect(count(y), String(y)).toBe(y === 2022 ? 10 : y === 2023 ? 9 : 8);
  });
});
