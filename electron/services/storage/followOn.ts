import type { Conference, PreviousScaling } from '../../../shared/model';
import { historyAfter } from '../../../shared/conference/history';
import { isFamilySide } from '../../../shared/conference/scaling';

/**
 * What a review or core group carries over from the conference before it: the same children,
 * family and people (everyone back to "invited"), the map and plan as they stood (action
 * statuses kept, so progress can be reviewed), the scale's anchors, and last time's scores
 * shown beside the new ones. Ids are kept so the plan's links to map items and people still hold.
 */
export function carryOver(next: Conference, previous: Conference): Conference {
  const childName = new Map(previous.children.map((c) => [c.id, c.name]));
  const attendee = new Map(previous.attendees.map((a) => [a.id, a]));
  const scores: PreviousScaling['scores'] = previous.scaling.scores.map((s) => {
    const who = attendee.get(s.attendeeId);
    return {
      childId: s.childId,
      childName: childName.get(s.childId) ?? '',
      name: who?.name ?? '',
      agency: who?.agency ?? '',
      professional: who ? !isFamilySide(who) : false,
      score: s.score,
    };
  });
  // Restricted map items point into the restricted list; carry exactly the ones they need.
  const neededRestricted = new Set(previous.map.flatMap((m) => (m.restrictedItemId ? [m.restrictedItemId] : [])));
  const { finalOverrideReason: _dropped, ...plan } = previous.plan;
  return {
    ...next,
    previousConferenceId: previous.id,
    // The decisions, dissent, child's words and scores of every meeting so far (shared/conference/history.ts).
    history: historyAfter(previous),
    details: {
      ...next.details,
      familyName: next.details.familyName || previous.details.familyName,
      localAuthority: next.details.localAuthority || previous.details.localAuthority,
    },
    children: structuredClone(previous.children),
    family: structuredClone(previous.family),
    attendees: previous.attendees.map((a) => {
      const { leftAt: _left, ...rest } = a;
      return { ...structuredClone(rest), attendance: 'invited' as const };
    }),
    restricted: structuredClone(previous.restricted.filter((r) => neededRestricted.has(r.id))),
    map: structuredClone(previous.map),
    plan: { ...structuredClone(plan), final: false },
    scaling: {
      ...next.scaling,
      anchors: { ...previous.scaling.anchors },
      previous: { conferenceDate: previous.details.date, anchors: { ...previous.scaling.anchors }, scores },
    },
  };
}
