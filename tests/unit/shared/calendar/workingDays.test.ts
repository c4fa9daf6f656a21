import { describe, expect, it } from 'vitest';
import {
  addCalendarMonths,
  addWorkingDays,
  bankHolidayName,
  isBankHoliday,
  isWorkingDay,
  subtractWorkingDays,
  workingDaysBetween,
} from '../../../../shared/calendar';

describe('isWorkingDay', () => {
  it('skips weekends', () => {
    expect(isWorkingDay('2025-03-15')).toBe(false); // Saturday
    expect(isWorkingDay('2025-03-16')).toBe(false); // Sunday
    expect(isWorkingDay('2025-03-17')).toBe(true); // Monday
  });
  it('skips Easter 2025: Good Friday 18/04 and Easter Monday 21/04', () => {
    expect(bankHolidayName('2025-04-18')).toBe('Good Friday');
    expect(bankHolidayName('2025-04-21')).toBe('Easter Monday');
    expect(isWorkingDay('2025-04-17')).toBe(true);
    expect(isWorkingDay('2025-04-18')).toBe(false);
    expect(isWorkingDay('2025-04-21')).toBe(false);
    expect(isWorkingDay('2025-04-22')).toBe(true);
  });
  it('knows the Christmas 2021 substitute days (27 and 28 December)', () => {
    expect(isBankHoliday('2021-12-25')).toBe(false); // a Saturday, so the holiday moves
    expect(isWorkingDay('2021-12-27')).toBe(false);
    expect(isWorkingDay('2021-12-28')).toBe(false);
    expect(isWorkingDay('2021-12-29')).toBe(true);
  });
  it('knows the 2022 jubilee, the 2022 state funeral and the 2023 coronation', () => {
    expect(isWorkingDay('2022-06-02')).toBe(false);
    expect(isWorkingDay('2022-06-03')).toBe(false);
    expect(isWorkingDay('2022-05-30')).toBe(true); // spring holiday moved that year
    expect(isWorkingDay('2022-09-19')).toBe(false);
    expect(isWorkingDay('2023-05-08')).toBe(false);
    expect(isWorkingDay('2020-05-08')).toBe(false); // VE day Friday
    expect(isWorkingDay('2020-05-04')).toBe(true);
  });
  it('rejects dates that are not real', () => {
    expect(() => isWorkingDay('2025-02-30')).toThrow();
    expect(() => isWorkingDay('30/01/2025')).toThrow();
  });
});

describe('addWorkingDays / subtractWorkingDays', () => {
  it('steps over a weekend', () => {
    expect(addWorkingDays('2025-03-14', 1)).toBe('2025-03-17'); // Fri -> Mon
    expect(subtractWorkingDays('2025-03-17', 1)).toBe('2025-03-14');
    expect(subtractWorkingDays('2025-03-19', 2)).toBe('2025-03-17'); // Wed - 2 = Mon
  });
  it('steps over Easter', () => {
    // Tuesday after Easter 2025, two working days back: skips Mon 21, Sun, Sat, Fri 18 -> Wed 16.
    expect(subtractWorkingDays('2025-04-22', 2)).toBe('2025-04-16');
    expect(addWorkingDays('2025-04-17', 1)).toBe('2025-04-22');
  });
  it('steps over bank-holiday Mondays', () => {
    expect(subtractWorkingDays('2025-05-06', 1)).toBe('2025-05-02'); // early May 05/05
    expect(subtractWorkingDays('2025-08-27', 5)).toBe('2025-08-19'); // summer 25/08
    expect(addWorkingDays('2024-05-24', 1)).toBe('2024-05-28'); // spring 27/05
  });
  it('crosses year boundaries with Christmas and New Year', () => {
    expect(addWorkingDays('2021-12-24', 1)).toBe('2021-12-29');
    expect(addWorkingDays('2022-12-30', 1)).toBe('2023-01-03'); // 02/01/2023 substitute
    // Back from Tue 03/01: skips Mon 02/01 (New Year substitute) and 26–27/12 (Boxing Day, Christmas substitute).
    expect(subtractWorkingDays('2023-01-03', 5)).toBe('2022-12-22');
    expect(subtractWorkingDays('2026-01-05', 2)).toBe('2025-12-31');
  });
  it('treats 0 as no move and refuses fractions', () => {
    expect(addWorkingDays('2025-03-15', 0)).toBe('2025-03-15');
    expect(() => addWorkingDays('2025-03-15', 1.5)).toThrow();
  });
});

describe('workingDaysBetween', () => {
  it('is the inverse of addWorkingDays, both ways', () => {
    const days = ['2021-12-20', '2022-06-01', '2025-04-16', '2025-12-24', '2028-01-04'];
    for (const start of days) {
      for (const n of [-12, -5, -2, -1, 1, 2, 5, 10, 15]) {
        expect(workingDaysBetween(start, addWorkingDays(start, n))).toBe(n);
      }
    }
  });
  it('counts a normal week and gives 0 for the same day', () => {
    expect(workingDaysBetween('2025-03-17', '2025-03-24')).toBe(5);
    expect(workingDaysBetween('2025-03-24', '2025-03-17')).toBe(-5);
    expect(workingDaysBetween('2025-03-17', '2025-03-17')).toBe(0);
  });
});

describe('addCalendarMonths', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addCalendarMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addCalendarMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addCalendarMonths('2025-01-15', 3)).toBe('2025-04-15');
    expect(addCalendarMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addCalendarMonths('2025-03-31', -1)).toBe('2025-02-28');
  });
});
