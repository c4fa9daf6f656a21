import { z } from 'zod';

// Limits are generous for real use (a 10,000-character paste fits easily) but bounded,
// so a hostile or broken caller cannot push megabytes through one field.
export const SHORT_TEXT_MAX = 500;
export const LONG_TEXT_MAX = 100_000;

export const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Not a valid identifier');
export const ShortText = z.string().max(SHORT_TEXT_MAX);
export const LongText = z.string().max(LONG_TEXT_MAX);

/** A calendar date, yyyy-mm-dd (ISO), that exists (no 31 February). Shown to users as dd/mm/yyyy. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date in the form yyyy-mm-dd')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'That date does not exist');
/** A clock time, HH:mm, 24-hour. */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time in the form HH:mm');
/** A moment, ISO 8601 with time zone (from Date.prototype.toISOString). */
export const Instant = z.string().datetime({ offset: true });

export type IsoDate = z.infer<typeof IsoDate>;
export type ClockTime = z.infer<typeof ClockTime>;
export type Instant = z.infer<typeof Instant>;
