import type { Conference, ConferenceSummary } from '../../../shared/model';
import { circulatedDates } from '../../../shared/conference/circulation';

export function summarise(c: Conference): ConferenceSummary {
  return {
    id: c.id,
    kind: c.details.kind,
    date: c.details.date,
    startTime: c.details.startTime,
    status: c.status,
    childNames: c.children.map((child) => child.name),
    familyNames: c.family.map((member) => member.name),
    familyName: c.details.familyName,
    updatedAt: c.updatedAt,
    ...(circulatedDates(c) ? { circulated: circulatedDates(c) } : {}),
  };
}

/** Case- and accent-insensitive, so "zoe" finds "Zoë" and "quillfeather-o" finds "Quillfeather-Ó". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en-GB');
}

export function matchesQuery(summary: ConferenceSummary, query: string | undefined): boolean {
  const words = foldForSearch(query ?? '').split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldForSearch([...summary.childNames, ...summary.familyNames, summary.familyName].join('\n'));
  return words.every((w) => haystack.includes(w));
}

const descending = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

/** Newest first: the meeting's date and time, then the most recently edited. (ISO strings sort as text; no locale needed.) */
export function newestFirst(a: ConferenceSummary, b: ConferenceSummary): number {
  return descending(a.date, b.date) || descending(a.startTime, b.startTime) || descending(a.updatedAt, b.updatedAt);
}
