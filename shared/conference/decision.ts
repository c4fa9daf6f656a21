import {
  INITIAL_OUTCOMES,
  REVIEW_OUTCOMES,
  type ConferenceKind,
  type Decision,
  type Dissent,
  type Outcome,
} from '../model';

/** The outcomes open to the chair at this kind of meeting; a core group decides nothing. */
export function outcomesFor(kind: ConferenceKind): readonly Outcome[] {
  if (kind === 'core-group') return [];
  if (kind === 'review') return REVIEW_OUTCOMES;
  return INITIAL_OUTCOMES;
}

/** Outcomes under which the child is (still) subject of a plan, so a category is needed. */
export function outcomeNeedsCategory(o: Outcome): boolean {
  return o === 'cp-plan' || o === 'continue' || o === 'change-category';
}

export interface DecisionProblem {
  field: 'outcome' | 'categories' | 'reasons' | 'endingReason';
  message: string;
}

export function checkDecision(d: Pick<Decision, 'outcome' | 'categories' | 'reasons' | 'endingReason'>, kind: ConferenceKind): DecisionProblem[] {
  const problems: DecisionProblem[] = [];
  if (!outcomesFor(kind).includes(d.outcome)) {
    problems.push({ field: 'outcome', message: 'Choose an outcome open to this kind of conference.' });
  }
  if (outcomeNeedsCategory(d.outcome) && d.categories.length === 0) {
    problems.push({ field: 'categories', message: 'A child protection plan needs a category: choose at least one.' });
  }
  if (!outcomeNeedsCategory(d.outcome) && d.categories.length > 0) {
    problems.push({ field: 'categories', message: 'This outcome has no plan, so no category applies.' });
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
