import type { Conference, RestrictedItem } from '../../model';

// Named changes to the restricted register (see commands/people.ts for why they live here).

/**
 * Starts a register entry. From the minutes an entry is made with its summary and reason already
 * written (trimmed), so the register never holds one made by a stray click that says nothing.
 */
export function addRestrictedEntry(c: Conference, id: string, text: Partial<Pick<RestrictedItem, 'sourceAgency' | 'summary' | 'reason'>> = {}): void {
  c.restricted.push({ id, sourceAgency: text.sourceAgency?.trim() ?? '', summary: text.summary?.trim() ?? '', reason: text.reason?.trim() ?? '' });
}

export function editRestrictedEntry(c: Conference, id: string, change: Partial<Pick<RestrictedItem, 'sourceAgency' | 'summary' | 'reason'>>): void {
  const x = c.restricted.find((y) => y.id === id);
  if (x) Object.assign(x, change);
}

/**
 * Takes an entry off the register. What pointed at it stays marked restricted (it is still not
 * for the family), and simply no longer names an entry; the chair is told so before removing.
 */
export function removeRestrictedEntry(c: Conference, id: string): void {
  c.restricted = c.restricted.filter((x) => x.id !== id);
}
