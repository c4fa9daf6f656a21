import type { Attendee, Conference, ConferenceSummary, Recipient, SentRecord, Settings } from '../model';
import { addWorkingDays } from '../calendar';
import { agencyLabel } from '../format';
import { isFamilySide } from './scaling';
import { versionOf } from './documentIssue';

/**
 * After the meeting (Working Together 2023; London CP Procedures; Lewisham's timescales as the
 * default settings): the outline plan and the decision go out within a working day, the minutes
 * within the local timescale, and recipients then have a window to ask for corrections. Who gets
 * which copy comes from the people, the family's copy for the family and the full record for the
 * professionals, with the chair's exceptions recorded.
 */

type CopyKind = Recipient['copy'];

/** The usual copy for someone at the meeting. The chair, minute-taker and interpreter get none; a child's copy is the chair's call. */
export function usualCopy(a: Pick<Attendee, 'kind'>): CopyKind {
  if (a.kind === 'professional') return 'full';
  if (a.kind === 'child' || a.kind === 'chair' || a.kind === 'minute-taker' || a.kind === 'interpreter') return 'none';
  return isFamilySide(a) ? 'family' : 'none';
}

/**
 * The distribution list: the chair's saved list, plus anyone at the meeting not on it yet (with
 * their usual copy), in the order of the people. Names follow the people list.
 */
export function recipients(c: Pick<Conference, 'attendees' | 'circulation'>): Recipient[] {
  const saved = c.circulation?.recipients ?? [];
  const byAttendee = new Map(saved.filter((r) => r.attendeeId).map((r) => [r.attendeeId!, r]));
  const fromPeople = c.attendees.map((a): Recipient => {
    const kept = byAttendee.get(a.id);
    const agency = a.kind === 'professional' ? agencyLabel(a.agency) : '';
    return kept ? { ...kept, name: a.name, agency } : { id: `r-${a.id}`, attendeeId: a.id, name: a.name, agency, copy: usualCopy(a) };
  });
  // Added by hand: people who were not at the meeting. A removed attendee's entry goes with them.
  return [...fromPeople, ...saved.filter((r) => !r.attendeeId)];
}

/** A copy different from the usual one needs a reason; returns the problem in words, or null. */
export function recipientProblem(r: Recipient, attendee: Pick<Attendee, 'kind'> | undefined): string | null {
  if (!r.name.trim()) return 'Give the recipient’s name.';
  if (!attendee) return null;
  if (r.copy !== usualCopy(attendee) && !(r.exceptionReason ?? '').trim()) return `${r.name} usually gets ${COPY_WORDS[usualCopy(attendee)]}: say why this is different.`;
  if (attendee.kind !== 'professional' && r.copy === 'full') return `${r.name} is not a professional: the full record holds what the family must not see. Give the family copy, or record why the full record is right.`;
  return null;
}

export const COPY_WORDS: Record<CopyKind, string> = { full: 'the full record', family: 'the family copy', none: 'no copy' };

export type DeadlineState = 'done' | 'overdue' | 'due' | 'not-yet';

export interface Deadline {
  key: 'outline-plan' | 'minutes' | 'corrections';
  what: string;
  /** yyyy-mm-dd, a working day; null while it cannot be known (corrections before the minutes are out). */
  due: string | null;
  state: DeadlineState;
  /** e.g. "Sent to 3 of 5", "Sent to everyone on 24/11/2026". */
  progress: string;
}

/** Whether each recipient who should get `document` has been sent it, at or after `version`. */
export function sendProgress(c: Pick<Conference, 'attendees' | 'circulation'>, document: SentRecord['document'], version: number): { sent: number; of: number; completeAt: string | null } {
  const list = recipients(c).filter((r) => r.copy !== 'none');
  const sent = c.circulation?.sent ?? [];
  let last = '';
  let done = 0;
  for (const r of list) {
    const first = sent.filter((s) => s.recipientId === r.id && s.document === document && s.version >= version).sort((a, b) => a.at.localeCompare(b.at))[0];
    if (first) {
      done += 1;
      if (first.at > last) last = first.at;
    }
  }
  return { sent: done, of: list.length, completeAt: list.length && done === list.length ? last : null };
}

