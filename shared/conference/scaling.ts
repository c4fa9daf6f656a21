import type { Attendee, Conference, Score, Scaling } from '../model';

// Scaling rules. Scores are never averaged into a verdict: the summary keeps the spread
// (median, range, who has not scaled) so the chair can ask the people furthest apart why.

export const SCORE_MIN = 0;
export const SCORE_MAX = 10;

export type ScoreCheck = { ok: true; score: number } | { ok: false; message: string };

/** A typed or pressed score: a whole number from 0 to 10, or a message saying why not. */
export function checkScore(input: string | number): ScoreCheck {
  const text = typeof input === 'number' ? String(input) : input.trim();
  if (text === '') return { ok: false, message: 'Enter a score from 0 to 10.' };
  if (!/^-?\d+(\.\d+)?$/.test(text)) return { ok: false, message: `"${text}" is not a number. Enter a whole number from 0 to 10.` };
  const n = Number(text);
  if (!Number.isInteger(n)) return { ok: false, message: `${text} is not a whole number. Scores are whole numbers from 0 to 10.` };
  if (n < SCORE_MIN || n > SCORE_MAX) return { ok: false, message: `${text} is outside the scale. Scores run from 0 to 10.` };
  return { ok: true, score: n };
}

/** Family members and their supporters: their scores can be shown apart from professionals'. */
export function isFamilySide(a: Pick<Attendee, 'kind'>): boolean {
  return a.kind === 'parent-carer' || a.kind === 'child' || a.kind === 'advocate';
}

/**
 * Who is asked to scale: everyone present (or who left early), except interpreters, who speak
 * for others. Core groups use the same rule: everyone scales.
 */
export function scalers(c: Pick<Conference, 'attendees'>): Attendee[] {
  // The interpreter, the chair and the minute-taker do not scale: they are not parties to the assessment.
  return c.attendees.filter((a) => (a.attendance === 'present' || a.attendance === 'left-early') && a.kind !== 'interpreter' && a.kind !== 'chair' && a.kind !== 'minute-taker');
}

/** Anchors must be written and confirmed before anyone scales, so everyone scores on the same line. */
export function scalingOpen(s: Pick<Scaling, 'anchors' | 'anchorsConfirmedAt'>): boolean {
  return Boolean(s.anchorsConfirmedAt) && anchorsWritten(s.anchors);
}

export function anchorsWritten(anchors: Scaling['anchors']): boolean {
  return anchors.zero.trim() !== '' && anchors.ten.trim() !== '';
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Spread {
  count: number;
  median?: number;
  min?: number;
  max?: number;
}

export function spreadOf(values: readonly number[]): Spread {
  if (values.length === 0) return { count: 0 };
  return { count: values.length, median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

export interface ScoredEntry {
  attendee: Attendee;
  score: Score;
  familySide: boolean;
}

export interface ChildScaling {
  childId: string;
  /** Scores shown in the plot and summary: family scores only when the chair shows them. */
  shown: ScoredEntry[];
  all: Spread;
  professional: Spread;
  family: Spread;
  /** Spread of what is shown (the headline figure). */
  headline: Spread;
  notScaled: Attendee[];
  /** Scores from people no longer in the list of scalers (e.g. marked absent after scoring). */
  orphaned: Score[];
}

export function summariseChild(c: Pick<Conference, 'attendees' | 'scaling'>, childId: string): ChildScaling {
  const people = scalers(c);
  const byId = new Map(people.map((a) => [a.id, a]));
  const entries: ScoredEntry[] = [];
  const orphaned: Score[] = [];
  for (const s of c.scaling.scores) {
    if (s.childId !== childId) continue;
    const attendee = byId.get(s.attendeeId);
    if (attendee) entries.push({ attendee, score: s, familySide: isFamilySide(attendee) });
    else orphaned.push(s);
  }
  const scored = new Set(entries.map((e) => e.attendee.id));
  const shown = c.scaling.showFamilyScores ? entries : entries.filter((e) => !e.familySide);
  const values = (xs: ScoredEntry[]) => xs.map((e) => e.score.score);
  return {
    childId,
    shown,
    all: spreadOf(values(entries)),
    professional: spreadOf(values(entries.filter((e) => !e.familySide))),
    family: spreadOf(values(entries.filter((e) => e.familySide))),
    headline: spreadOf(values(shown)),
    notScaled: people.filter((a) => !scored.has(a.id)),
    orphaned,
  };
}

/** One sentence for screen readers and the chair: "7 scores: median 4, range 2 to 7." */
export function describeSpread(s: Spread): string {
  if (s.count === 0) return 'No scores yet.';
  const noun = s.count === 1 ? 'score' : 'scores';
  const range = s.min === s.max ? `all ${s.min}` : `range ${s.min} to ${s.max}`;
  return `${s.count} ${noun}: median ${formatMedian(s.median)}, ${range}.`;
}

export function formatMedian(m: number | undefined): string {
  if (m === undefined) return '–';
  return Number.isInteger(m) ? String(m) : m.toFixed(1);
}

/** Set (or replace) one person's score for one child; works on plain arrays and immer drafts. */
export function putScore(scores: Score[], attendeeId: string, childId: string, score: number, reason?: string): void {
  const check = checkScore(score);
  if (!check.ok) throw new Error(check.message);
  const existing = scores.find((s) => s.attendeeId === attendeeId && s.childId === childId);
  if (existing) {
    existing.score = check.score;
    if (reason !== undefined) existing.reason = reason;
  } else {
    scores.push({ attendeeId, childId, score: check.score, reason: reason ?? '' });
  }
}

export function putReason(scores: Score[], attendeeId: string, childId: string, reason: string): boolean {
  const existing = scores.find((s) => s.attendeeId === attendeeId && s.childId === childId);
  if (!existing) return false;
  existing.reason = reason;
  return true;
}

export function removeScore(scores: Score[], attendeeId: string, childId: string): void {
  const i = scores.findIndex((s) => s.attendeeId === attendeeId && s.childId === childId);
  if (i >= 0) scores.splice(i, 1);
}

/**
 * A review shows the previous conference's scores for the same child. Matched by the child's id,
 * which a follow-on meeting keeps: an unborn child named since, or a child whose name was
 * corrected, is still the same child. Scores carried over before ids were kept match by name.
 */
export function previousScoresFor(s: Pick<Scaling, 'previous'>, child: { id: string; name: string }): { name: string; agency: string; score: number }[] {
  if (!s.previous) return [];
  const key = child.name.trim().toLowerCase();
  return s.previous.scores
    .filter((p) => (p.childId !== undefined ? p.childId === child.id : p.childName.trim().toLowerCase() === key))
    .map(({ name, agency, score }) => ({ name, agency, score }));
}
