import type { Category, Conference, Decision, Dissent } from '../../model';
import { recommendationFor } from '../recommendations';

// Named changes to recommendations, decisions and dissent (see commands/people.ts for why they
// live here).

/** Records the decision for a child, replacing the one recorded before (one decision per child). */
export function recordDecision(c: Conference, childId: string, decision: Omit<Decision, 'childId'>): void {
  const next = { ...decision, childId };
  const at = c.decisions.findIndex((x) => x.childId === childId);
  if (at >= 0) c.decisions[at] = next;
  else c.decisions.push(next);
}

/** Records someone's disagreement with a child's decision, for the minutes. */
export function addDissent(c: Conference, childId: string, entry: Omit<Dissent, 'childId'>): void {
  c.dissent.push({ ...entry, childId });
}

export function removeDissent(c: Conference, id: string): void {
  c.dissent = c.dissent.filter((x) => x.id !== id);
}

/** A professional's recommendation of a plan or no plan for a child. No plan means no category, so its categories and reason go. */
export function recommendPlan(c: Conference, attendeeId: string, childId: string, plan: boolean): void {
  const r = recommendationFor(c.recommendations, attendeeId, childId);
  r.plan = plan;
  if (!plan) {
    r.categories = [];
    delete r.categoryReason;
  }
}

/** Ticks or unticks one category of a professional's recommendation for a child. */
export function toggleRecommendedCategory(c: Conference, attendeeId: string, childId: string, category: Category): void {
  const r = recommendationFor(c.recommendations, attendeeId, childId);
  const at = r.categories.indexOf(category);
  if (at >= 0) r.categories.splice(at, 1);
  else r.categories.push(category);
}

/** Why more than one category is recommended. */
export function setRecommendedCategoryReason(c: Conference, attendeeId: string, childId: string, reason: string): void {
  recommendationFor(c.recommendations, attendeeId, childId).categoryReason = reason;
}
