import type { AgendaStep, Conference, Exclusion, Meeting } from '../../model';
import { defaultPurpose } from '../../family/plainWords';
import { stepAccess } from '../../family/familyAccess';

// Named changes to the meeting itself: its clock, its agenda, exclusions and the chair's checks
// (see commands/people.ts for why they live here). Times come in as `now` (an ISO instant), so a
// test can say what a step's start time will be and the renderer's clock is read in one place.

/**
 * Starts (or restarts) the meeting. The step the chair is on, or else the first, starts now unless
 * it had started already; restarting clears the end time, so the meeting reads as running.
 */
export function startMeeting(c: Conference, now: string, fromStepId?: string): void {
  c.meeting.startedAt = now;
  c.meeting.endedAt = undefined;
  const s = c.meeting.agenda.find((x) => x.id === fromStepId) ?? c.meeting.agenda[0];
  if (!s) return;
  s.startedAt ??= now;
  c.meeting.currentStepId = s.id;
}

/** Ends the meeting: a draft conference is now one that was held (a held or later status stays as it is). */
export function endMeeting(c: Conference, now: string): void {
  c.meeting.endedAt = now;
  if (c.status === 'draft') c.status = 'held';
}

/** The chair moves to a step. Its start time is when the chair first reaches it in a running meeting, never before or after. */
export function goToStep(c: Conference, stepId: string, now: string): void {
  c.meeting.currentStepId = stepId;
  const s = c.meeting.agenda.find((x) => x.id === stepId);
  if (s && c.meeting.startedAt && !c.meeting.endedAt && !s.startedAt) s.startedAt = now;
}

/** Puts a step the chair added straight after the given one (at the end when that is not found). */
export function addStep(c: Conference, step: AgendaStep, afterStepId: string | undefined): void {
  const i = c.meeting.agenda.findIndex((s) => s.id === afterStepId);
  c.meeting.agenda.splice(i < 0 ? c.meeting.agenda.length : i + 1, 0, step);
}

export function renameStep(c: Conference, stepId: string, title: string): void {
  const s = c.meeting.agenda.find((x) => x.id === stepId);
  if (s) s.title = title;
}

/** Removes a step with its minutes. The chair, if on it, is put on the step before it (or the new first). */
export function removeStep(c: Conference, stepId: string): void {
  const i = c.meeting.agenda.findIndex((x) => x.id === stepId);
  if (i < 0) return;
  c.meeting.agenda.splice(i, 1);
  if (c.meeting.currentStepId === stepId) c.meeting.currentStepId = c.meeting.agenda[Math.max(0, i - 1)]?.id;
}

/** What the family screen shows on one step (shown or not, how scores appear). */
export function setStepFamilyView(c: Conference, stepId: string, change: Partial<Pick<AgendaStep['family'], 'show' | 'scores'>>): void {
  const s = c.meeting.agenda.find((x) => x.id === stepId);
  if (s) s.family = { ...s.family, ...change };
}

/**
 * Records the chair's choice about a step's notes in the family's copy, with the time and the
 * reasons the chair was shown (a reason that arises later needs a new choice). A step held because
 * information could not be shared with someone excluded can never be released, so that choice is
 * refused here too, not only by the screen hiding the button. Returns whether it was recorded.
 */
export function chooseStepRelease(c: Conference, stepId: string, choice: 'released' | 'kept-out', now: string): boolean {
  const s = c.meeting.agenda.find((x) => x.id === stepId);
  if (!s) return false;
  const access = stepAccess(c, s);
  if (access.release === 'not-needed' || (choice === 'released' && access.release === 'not-allowed')) return false;
  s.family.release = { choice, at: now, reasons: access.reasons };
  return true;
}

/** The meeting's own text and yes/no fields; an emptied optional text is removed rather than kept as ''. */
export function setMeetingField<K extends 'purpose' | 'quorumOverrideReason' | 'reportsSeenByFamily'>(c: Conference, key: K, value: Meeting[K]): void {
  if (key !== 'purpose' && (value === '' || value === undefined)) delete c.meeting[key];
  else c.meeting[key] = value;
}

/** The purpose of the meeting in the standard wording for this kind of conference and family. */
export function suggestPurpose(c: Conference): void {
  c.meeting.purpose = defaultPurpose(c.details);
}

/** Records an exclusion, by default of the first person on the family's side, covering no steps yet, hidden on the family screen. */
export function addExclusion(c: Conference, id: string, attendeeId: string): void {
  c.meeting.exclusions.push({ id, attendeeId, ground: 'risk-to-child', stepIds: [], note: '', hideFromFamilyScreen: true });
}

export function editExclusion(c: Conference, id: string, change: Partial<Pick<Exclusion, 'attendeeId' | 'ground' | 'note' | 'hideFromFamilyScreen'>>): void {
  const x = c.meeting.exclusions.find((y) => y.id === id);
  if (x) Object.assign(x, change);
}

/** Ticks or unticks one step an exclusion covers; a step is never listed twice. */
export function setExclusionStep(c: Conference, id: string, stepId: string, on: boolean): void {
  const x = c.meeting.exclusions.find((y) => y.id === id);
  if (!x) return;
  const others = x.stepIds.filter((s) => s !== stepId);
  x.stepIds = on ? [...others, stepId] : others;
}

export function removeExclusion(c: Conference, id: string): void {
  c.meeting.exclusions = c.meeting.exclusions.filter((y) => y.id !== id);
}

/** The chair's closing check that the family understand the decision and the plan; unset parts start unticked and empty. */
export function setFamilyUnderstood(c: Conference, change: Partial<NonNullable<Meeting['familyUnderstood']>>): void {
  c.meeting.familyUnderstood = { decision: false, plan: false, note: '', ...c.meeting.familyUnderstood, ...change };
}
