export { isWorkingDay, addWorkingDays, subtractWorkingDays, workingDaysBetween } from './workingDays';
export { isBankHoliday, bankHolidayName, bankHolidays, outsideBankHolidayData, BANK_HOLIDAY_COVERAGE, type BankHoliday } from './bankHolidays';
export { addCalendarMonths, addCalendarDays, isWeekend, weekday } from './isoDay';
