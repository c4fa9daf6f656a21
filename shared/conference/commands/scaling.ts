import type { Conference, Scaling } from '../../model';
import { anchorsWritten, checkScore, putReason, putScore, removeScore, scalers, scalingOpen } from '../scaling';

// Named changes to scaling: the scale anchors, the family-scores switch and each person's score
// for each child (see commands/people.ts for why they live here). Times come in as `now`.

/** What 0 or 10 means for this family, as the chair writes it. Confirmed anchors are fixed until the chair reopens them. */
export function setAnchor(c: Conference, which: keyof Scaling['anchors'], text: string): void {
  if (c.scaling.anchorsConfirmedAt) return;
  c.scaling.anchors[which] = text;
}

/** Starts from the anchors the previous conference used (a review), while the anchors are still open. */
export function copyPreviousAnchors(c: Conference): void {
  const previous = c.scaling.previous;
  if (!previous || c.scaling.anchorsConfirmedAt) return;
  c.scaling.anchors = { zero: previous.anchors.zero, ten: previous.anchors.ten };
}

/**
 * Fixes the anchors so everyone scores on the same line; scaling opens. Both must be written:
 * returns false, changing nothing, when one is blank.
 */
export function confirmAnchors(c: Conference, now: string): boolean {
  if (!anchorsWritten(c.scaling.anchors)) return false;
  c.scaling.anchorsConfirmedAt = now;
  return true;
}

/** Reopens the anchors for change. Scaling closes until they are confirmed again; the scores given are kept. */
export function reopenAnchors(c: Conference): void {
  delete c.scaling.anchorsConfirmedAt;
}

/** Whether family members' scores are shown in the plot and summary beside the professionals'. */
export function setShowFamilyScores(c: Conference, show: boolean): void {
  c.scaling.showFamilyScores = show;
}

/**
 * One person's score for one child, first given or changed. A reason, when given, goes with it
 * (a reason typed before the score); otherwise a changed score keeps its reason. Nothing is
 * recorded, and false comes back, while scaling is closed, for a child not in the record, for
 * someone not asked to scale (absent, an interpreter, the chair or the minute-taker), or for a
 * score that is not a whole number from 0 to 10.
 */
export function recordScore(c: Conference, attendeeId: string, childId: string, score: number, reason?: string): boolean {
  if (!scalingOpen(c.scaling) || !checkScore(score).ok) return false;
  if (!c.children.some((k) => k.id === childId) || !scalers(c).some((a) => a.id === attendeeId)) return false;
  putScore(c.scaling.scores, attendeeId, childId, score, reason);
  return true;
}

/** Takes a score away (the box emptied to be scored again). Returns false when there was none. */
export function clearScore(c: Conference, attendeeId: string, childId: string): boolean {
  const before = c.scaling.scores.length;
  removeScore(c.scaling.scores, attendeeId, childId);
  return c.scaling.scores.length < before;
}

/** The sentence of why beside a score. A reason with no score is kept on screen, not in the record: false comes back. */
export function setScoreReason(c: Conference, attendeeId: string, childId: string, reason: string): boolean {
  return putReason(c.scaling.scores, attendeeId, childId, reason);
}
