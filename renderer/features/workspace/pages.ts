import type { Conference } from '../../../shared/model';

/** Where the workspace is: a preparation page, a meeting step, or an after-the-meeting page. */
export type Place = { kind: 'prepare'; key: string } | { kind: 'step'; stepId: string } | { kind: 'after'; key: string };

export function samePlace(a: Place, b: Place): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind === 'step' ? a.stepId === (b as typeof a).stepId : a.key === (b as { key: string }).key;
}

/** Once a meeting has started, reopening it lands on the step the chair was on. */
export function initialPlace(c: Pick<Conference, 'meeting'>): Place {
  if (c.meeting.startedAt && c.meeting.currentStepId && c.meeting.agenda.some((s) => s.id === c.meeting.currentStepId))
    return { kind: 'step', stepId: c.meeting.currentStepId };
  return { kind: 'prepare', key: 'details' };
}

/** The neighbouring step, or undefined at either end of the agenda. */
export function neighbourStep(c: Pick<Conference, 'meeting'>, stepId: string | undefined, delta: 1 | -1): string | undefined {
  const agenda = c.meeting.agenda;
  const i = agenda.findIndex((s) => s.id === stepId);
  if (i < 0) return agenda[0]?.id;
  return agenda[i + delta]?.id;
}
