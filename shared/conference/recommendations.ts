import { CATEGORIES, type Attendee, type Category, type Conference, type ConferenceKind, type Recommendation } from '../model';

/** Only conferences decide on plans; core groups review the plan and never recommend. */
export function recommendsAndDecides(kind: ConferenceKind): boolean {
  return kind !== 'core-group';
}

/** Every professional present gives a recommendation; family members and supporters do not. */
export function recommenders(c: Pick<Conference, 'attendees'>): Attendee[] {
  return c.attendees.filter((a) => a.kind === 'professional' && (a.attendance === 'present' || a.attendance === 'left-early'));
}

export interface RecommendationProblem {
  field: 'categories' | 'categoryReason';
  message: string;
}

/** What is wrong with one recommendation, in words the chair can act on. Empty when it is fine. */
export function checkRecommendation(r: Pick<Recommendation, 'plan' | 'categories' | 'categoryReason'>): RecommendationProblem[] {
  const problems: RecommendationProblem[] = [];
  if (r.plan && r.categories.length === 0) {
    problems.push({ field: 'categories', message: 'A plan needs a category: choose at least one.' });
  }
  if (!r.plan && r.categories.length > 0) {
    problems.push({ field: 'categories', message: 'No plan was recommended, so no category applies.' });
  }
  if (new Set(r.categories).size !== r.categories.length) {
    problems.push({ field: 'categories', message: 'A category is listed twice.' });
  }
  if (r.plan && r.categories.length > 1 && !(r.categoryReason ?? '').trim()) {
    problems.push({ field: 'categoryReason', message: 'More than one category needs a reason.' });
  }
  return problems;
}

export interface RecommendationTally {
  childId: string;
  plan: number;
  noPlan: number;
  byCategory: Record<Category, number>;
  /** Professionals present who have not yet recommended. */
  waiting: Attendee[];
  /** Recommendations that are incomplete (e.g. a plan without a category): not counted. */
  incomplete: number;
}

export function tallyRecommendations(c: Pick<Conference, 'attendees' | 'recommendations'>, childId: string): RecommendationTally {
  const people = recommenders(c);
  const ids = new Set(people.map((a) => a.id));
  const byCategory = Object.fromEntries(CATEGORIES.map((k) => [k, 0])) as Record<Category, number>;
  let plan = 0;
  let noPlan = 0;
  let incomplete = 0;
  const given = new Set<string>();
  for (const r of c.recommendations) {
    if (r.childId !== childId || !ids.has(r.attendeeId)) continue;
    given.add(r.attendeeId);
    if (checkRecommendation(r).length > 0) {
      incomplete += 1;
      continue;
    }
    if (r.plan) {
      plan += 1;
      for (const k of r.categories) byCategory[k] += 1;
    } else noPlan += 1;
  }
  return { childId, plan, noPlan, byCategory, waiting: people.filter((a) => !given.has(a.id)), incomplete };
}

/** Find or create the recommendation for one person and child; works on immer drafts. */
export function recommendationFor(list: Recommendation[], attendeeId: string, childId: string): Recommendation {
  let r = list.find((x) => x.attendeeId === attendeeId && x.childId === childId);
  if (!r) {
    r = { attendeeId, childId, plan: false, categories: [] };
    list.push(r);
    r = list[list.length - 1]!;
  }
  return r;
}
