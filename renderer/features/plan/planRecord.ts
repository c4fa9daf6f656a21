import type { Conference } from '../../../shared/model';
import { useConferenceParts } from '../../store/conferenceStore';

/** The parts of the record the Plan step and its sections show or check. */
export type PlanRecord = Pick<Conference, 'details' | 'decisions' | 'plan' | 'attendees' | 'map' | 'family' | 'children' | 'audit' | 'documentVersion' | 'planVersion' | 'previousConferenceId'>;

/** Those parts, compared one by one, so the minutes, scores or views typed elsewhere do not render the plan. */
export function usePlanRecord(): PlanRecord {
  return useConferenceParts((x) => ({
    details: x.details,
    decisions: x.decisions,
    plan: x.plan,
    attendees: x.attendees,
    map: x.map,
    family: x.family,
    children: x.children,
    audit: x.audit,
    documentVersion: x.documentVersion,
    planVersion: x.planVersion,
    previousConferenceId: x.previousConferenceId,
  }));
}
