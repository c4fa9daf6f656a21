import type { Attendee, Conference, PlanAction } from '../model';
import { agencyLabel } from '../format';
import { outcomeNeedsCategory } from './decision';
import { planDates } from './planDates';
import { canonicalAgency } from './quorum';
import { actionOwnerIds } from './planActions';
import { readingIssues } from './readingEase';
import { findJargon } from '../family/jargon';

/**
 * "Specific, not vague": the checks a plan must pass before the chair marks it final.
 * Each action needs what, who, by when, how we will know, and the danger statement or safety goal it serves.
 */

export interface VagueHit {
  phrase: string;
  suggestion: string;
}

const VAGUE: { phrase: string; pattern: RegExp; suggestion: string }[] = [
  {
    phrase: 'engage with',
    pattern: /\bengag(?:e|es|ing|ed)\s+(?:with|in)\b/i,
    suggestion: 'Say what they will actually do, and how often: for example "go to the weekly parenting group on Tuesdays".',
  },
  {
    phrase: 'support',
    pattern: /\bsupport(?:s|ing|ed)?\b/i,
    suggestion: 'Say what the support is: who does what, how often, for how long.',
  },
  {
    phrase: 'monitor',
    pattern: /\bmonitor(?:s|ing|ed)?\b/i,
    suggestion: 'Say what will be checked, by whom, how often, and who they tell if there is a worry.',
  },
  {
    phrase: 'work with',
    pattern: /\bwork(?:s|ing)?\s+with\b/i,
    suggestion: 'Say what the work is and when it happens: for example "meet the family support worker every Monday".',
  },
  {
    phrase: 'liaise',
    pattern: /\bliais(?:e|es|ing)\b/i,
    suggestion: 'Say who will tell whom what, and when.',
  },
  {
    phrase: 'be aware',
    pattern: /\b(?:be|remain|stay)\s+aware\b/i,
    suggestion: 'Say what they will do with what they know.',
  },
  {
    phrase: 'consider',
    pattern: /\bconsider(?:s|ing)?\b/i,
    suggestion: 'Say what will be decided, by whom and by when.',
  },
  {
    phrase: 'as appropriate',
    pattern: /\bas\s+(?:appropriate|needed|required|necessary)\b/i,
    suggestion: 'Say exactly when: a date, or how often.',
  },
  {
    phrase: 'ongoing',
    pattern: /\bongoing\b/i,
    suggestion: 'If it goes on until the plan ends, mark the action as ongoing and say how often it happens; otherwise give a date.',
  },
];

/** Detail that turns a vague verb into something checkable: how often, how many, when. */
const SPECIFIC =
  /\b(?:every|each|daily|weekly|fortnightly|monthly|once|twice|times|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|morning|evening|before|after|within|until)\b|\d/i;

/** Vague phrases in an action, unless the action also says how often or when. */
export function vagueHits(text: string): VagueHit[] {
  if (SPECIFIC.test(text)) return [];
  return VAGUE.filter((v) => v.pattern.test(text)).map(({ phrase, suggestion }) => ({ phrase, suggestion }));
}

export type ActionField = 'what' | 'owner' | 'date' | 'measure' | 'link' | 'vague' | 'status';

export interface ActionFlag {
  actionId: string;
  field: ActionField;
  message: string;
  suggestion?: string;
}

type ActionContext = Pick<Conference, 'attendees' | 'map' | 'details'>;

export function checkAction(a: PlanAction, c: ActionContext): ActionFlag[] {
  const flags: ActionFlag[] = [];
  const flag = (field: ActionField, message: string, suggestion?: string) =>
    flags.push(suggestion ? { actionId: a.id, field, message, suggestion } : { actionId: a.id, field, message });

  if (!a.what.trim()) flag('what', 'Say what will happen.');
  // Any one of the people sharing it, or the agency, answers "who".
  const ownerKnown = actionOwnerIds(a, c.attendees).length > 0;
  if (!ownerKnown && !(a.ownerAgency ?? '').trim()) flag('owner', 'Say who will do it: a person or an agency.');
  if (a.ongoing) {
    // It goes on until the plan ends and is reported at each core group: no end date to give,
    // but "ongoing" alone is not specific, so it must say how often.
    if (a.what.trim() && !SPECIFIC.test(a.what)) {
      flag('vague', 'An ongoing action must say how often it happens.', 'For example "every Monday after school" or "weekly, at home".');
    }
  } else if (!a.byDate) flag('date', 'Give a date it will be done by, or mark it as ongoing.');
  else if (a.byDate < c.details.date) flag('date', 'The date is before the conference: check it.');
  if (!a.measure.trim()) flag('measure', 'Say how we will know it is done.');
  const link = a.linkedItemId ? c.map.find((m) => m.id === a.linkedItemId) : undefined;
  if (!link || (link.kind !== 'danger' && link.kind !== 'safety-goal')) {
    flag('link', 'Link it to the danger statement or safety goal it helps with.');
  }
  for (const v of vagueHits(a.what)) {
    // An action marked ongoing has its own "how often" check above.
    if (!(a.ongoing && v.phrase === 'ongoing')) flag('vague', `"${v.phrase}" is vague on its own.`, v.suggestion);
  }
  if (a.status === 'not-done' && !a.statusNote.trim()) flag('status', 'Say why it was not done.');
  return flags;
}

