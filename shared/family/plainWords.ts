import type { AgendaStepKey, AttendeeKind, Category, ConferenceKind, Details, MapItemKind, Outcome } from '../model';

// The family screen's own wording. The chair's labels (shared/model/vocabulary.ts) use the
// professional terms; a family reading from across the room gets these instead.

export const FAMILY_MEETING_TITLES: Record<ConferenceKind, string> = {
  initial: 'Child protection meeting (first meeting)',
  review: 'Child protection review meeting',
  'core-group': 'Core group meeting: checking how the plan is going',
  'pre-birth': 'Child protection meeting before the baby is born',
  'transfer-in': 'Child protection meeting after moving to this area',
};

/** The meeting's title for the family; harm from outside the home is said so. */
export function familyMeetingTitle(details: Pick<Details, 'kind' | 'harmContext'>): string {
  const title = FAMILY_MEETING_TITLES[details.kind];
  return details.harmContext === 'extra-familial' ? `${title}: keeping a young person safe outside the home` : title;
}

export const FAMILY_STEP_TITLES: Record<Exclude<AgendaStepKey, 'custom'>, string> = {
  welcome: 'Welcome',
  purpose: 'What this meeting is for',
  reports: 'What the reports say',
  'child-views': 'What the children think',
  'family-views': 'What the family thinks',
  mapping: 'Worries, what is going well, and what needs to happen',
  scaling: 'How safe are the children? (0 to 10)',
  recommendations: 'What the workers think should happen',
  decision: 'The decision',
  plan: 'What happens next',
  close: 'Before we finish',
};

/** Plain labels for the kinds of map item, shown above each item. */
export const FAMILY_MAP_LABELS: Record<MapItemKind, string> = {
  harm: 'What has happened',
  danger: 'What we are worried could happen',
  complicating: 'What makes it harder',
  strength: 'Good things',
  'existing-safety': 'Times the children were kept safe',
  'safety-goal': 'What safe looks like',
  'next-step': 'Next step',
  'grey-area': 'Not sure yet',
};

export const FAMILY_MAP_COLUMNS = {
  worried: 'What are we worried about?',
  working: 'What is working well?',
  needs: 'What needs to happen?',
  grey: 'What we are not sure about yet',
} as const;

export const FAMILY_ROLE_LABELS: Record<Exclude<AttendeeKind, 'professional'>, string> = {
  'parent-carer': 'Parent or carer',
  child: 'Child or young person',
  advocate: 'Supporter',
  interpreter: 'Interpreter',
  chair: 'Chair of the meeting',
  'minute-taker': 'Taking notes of the meeting',
};

export const FAMILY_OUTCOMES: Record<Outcome, string> = {
  'cp-plan': 'There will be a child protection plan to keep them safe',
  'no-plan': 'There will not be a child protection plan',
  'cin-plan': 'There will not be a child protection plan; there will be a support plan instead',
  continue: 'The child protection plan carries on',
  'change-category': 'The child protection plan carries on, about a different kind of worry',
  end: 'The child protection plan ends',
};

/**
 * The category as the law names it, with what it means in plain words: the family will meet the
 * statutory name in letters and in court, so it is not replaced, only explained.
 */
export const FAMILY_CATEGORIES: Record<Category, string> = {
  emotional: 'Emotional abuse (harm to how a child feels about themselves and others)',
  physical: 'Physical abuse (a child being hurt or injured)',
  sexual: 'Sexual abuse (a child being made to take part in sexual activity, or see it)',
  neglect: 'Neglect (a child’s basic needs not being met)',
};

/** Shown when the chair has not written the purpose yet. */
export const DEFAULT_PURPOSE: Record<ConferenceKind, string> = {
  initial: 'To share what everyone knows, agree what we are worried about and what is going well, and decide together how to keep the children safe.',
  review: 'To look at how the plan has gone since the last meeting and decide whether it is still needed.',
  'core-group': 'To check how each part of the plan is going and agree what happens next.',
  'pre-birth': 'To plan together how the baby will be kept safe once they are born.',
  'transfer-in': 'To get to know the family and agree how the plan carries on in this area.',
};

/** Shown when the chair has not written the purpose yet, for this kind of meeting and harm. */
export function defaultPurpose(details: Pick<Details, 'kind' | 'harmContext'>): string {
  if (details.harmContext !== 'extra-familial') return DEFAULT_PURPOSE[details.kind];
  return details.kind === 'initial' || details.kind === 'pre-birth'
    ? 'To understand what is happening outside the home and agree how to keep the young person safe.'
    : `${DEFAULT_PURPOSE[details.kind]} The worries are about what happens outside the home.`;
}