/** The three deadlines after a meeting, with where each stands today (yyyy-mm-dd). */
export function deadlines(c: Pick<Conference, 'details' | 'attendees' | 'circulation' | 'documentVersion' | 'planVersion'>, settings: Pick<Settings, 'circulation'>, today: string): Deadline[] {
  const t = settings.circulation;
  const meeting = c.details.date;
  const state = (due: string | null, complete: boolean): DeadlineState => (complete ? 'done' : due === null ? 'not-yet' : today > due ? 'overdue' : 'due');
  const words = (p: { sent: number; of: number; completeAt: string | null }) =>
    p.of === 0 ? 'Nobody is on the distribution list yet.' : p.completeAt ? `Sent to everyone (${p.of}).` : `Sent to ${p.sent} of ${p.of}.`;

  const plan = sendProgress(c, 'plan', c.planVersion);
  const planDue = addWorkingDays(meeting, t.outlinePlanWorkingDays);
  const minutes = sendProgress(c, 'minutes', c.documentVersion);
  const minutesDue = addWorkingDays(meeting, t.minutesWorkingDays);
  const minutesOut = sendProgress(c, 'minutes', 1).completeAt;
  const correctionsEnd = minutesOut ? addWorkingDays(minutesOut.slice(0, 10), t.correctionWorkingDays) : null;
  return [
    { key: 'outline-plan', what: `Outline plan and decision to the family and agencies (${t.outlinePlanWorkingDays} working day${t.outlinePlanWorkingDays === 1 ? '' : 's'})`, due: planDue, state: state(planDue, plan.completeAt !== null), progress: words(plan) },
    { key: 'minutes', what: `Minutes to everyone on the list (${t.minutesWorkingDays} working days)`, due: minutesDue, state: state(minutesDue, minutes.completeAt !== null), progress: words(minutes) },
    {
      key: 'corrections',
      what: `Window for corrections to the minutes (${t.correctionWorkingDays} working days after they go out)`,
      due: correctionsEnd,
      state: correctionsEnd === null ? 'not-yet' : today > correctionsEnd ? 'done' : 'due',
      progress: correctionsEnd === null ? 'Opens when the minutes have gone to everyone.' : today > correctionsEnd ? 'Closed.' : 'Open: corrections may still come in.',
    },
  ];
}

/** For the conference list: what is due for this conference from its summary alone (no record opened). */
export function dueFromSummary(s: Pick<ConferenceSummary, 'date' | 'status' | 'circulated'>, settings: Pick<Settings, 'circulation'>, today: string): { what: string; due: string; overdue: boolean }[] {
  if (today < s.date || s.status === 'draft') return [];
  const out: { what: string; due: string; overdue: boolean }[] = [];
  const planDue = addWorkingDays(s.date, settings.circulation.outlinePlanWorkingDays);
  if (!s.circulated?.plan) out.push({ what: 'Outline plan', due: planDue, overdue: today > planDue });
  const minutesDue = addWorkingDays(s.date, settings.circulation.minutesWorkingDays);
  if (!s.circulated?.minutes) out.push({ what: 'Minutes', due: minutesDue, overdue: today > minutesDue });
  return out;
}

/** The dates the index keeps, so the list can say what is due without opening every record. */
export function circulatedDates(c: Pick<Conference, 'attendees' | 'circulation' | 'documentVersion' | 'planVersion'>): ConferenceSummary['circulated'] {
  const plan = sendProgress(c, 'plan', c.planVersion).completeAt;
  const minutes = sendProgress(c, 'minutes', c.documentVersion).completeAt;
  return plan || minutes ? { ...(plan ? { plan } : {}), ...(minutes ? { minutes } : {}) } : undefined;
}

/** Whether the document to send exists: exported in this copy and version (the audit says so). */
export function exportedFor(c: Pick<Conference, 'audit' | 'documentVersion' | 'planVersion'>, document: SentRecord['document'], copy: SentRecord['copy']): boolean {
  const version = versionOf(c, document);
  return c.audit.some((e) => (e.what === document ? e.version === version : e.what === 'archive' && e.version >= version) && (e.audience === copy || e.audience === 'both'));
}
