/**
 * How a conference is laid out in the shared (Yjs) document the chair's and the minute-taker's
 * apps both edit (issue #17). The layout is the contract between the two apps and any sync server
 * a council may run later, so it lives here, with no Yjs in it.
 *
 * - `record`: a map holding the conference except what main alone writes and the minutes. Objects
 *   are maps; a list whose items all carry an id is a map with `items` (by id) and `order` (ids), so
 *   concurrent additions, removals and edits of different items all survive; other values are
 *   whole values, last writer wins.
 * - `minutes:<step id>`: one XML fragment per agenda step, in the layout tiptap's collaboration
 *   extension reads and writes, so a step's minutes merge letter by letter.
 */
import type { Conference } from '../model';
import type { Json } from './mergeRecord';

export const RECORD_MAP = 'record';
export const LIST_MARKER = '$list';

/** The Yjs fragment that holds one step's minutes. */
export function minutesFragmentName(stepId: string): string {
  return `minutes:${stepId}`;
}

/** Fields main alone sets (each side's own saves and exports); never in the shared document. */
export const MAIN_OWNED_FIELDS = ['revision', 'updatedAt', 'audit'] as const;

/**
 * The conference as the record map holds it: without the fields main alone writes and without the
 * steps' minutes (those are fragments). It shares its values with `c`: clone it before changing
 * it or keeping it anywhere `c` may change.
 */
export function sharedPart(c: Conference): { [key: string]: Json } {
  const out: Record<string, unknown> = { ...c };
  for (const field of MAIN_OWNED_FIELDS) delete out[field];
  out.meeting = { ...c.meeting, agenda: c.meeting.agenda.map(({ minutes: _minutes, ...step }) => step) };
  return out as { [key: string]: Json };
}
