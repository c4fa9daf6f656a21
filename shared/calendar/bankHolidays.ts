import data from '../../resources/bank-holidays.json';

/**
 * England and Wales bank holidays, shipped as data in resources/bank-holidays.json
 * (refresh it with scripts/update-bank-holidays.mjs from the file gov.uk publishes).
 */
export interface BankHoliday {
  date: string;
  title: string;
}

const events: BankHoliday[] = data.events.map((e) => ({ date: e.date, title: e.title }));
const byDate = new Map(events.map((e) => [e.date, e.title]));

/** The first and last dates the shipped data speaks for; outside them only weekends are skipped. */
export const BANK_HOLIDAY_COVERAGE: { from: string; to: string } = { from: data.coversFrom, to: data.coversTo };

export function bankHolidays(): readonly BankHoliday[] {
  return events;
}

export function isBankHoliday(iso: string): boolean {
  return byDate.has(iso);
}

/** The holiday's name ("Easter Monday"), or undefined on an ordinary day. */
export function bankHolidayName(iso: string): string | undefined {
  return byDate.get(iso);
}

/** True when the date is outside the years the data covers, so a due date there may miss a holiday. */
export function outsideBankHolidayData(iso: string): boolean {
  return iso < BANK_HOLIDAY_COVERAGE.from || iso > BANK_HOLIDAY_COVERAGE.to;
}
