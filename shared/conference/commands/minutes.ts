import type { Conference, RichNode } from '../../model';

/**
 * The minutes editor hands over its document for a step (after a pause, on blur, on leaving the
 * step). The first words minuted for a step mark when it started, unless the chair's stepper
 * already has. A step that has gone meanwhile (removed on the chair's screen) takes nothing.
 */
export function recordStepMinutes(c: Conference, stepId: string, minutes: RichNode, now: string): void {
  const step = c.meeting.agenda.find((s) => s.id === stepId);
  if (!step) return;
  step.minutes = minutes;
  markStepStarted(c, stepId, now);
}

/** The first words minuted for a step mark when it started, unless the chair's stepper already has. */
export function markStepStarted(c: Conference, stepId: string, now: string): void {
  const step = c.meeting.agenda.find((s) => s.id === stepId);
  if (step) step.startedAt ??= now;
}