/** A plan is needed when any child is (still) subject of a child protection plan; a core group always works to one. */
export function planRequired(c: Pick<Conference, 'details' | 'decisions'>): boolean {
  if (c.details.kind === 'core-group') return true;
  return c.decisions.some((d) => outcomeNeedsCategory(d.outcome));
}

export interface PlanFlag {
  section: 'people' | 'actions' | 'contingency' | 'dates';
  message: string;
  actionId?: string;
  field?: ActionField;
  suggestion?: string;
}

export function checkPlan(c: Pick<Conference, 'details' | 'decisions' | 'plan' | 'attendees' | 'map'>): PlanFlag[] {
  const flags: PlanFlag[] = [];
  const p = c.plan;
  const required = planRequired(c);
  const lead = p.leadSocialWorkerId ? c.attendees.find((a) => a.id === p.leadSocialWorkerId) : undefined;
  if (!lead) flags.push({ section: 'people', message: 'Name the lead social worker.' });
  else {
    const problem = leadSocialWorkerProblem(lead);
    if (problem) flags.push({ section: 'people', message: problem });
  }
  if (p.coreGroupIds.filter((id) => c.attendees.some((a) => a.id === id)).length === 0) {
    flags.push({ section: 'people', message: 'Choose the core group members.' });
  }
  if (required && p.actions.length === 0) flags.push({ section: 'actions', message: 'Add the actions: a plan needs at least one.' });
  p.actions.forEach((a, i) => {
    for (const f of checkAction(a, c)) {
      flags.push({ section: 'actions', message: `Action ${i + 1}: ${f.message}`, actionId: a.id, field: f.field, ...(f.suggestion ? { suggestion: f.suggestion } : {}) });
    }
  });
  if (required && !p.contingency.trim()) {
    flags.push({ section: 'contingency', message: 'Write the contingency plan: what happens if this plan does not keep the children safe.' });
  }
  for (const d of planDates(c)) {
    if (!d.value) {
      if (required) flags.push({ section: 'dates', message: `Set the ${d.label.toLowerCase()} date.` });
    } else if (d.late) {
      flags.push({ section: 'dates', message: `The ${d.label.toLowerCase()} date is later than the limit (${d.rule}).` });
    } else if (d.beforeConference) {
      flags.push({ section: 'dates', message: `The ${d.label.toLowerCase()} date is not after this meeting: check it.` });
    }
  }
  return flags;
}

/**
 * The lead social worker is a social worker from the local authority's children's social care
 * (Working Together to Safeguard Children 2023, ch. 4: the child protection plan's lead
 * practitioner; London Child Protection Procedures: the lead social worker). A health visitor or
 * a teacher can own actions, but not lead the plan. A typed agency counts by what it says
 * ("Greenwich children's social care"), as quorum counts it.
 */
export function leadSocialWorkerProblem(a: Pick<Attendee, 'name' | 'kind' | 'agency'>): string | undefined {
  const who = a.name.trim() || 'The person chosen';
  if (a.kind !== 'professional') return `The lead social worker must be a social worker from children's social care: ${who} is not a professional.`;
  if (canonicalAgency(a.agency) !== 'childrens-social-care') {
    const from = a.agency.trim() ? `is from ${agencyLabel(a.agency)}` : 'has no agency recorded';
    return `The lead social worker must be a social worker from children's social care: ${who} ${from}.`;
  }
  return undefined;
}

/** The plan may be final with no flags, or with flags if the chair gives a reason to override them. */
export function canMarkFinal(flags: readonly PlanFlag[], overrideReason: string | undefined): { ok: true; overridden: boolean } | { ok: false; message: string } {
  if (flags.length === 0) return { ok: true, overridden: false };
  if ((overrideReason ?? '').trim().length >= 10) return { ok: true, overridden: true };
  return {
    ok: false,
    message: `${flags.length === 1 ? '1 check is' : `${flags.length} checks are`} still flagged. Fix them, or give the reason you are overriding them.`,
  };
}

export interface PlainWordsIssue {
  kind: 'jargon' | 'hard' | 'long-sentence';
  message: string;
}

/** Family-facing text (danger statements, safety goals, actions): jargon with a plainer word, and reading ease. */
export function plainWordsIssues(text: string): PlainWordsIssue[] {
  const issues: PlainWordsIssue[] = findJargon(text).map((j) => ({
    kind: 'jargon' as const,
    message: `"${j.term}" is jargon: say "${j.plain}" (${j.meaning.replace(/\.$/, '').toLowerCase()}).`,
  }));
  for (const r of readingIssues(text)) issues.push({ kind: r.kind, message: r.message });
  return issues;
}
