import type { Conference, ConferenceKind } from '../model';
import { CONFERENCE_KIND_SHORT } from '../model';
import { formatDate } from '../format';
import { formatMedian, summariseChild } from './scaling';

/** One meeting on a child's line of scores: the professionals' median and range. */
export interface TrajectoryPoint {
  date: string;
  kind: ConferenceKind;
  label: string;
  median: number;
  min: number;
  max: number;
  count: number;
  /** This meeting, not an earlier one. */
  current: boolean;
}

/**
 * The child's professional scores across the plan's life (ICPC, core groups, reviews), oldest
 * first, ending with this meeting if anyone has scored yet. Professionals' scores only, as the
 * screen's median is: the family's are their own view, shown apart.
 */
export function trajectory(c: Pick<Conference, 'history' | 'attendees' | 'scaling'> & { details: Pick<Conference['details'], 'date' | 'kind'> }, childId: string): TrajectoryPoint[] {
  const points: TrajectoryPoint[] = [];
  for (const m of c.history?.meetings ?? []) {
    const s = m.scores.find((x) => x.childId === childId);
    if (s) points.push({ date: m.date, kind: m.kind, label: `${CONFERENCE_KIND_SHORT[m.kind]} ${formatDate(m.date)}`, median: s.median, min: s.min, max: s.max, count: s.count, current: false });
  }
  const now = summariseChild(c, childId).professional;
  if (now.count && now.median !== undefined && now.min !== undefined && now.max !== undefined) {
    points.push({ date: c.details.date, kind: c.details.kind, label: `${CONFERENCE_KIND_SHORT[c.details.kind]} ${formatDate(c.details.date)} (this meeting)`, median: now.median, min: now.min, max: now.max, count: now.count, current: true });
  }
  return points;
}

/** The trajectory in one sentence for the chair (and a screen reader). */
export function describeTrajectory(points: readonly TrajectoryPoint[]): string {
  if (!points.length) return 'No scores yet at this or earlier meetings.';
  return points.map((p) => `${p.label}: median ${formatMedian(p.median)} (range ${p.min} to ${p.max})`).join('; ') + '.';
}

/**
 * The same in plain words for the family: how safe the workers thought the child was, then and
 * now, without names, numbers of people or the word "median".
 */
export function describeTrajectoryForFamily(points: readonly TrajectoryPoint[], childName: string): string {
  if (points.length < 2) return '';
  const first = points[0]!;
  const last = points.at(-1)!;
  const when = (p: TrajectoryPoint) => (p.current ? 'at this meeting' : `at the meeting on ${formatDate(p.date)}`);
  const change = last.median > first.median ? 'more safe' : last.median < first.median ? 'less safe' : 'about as safe';
  return `${when(first)[0]!.toUpperCase()}${when(first).slice(1)}, the workers thought ${childName} was about ${formatMedian(first.median)} out of 10 safe. ${when(last)[0]!.toUpperCase()}${when(last).slice(1)} they thought about ${formatMedian(last.median)} out of 10: ${change} than before.`;
}
