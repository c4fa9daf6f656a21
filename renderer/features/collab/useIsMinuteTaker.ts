import { useCollab } from './collabStore';

/**
 * True on the minute-taker's laptop while it is in a session with the chair's (issue #17): what
 * stays with the chair (shared/collab/roles.ts) is then shown, not offered.
 */
export function useIsMinuteTaker(): boolean {
  return useCollab((s) => s.status.role === 'minute-taker' && s.status.state !== 'off');
}

/** What a restricted box says on the minute-taker's laptop, where it cannot be unticked. */
export const ONLY_THE_CHAIR_LIFTS = 'Only the chair lifts a restriction.';
