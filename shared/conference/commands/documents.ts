import type { Conference } from '../../model';

// Named changes to the documents' state (a correction is ../documentIssue.ts's startCorrection).

/** Marks the minutes final: no more edits, and exports from now on carry no DRAFT mark (a correction starts a new version). */
export function markMinutesFinal(c: Conference): void {
  c.minutesFinal = true;
}
