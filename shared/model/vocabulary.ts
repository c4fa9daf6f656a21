// The fixed word lists of the domain. Labels are what the chair sees; the family view
// uses shared/family/plainWords.ts for its own wording.

/**
 * The kind of meeting decides its procedure: outcomes, report deadlines, review limits. Where the
 * harm comes from (inside the family or outside it) is a separate field, HARM_CONTEXTS: an
 * adolescent / extra-familial harm review is a review (schema v3; v2 had it as a kind).
 */
export const CONFERENCE_KINDS = ['initial', 'review', 'core-group', 'pre-birth', 'transfer-in'] as const;
export type ConferenceKind = (typeof CONFERENCE_KINDS)[number];
export const CONFERENCE_KIND_LABELS: Record<ConferenceKind, string> = {
  initial: 'Initial child protection conference',
  review: 'Review child protection conference',
  'core-group': 'Core group meeting',
  'pre-birth': 'Pre-birth conference',
  'transfer-in': 'Transfer-in conference',
};
/** Short forms for lists and file names. */
export const CONFERENCE_KIND_SHORT: Record<ConferenceKind, string> = {
  initial: 'ICPC',
  review: 'RCPC',
  'core-group': 'CGM',
  'pre-birth': 'Pre-birth',
  'transfer-in': 'Transfer-in',
};

export const HARM_CONTEXTS = ['family', 'extra-familial'] as const;
export type HarmContext = (typeof HARM_CONTEXTS)[number];
export const HARM_CONTEXT_LABELS: Record<HarmContext, string> = {
  family: 'Harm within the family',
  'extra-familial': 'Adolescent / extra-familial harm (exploitation, serious violence, going missing)',
};

export const CONFERENCE_STATUSES = ['draft', 'held', 'exported'] as const;
export type ConferenceStatus = (typeof CONFERENCE_STATUSES)[number];

export const MEETING_FORMATS = ['in-person', 'virtual', 'hybrid'] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];
export const MEETING_FORMAT_LABELS: Record<MeetingFormat, string> = {
  'in-person': 'In person',
  virtual: 'Virtual',
  hybrid: 'Hybrid',
};

export const AGENCIES = [
  'childrens-social-care',
  'police',
  'health-visiting',
  'school-nursing',
  'gp',
  'midwifery',
  'hospital-trust',
  'camhs',
  'education',
  'housing',
  'probation',
  'youth-offending',
  'substance-misuse',
  'domestic-abuse',
  'ambulance',
  'early-help',
] as const;
export type KnownAgency = (typeof AGENCIES)[number];
export const AGENCY_LABELS: Record<KnownAgency, string> = {
  'childrens-social-care': "Children's social care",
  police: 'Police',
  'health-visiting': 'Health visiting',
  'school-nursing': 'School nursing',
  gp: 'GP',
  midwifery: 'Midwifery',
  'hospital-trust': 'Hospital trust',
  camhs: 'CAMHS / mental health',
  education: 'Education',
  housing: 'Housing',
  probation: 'Probation',
  'youth-offending': 'Youth offending',
  'substance-misuse': 'Substance misuse',
  'domestic-abuse': 'Domestic abuse service',
  ambulance: 'Ambulance',
  'early-help': 'Early help',
};

/**
 * Who someone is at the meeting. The chair and the minute-taker run it: they are listed, but never
 * count towards quorum, scale or recommend, even when they work for children's social care.
 */
export const ATTENDEE_KINDS = ['professional', 'parent-carer', 'child', 'advocate', 'interpreter', 'chair', 'minute-taker'] as const;
export type AttendeeKind = (typeof ATTENDEE_KINDS)[number];
export const ATTENDEE_KIND_LABELS: Record<AttendeeKind, string> = {
  professional: 'Professional',
  'parent-carer': 'Parent or carer',
  child: 'Child or young person',
  advocate: 'Advocate or supporter',
  interpreter: 'Interpreter',
  chair: 'Chair',
  'minute-taker': 'Minute-taker',
};

export const ATTENDANCE = ['invited', 'present', 'apologies', 'absent', 'left-early'] as const;
export type Attendance = (typeof ATTENDANCE)[number];
export const ATTENDANCE_LABELS: Record<Attendance, string> = {
  invited: 'Invited',
  present: 'Present',
  apologies: 'Apologies',
  absent: 'Absent',
  'left-early': 'Left early',
};

