import type { Conference, EarlierMeeting, History } from '../model';
import { summariseChild } from './scaling';

/**
 * What a later meeting keeps of this one: each child's decision, the dissent, the child's own
 * words (not restricted) and the professionals' scores' spread. A review or core group that
 * follows on shows these (the procedure asks a review to start from the last decision), and the
 * trajectory of scores across the plan's life is drawn from them.
 */
export function summariseMeeting(c: Conference): EarlierMeeting {
  const scores: EarlierMeeting['scores'] = [];
  for (const child of c.children) {
    const p = summariseChild(c, child.id).professional;
    if (p.count && p.median !== undefined && p.min !== undefined && p.max !== undefined) scores.push({ childId: child.id, median: p.median, min: p.min, max: p.max, count: p.count });
  }
  return {
    conferenceId: c.id,
    kind: c.details.kind,
    date: c.details.date,
    decisions: c.decisions.filter((d) => d.decidedAt).map((d) => ({ childId: d.childId, outcome: d.outcome, categories: [...d.categories], reasons: d.reasons })),
    dissent: c.dissent.map((d) => ({ childId: d.childId, name: d.name || c.attendees.find((a) => a.id === d.attendeeId)?.name || '', agency: d.agency, reason: d.reason })),
    childViews: c.views.filter((v) => v.whose === 'child' && !v.restricted && !v.restrictedItemId && v.text.trim()).map((v) => ({ ...(v.childId ? { childId: v.childId } : {}), by: v.attributedName, text: v.text })),
    scores,
  };
}

/** The history a meeting that follows on from `previous` starts with: previous's own, then previous. */
export function historyAfter(previous: Conference): History {
  const earlier = previous.history?.meetings ?? [];
  // A record can hold at most 200 meetings' worth; the oldest go first (years of six-weekly core groups).
  return { meetings: [...earlier, summariseMeeting(previous)].slice(-200) };
}
