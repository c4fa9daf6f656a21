import { format, parseISO, isValid } from 'date-fns';

/** yyyy-mm-dd → dd/mm/yyyy, the way every screen and document shows a date. Empty stays empty. */
export function formatDate(iso: string | undefined): string {
  if (!iso) return '';
  const d = parseISO(iso);
  return isValid(d) ? format(d, 'dd/MM/yyyy') : '';
}

/** dd/mm/yyyy (or d/m/yyyy) → yyyy-mm-dd, or null when it is not a real date. */
export function parseUkDate(text: string): string | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  const d = parseISO(iso);
  return isValid(d) && format(d, 'yyyy-MM-dd') === iso ? iso : null;
}

/** An instant → "dd/mm/yyyy HH:mm" in local time. */
export function formatInstant(iso: string | undefined): string {
  if (!iso) return '';
  const d = parseISO(iso);
  return isValid(d) ? format(d, 'dd/MM/yyyy HH:mm') : '';
}

/** Today as yyyy-mm-dd in local time. */
export function todayIso(now = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}