export const EXCLUSION_GROUNDS = [
  'risk-to-child',
  'violence',
  'intoxication',
  'child-wish',
  'restricted-information',
  'family-conflict',
] as const;
export type ExclusionGround = (typeof EXCLUSION_GROUNDS)[number];
export const EXCLUSION_GROUND_LABELS: Record<ExclusionGround, string> = {
  'risk-to-child': 'Their presence would put the child at risk',
  violence: 'Violence or threat of violence',
  intoxication: 'Under the influence of alcohol or drugs',
  'child-wish': 'The child asked that they are not present',
  'restricted-information': 'Information must be shared that cannot be shared with them',
  'family-conflict': 'Conflict between family members',
};

/** The kinds of item on the Signs of Safety map, grouped into its three columns plus grey areas. */
export const MAP_ITEM_KINDS = [
  'harm',
  'danger',
  'complicating',
  'strength',
  'existing-safety',
  'safety-goal',
  'next-step',
  'grey-area',
] as const;
export type MapItemKind = (typeof MAP_ITEM_KINDS)[number];
export const MAP_ITEM_KIND_LABELS: Record<MapItemKind, string> = {
  harm: 'Harm',
  danger: 'Danger statement',
  complicating: 'Complicating factor',
  strength: 'Strength',
  'existing-safety': 'Existing safety',
  'safety-goal': 'Safety goal',
  'next-step': 'Next step',
  'grey-area': 'Grey area',
};
export const MAP_COLUMNS = [
  { key: 'worried', title: 'What are we worried about?', kinds: ['harm', 'danger', 'complicating'] },
  { key: 'working', title: "What's working well?", kinds: ['strength', 'existing-safety'] },
  { key: 'needs', title: 'What needs to happen?', kinds: ['safety-goal', 'next-step'] },
  { key: 'grey', title: 'Grey areas', kinds: ['grey-area'] },
] as const satisfies readonly { key: string; title: string; kinds: readonly MapItemKind[] }[];

export const VIEW_METHODS = ['three-houses', 'words-and-pictures', 'advocate', 'direct', 'written', 'other'] as const;
export type ViewMethod = (typeof VIEW_METHODS)[number];
export const VIEW_METHOD_LABELS: Record<ViewMethod, string> = {
  'three-houses': 'Three Houses',
  'words-and-pictures': 'Words and Pictures',
  advocate: 'Through an advocate',
  direct: 'Spoke in the meeting',
  written: 'Written or sent in',
  other: 'Other',
};

export const CATEGORIES = ['emotional', 'physical', 'sexual', 'neglect'] as const;
export type Category = (typeof CATEGORIES)[number];
export const CATEGORY_LABELS: Record<Category, string> = {
  emotional: 'Emotional abuse',
  physical: 'Physical abuse',
  sexual: 'Sexual abuse',
  neglect: 'Neglect',
};

export const INITIAL_OUTCOMES = ['cp-plan', 'no-plan', 'cin-plan'] as const;
export const REVIEW_OUTCOMES = ['continue', 'change-category', 'end'] as const;
export const OUTCOMES = [...INITIAL_OUTCOMES, ...REVIEW_OUTCOMES] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_LABELS: Record<Outcome, string> = {
  'cp-plan': 'Becomes subject of a child protection plan',
  'no-plan': 'Not subject of a child protection plan',
  'cin-plan': 'Not subject of a plan: child in need plan instead',
  continue: 'Child protection plan continues',
  'change-category': 'Child protection plan continues under a different category',
  end: 'Child protection plan ends',
};

export const ACTION_STATUSES = ['not-started', 'on-track', 'done', 'not-done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  done: 'Done',
  'not-done': 'Not done',
};

/** The standard agenda, in order. Chairs can add their own steps ('custom'). */
export const AGENDA_STEP_KEYS = [
  'welcome',
  'purpose',
  'reports',
  'child-views',
  'family-views',
  'mapping',
  'scaling',
  'recommendations',
  'decision',
  'plan',
  'close',
  'custom',
] as const;
export type AgendaStepKey = (typeof AGENDA_STEP_KEYS)[number];
export const AGENDA_STEP_TITLES: Record<AgendaStepKey, string> = {
  welcome: 'Welcome and introductions',
  purpose: 'Purpose and confidentiality',
  reports: 'Reports and updates',
  'child-views': "The child's views",
  'family-views': "The family's views",
  mapping: 'Mapping',
  scaling: 'Scaling',
  recommendations: 'Recommendations',
  decision: 'Decision',
  plan: 'Plan',
  close: 'Close',
  custom: 'Other business',
};
