import type { Category, Conference, EarlierMeeting, Outcome } from '../model';

/**
 * Where each child's plan stands going into this meeting, from the meetings before it (the
 * record's history, carried over when a review or core group follows on). Core groups decide
 * nothing, so the last conference with a decision for the child is the one that counts.
 */
export interface CurrentPlan {
  meeting: EarlierMeeting;
  outcome: Outcome;
  /** Empty when the child is not on a plan. */
  categories: Category[];
  onPlan: boolean;
}

export function currentPlan(c: Pick<Conference, 'history'>, childId: string): CurrentPlan | null {
  const meetings = c.history?.meetings ?? [];
  for (let i = meetings.length - 1; i >= 0; i--) {
    const meeting = meetings[i]!;
    const d = meeting.decisions.find((x) => x.childId === childId);
    if (!d) continue;
    const onPlan = d.outcome === 'cp-plan' || d.outcome === 'continue' || d.outcome === 'change-category';
    return { meeting, outcome: d.outcome, categories: onPlan ? [...d.categories] : [], onPlan };
  }
  return null;
}
