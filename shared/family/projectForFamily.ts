import { type Attendee, type Conference, type MapItemKind } from '../model';
import { decisionComplete, outcomeNeedsCategory } from '../conference/decision';
import { actionOwnersText, actionWhenText } from '../conference/planActions';
import { describeTrajectoryForFamily, trajectory } from '../conference/trajectory';
import { agencyLabel, childLabel, formatDate } from '../format';
import { findJargon } from './jargon';
import { peopleHiddenOnScreen, peopleKeptOutOfFamilyCopy, stepAccess } from './familyAccess';
import { minutesTextForFamily } from './familyMinutes';
import { onlyWhatIsDrawn } from './screenSections';
import type { FamilyItem, FamilyScore, FamilyScreen, FamilyView } from './familyView';
import {
  defaultPurpose,
  FAMILY_CATEGORIES,
  FAMILY_MAP_LABELS,
  familyMeetingTitle,
  FAMILY_OUTCOMES,
  FAMILY_ROLE_LABELS,
} from './plainWords';

/**
 * THE gate between the record and anything the family sees. Every field of the result is
 * built here from an allowed source, field by field; nothing is copied wholesale and then
 * trimmed, so a field added to the record later stays out until someone lets it in here.
 *
 * Left out always: restricted map items, views, contributions and actions (and actions linked
 * to a restricted map item), the restricted register, professionals' contributions, score
 * reasons, decision reasons, dissent, recommendations, the chair's notes on reports, reports not
 * yet shared or holding anything restricted, contact details, exclusion notes and the venue.
 * Steps, their titles and their notes follow familyAccess.ts: the one rule for the screen and
 * both family documents. Left out while a hiding exclusion's step is on screen, and from the
 * family's copy altogether: that person, and everything attributed to them.
 */
export interface FamilyProjectionOptions {
  /** The step to show: the chair's pin, else the meeting's current step. */
  stepId?: string;
  /** When true the family sees the neutral screen; see familyScreen(). */
  curtain?: boolean;
  /**
   * For the family copy of a document: ignore the step's "show" switch and use this scores
   * setting instead of the step's. Restrictions apply exactly as on screen.
   */
  document?: { scores: 'hidden' | 'anonymous' | 'named' };
}

const COLUMN_OF: Record<MapItemKind, keyof FamilyView['map']> = {
  harm: 'worried',
  danger: 'worried',
  complicating: 'worried',
  strength: 'working',
  'existing-safety': 'working',
  'safety-goal': 'needs',
  'next-step': 'needs',
  'grey-area': 'grey',
};

const PRESENT = new Set<Attendee['attendance']>(['present', 'left-early']);

function item(text: string, label?: string): FamilyItem {
  const explained = findJargon(text).map((h) => ({ term: h.term, meaning: h.meaning }));
  return label === undefined ? { text, explained } : { label, text, explained };
}

function explain(text: string): FamilyItem['explained'] {
  return findJargon(text).map((h) => ({ term: h.term, meaning: h.meaning }));
}

function roleOf(a: Attendee): string {
  if (a.kind !== 'professional') return FAMILY_ROLE_LABELS[a.kind];
  const parts = [a.role.trim(), agencyLabel(a.agency).trim()].filter(Boolean);
  // "GP, GP" says nothing twice: keep the agency only when it adds something.
  return [...new Set(parts.map((p) => p.toLowerCase()))].length < parts.length ? parts[0]! : parts.join(', ');
}

function emptyView(c: Conference, step: FamilyView['step']): FamilyView {
  return {
    conferenceId: c.id,
    meetingTitle: familyMeetingTitle(c.details),
    date: formatDate(c.details.date),
    localAuthority: c.details.localAuthority,
    step,
    people: [],
    purpose: item(''),
    children: [],
    reports: [],
    map: { worried: [], working: [], needs: [], grey: [] },
    views: [],
    scale: { zero: item(''), ten: item(''), show: 'hidden', children: [] },
    decisions: [],
    plan: { actions: [], contingency: item(''), firstCoreGroup: '', review: '', leadWorker: '', coreGroup: [], bottomLines: item(''), ended: false },
    minutes: [],
  };
}

