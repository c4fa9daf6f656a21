import {
  CATEGORY_LABELS,
  INITIAL_OUTCOMES,
  REVIEW_OUTCOMES,
  type Category,
  type ConferenceKind,
  type Decision,
  type Dissent,
  type Outcome,
} from '../model';

/**
 * The outcomes open to the chair at this kind of meeting; a core group decides nothing. A
 * transfer-in conference is about a child already on another authority's plan, so, like a review,
 * it continues the plan (under the same or a different category) or ends it (London CP
 * Procedures, transfer-in conferences; Working Together 2023).
 */
export function outcomesFor(kind: ConferenceKind): readonly Outcome[] {
  if (kind === 'core-group') return [];
  if (kind === 'review' || kind === 'transfer-in') return REVIEW_OUTCOMES;
  return INITIAL_OUTCOMES;
}

/** Outcomes under which the child is (still) subject of a plan, so a category is needed. */
export function outcomeNeedsCategory(o: Outcome): boolean {
  return o === 'cp-plan' || o === 'continue' || o === 'change-category';
}

export interface DecisionProblem {
  field: 'outcome' | 'categories' | 'categoryReason' | 'reasons' | 'endingReason';
  message: string;
}

/** What the decision is checked against beyond its own fields. */
export interface DecisionContext {
  /** The child's current plan categories, from the last decision before this meeting (see currentPlan.ts). */
  currentCategories?: readonly Category[];
  /** The meeting is not quorate and the chair has not recorded why it goes ahead: no decision yet. */
  quorumUnresolved?: boolean;
}

const sameSet = (a: readonly Category[], b: readonly Category[]) => a.length === b.length && a.every((x) => b.includes(x));
const names = (cats: readonly Category[]) => cats.map((k) => CATEGORY_LABELS[k]).join(' and ');

export function checkDecision(
  d: Pick<Decision, 'outcome' | 'categories' | 'reasons' | 'endingReason' | 'categoryReason'>,
  kind: ConferenceKind,
  context: DecisionContext = {},
): DecisionProblem[] {
  const problems: DecisionProblem[] = [];
  if (context.quorumUnresolved) {
    problems.push({ field: 'outcome', message: 'The meeting is not quorate. Record the reason to go ahead without quorum (Welcome and introductions) before deciding, or reconvene.' });
  }
  if (!outcomesFor(kind).includes(d.outcome)) {
    problems.push({ field: 'outcome', message: 'Choose an outcome open to this kind of conference.' });
  }
  if (outcomeNeedsCategory(d.outcome) && d.categories.length === 0) {
    problems.push({ field: 'categories', message: 'A child protection plan needs a category: choose at least one.' });
  }
  if (!outcomeNeedsCategory(d.outcome) && d.categories.length > 0) {
    problems.push({ field: 'categories', message: 'This outcome has no plan, so no category applies.' });
  }
  // A plan continues under the category it has; changing it is its own outcome (Working Together 2023).
  const current = context.currentCategories;
  if (current?.length && d.categories.length) {
    if (d.outcome === 'continue' && !sameSet(d.categories, current)) {
      problems.push({ field: 'categories', message: `The plan is under ${names(current)}. To continue it, keep that category; to change it, choose “continues under a different category”.` });
    }
    if (d.outcome === 'change-category' && sameSet(d.categories, current)) {
      problems.push({ field: 'categories', message: `The plan is already under ${names(current)}: choose the new category, or “continues” to keep it.` });
    }
  }
  // One primary category is the norm; more than one needs a reason, as in recommendations.
  if (d.categories.length > 1 && !(d.categoryReason ?? '').trim()) {
    problems.push({ field: 'categoryReason', message: 'More than one category: say why each applies.' });
  }
  if (!d.reasons.trim()) problems.push({ field: 'reasons', message: 'Record the reasons for the decision.' });
  if (d.outcome === 'end' && !(d.endingReason ?? '').trim()) {
    problems.push({ field: 'endingReason', message: 'Say why the plan is ending.' });
  }
  return problems;
}

export interface DissentProblem {
  field: 'name' | 'reason';
  message: string;
}

/** Dissent needs a person (an attendee or a named person) and why they disagree. */
export function checkDissent(d: Pick<Dissent, 'attendeeId' | 'name' | 'reason'>): DissentProblem[] {
  const problems: DissentProblem[] = [];
  if (!d.attendeeId && !d.name.trim()) problems.push({ field: 'name', message: 'Say who disagrees.' });
  if (!d.reason.trim()) problems.push({ field: 'reason', message: 'Record why they disagree.' });
  return problems;
}

/** A decision is recorded only when it has no problems; `decidedAt` marks that moment. */
export function decisionComplete(d: Decision | undefined, kind: ConferenceKind): boolean {
  return Boolean(d && d.decidedAt && checkDecision(d, kind).length === 0);
}