export function projectForFamily(c: Conference, options: FamilyProjectionOptions = {}): FamilyView {
  const step = c.meeting.agenda.find((s) => s.id === (options.stepId ?? c.meeting.currentStepId));
  const stepView: FamilyView['step'] = step ? { key: step.key, title: stepAccess(c, step).title, shown: step.family.show } : null;
  const view = emptyView(c, stepView);
  // A step the chair does not show gives the family the meeting's name and nothing else.
  if (step && !step.family.show && !options.document) return view;

  const hidden = options.document ? peopleKeptOutOfFamilyCopy(c) : peopleHiddenOnScreen(c, step);
  const attendee = new Map(c.attendees.map((a) => [a.id, a]));
  const childName = new Map(c.children.map((ch) => [ch.id, childLabel(ch)]));

  view.people = c.attendees
    .filter((a) => PRESENT.has(a.attendance) && !hidden.has(a.id))
    .map((a) => ({ name: a.name, role: roleOf(a) }));
  view.purpose = item(c.meeting.purpose.trim() || defaultPurpose(c.details));
  view.children = c.children.map((ch) => ({ name: childLabel(ch) }));

  view.reports = c.reports
    .filter((r) => r.sharedWithFamily && !r.containsRestricted)
    .map((r) => ({ agency: agencyLabel(r.agency), summary: item(r.familySummary) }));

  const openMap = c.map.filter((m) => !m.restricted && !m.restrictedItemId && !(m.raisedBy && hidden.has(m.raisedBy)));
  for (const m of openMap) view.map[COLUMN_OF[m.kind]].push(item(m.text, FAMILY_MAP_LABELS[m.kind]));

  view.views = c.views
    .filter((v) => !v.restricted && !v.restrictedItemId && !(v.attributedTo && hidden.has(v.attributedTo)))
    .map((v) => ({ whose: v.whose, by: v.attributedName, text: v.text, explained: explain(v.text) }));

  const show = options.document?.scores ?? step?.family.scores ?? 'hidden';
  view.scale = { zero: item(c.scaling.anchors.zero), ten: item(c.scaling.anchors.ten), show, children: [] };
  if (show !== 'hidden') {
    view.scale.children = c.children.map((ch) => {
      const scores: FamilyScore[] = [];
      for (const s of c.scaling.scores) {
        const who = attendee.get(s.attendeeId);
        if (s.childId !== ch.id || !who || hidden.has(who.id)) continue;
        if (who.kind !== 'professional' && !c.scaling.showFamilyScores) continue;
        scores.push(show === 'named' ? { score: s.score, name: who.name } : { score: s.score });
      }
      // Anonymous scores are sorted so their order does not give away who gave which.
      if (show === 'anonymous') scores.sort((a, b) => a.score - b.score);
      // The workers' view over time, in words; built from professionals' medians only, so it
      // names nobody and holds no one's reasons.
      return { childName: childLabel(ch), scores, trend: describeTrajectoryForFamily(trajectory(c, ch.id), childLabel(ch)) };
    });
  }

  view.decisions = c.decisions
    .filter((d) => childName.has(d.childId) && decisionComplete(d, c.details.kind))
    .map((d) => ({
      childName: childName.get(d.childId) ?? '',
      outcome: FAMILY_OUTCOMES[d.outcome],
      categories: d.categories.map((cat) => FAMILY_CATEGORIES[cat]),
    }));

  const lead = attendee.get(c.plan.leadSocialWorkerId ?? '');
  const closedMapIds = new Set(c.map.filter((m) => m.restricted || m.restrictedItemId).map((m) => m.id));
  view.plan = {
    actions: c.plan.actions
      .filter((a) => !a.restricted && !(a.linkedItemId && closedMapIds.has(a.linkedItemId)))
      .map((a) => {
        // Co-owners are named too ("Grace and Ngozi"), except anyone kept from the family's view.
        const who = actionOwnersText(a, c, { hidden });
        return { what: a.what, who, byWhen: actionWhenText(a, 'family'), explained: explain(a.what) };
      }),
    contingency: item(c.plan.contingency),
    firstCoreGroup: formatDate(c.plan.firstCoreGroupDate),
    review: formatDate(c.plan.reviewDate),
    leadWorker: lead && !hidden.has(lead.id) ? `${lead.name}, ${roleOf(lead)}` : '',
    coreGroup: c.plan.coreGroupIds
      .map((id) => attendee.get(id))
      .filter((a): a is Attendee => Boolean(a) && !hidden.has(a!.id))
      .map((a) => ({ name: a.name, role: roleOf(a) })),
    bottomLines: item(c.plan.bottomLines),
    ended: false,
  };
  // After a review that ends the plan (or a conference that decides there is none), the carried
  // actions and the next meetings' dates are no longer the family's plan.
  if (planEnded(c)) view.plan = { ...view.plan, actions: [], contingency: item(''), firstCoreGroup: '', review: '', coreGroup: [], bottomLines: item(''), ended: true };
  if (options.document) {
    view.minutes = familyMinutes(c, hidden);
    return view;
  }
  // The screen gets only what this step draws (before the meeting starts, the welcome).
  return onlyWhatIsDrawn(view, step?.key ?? 'welcome');
}

/** Each step's notes the family may read, under the heading the family may see. */
function familyMinutes(c: Conference, hidden: Set<string>): FamilyView['minutes'] {
  // A hidden person's chip and everything after it in the block are left out (familyMinutes.ts),
  // so their name is never needed here.
  const nameOf = (id: string) => c.attendees.find((a) => a.id === id)?.name ?? '';
  const out: FamilyView['minutes'] = [];
  for (const step of c.meeting.agenda) {
    const access = stepAccess(c, step);
    if (!access.notesInFamilyCopy) continue;
    const text = minutesTextForFamily(step.minutes, nameOf, hidden);
    if (text.trim()) out.push({ title: access.title, lines: text.split('\n') });
  }
  return out;
}

/**
 * What the family window receives. With the curtain down nothing of the conference is
 * computed or sent; with no conference open the family sees a waiting screen.
 */
export function familyScreen(c: Conference | null, options: FamilyProjectionOptions = {}): FamilyScreen {
  if (options.curtain) return { curtain: true };
  return { curtain: false, view: c ? projectForFamily(c, options) : null };
}

/** Every child has a recorded decision and none is (still) on a plan. */
function planEnded(c: Conference): boolean {
  if (!c.children.length || c.details.kind === 'core-group') return false;
  return c.children.every((ch) => {
    const d = c.decisions.find((x) => x.childId === ch.id);
    return Boolean(d) && decisionComplete(d, c.details.kind) && !outcomeNeedsCategory(d!.outcome);
  });
}
