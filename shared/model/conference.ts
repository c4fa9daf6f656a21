import { z } from 'zod';
import { Id, ShortText, LongText, IsoDate, ClockTime, Instant } from './primitives';
import {
  CONFERENCE_KINDS,
  CONFERENCE_STATUSES,
  HARM_CONTEXTS,
  MEETING_FORMATS,
  ATTENDEE_KINDS,
  ATTENDANCE,
  EXCLUSION_GROUNDS,
  MAP_ITEM_KINDS,
  VIEW_METHODS,
  CATEGORIES,
  OUTCOMES,
  ACTION_STATUSES,
  AGENDA_STEP_KEYS,
} from './vocabulary';
import { RichNode } from './richText';
import { Circulation, DocumentCorrection } from './afterMeeting';
import { History } from './history';

export const SCHEMA_VERSION = 3;

const list = <T extends z.ZodType>(item: T, max = 2_000) => z.array(item).max(max);

export const Child = z.strictObject({
  id: Id,
  name: ShortText, // may be empty for an unborn child ("Unborn baby of …")
  unborn: z.boolean(),
  dateOfBirth: IsoDate.optional(),
  expectedDate: IsoDate.optional(), // unborn children
  gender: ShortText.optional(),
});
export type Child = z.infer<typeof Child>;

export const FamilyMember = z.strictObject({
  id: Id,
  name: ShortText,
  relationships: list(z.strictObject({ childId: Id, relationship: ShortText }), 50),
  parentalResponsibility: z.boolean(),
});
export type FamilyMember = z.infer<typeof FamilyMember>;

export const Details = z.strictObject({
  kind: z.enum(CONFERENCE_KINDS),
  /** Where the harm comes from; separate from the kind, which sets the procedure. */
  harmContext: z.enum(HARM_CONTEXTS),
  date: IsoDate,
  /** The strategy discussion an initial conference follows (within 15 working days of it). */
  strategyDiscussionDate: IsoDate.optional(),
  /** When this authority was told a family on a plan had moved in (transfer-in within 15 working days). */
  transferNotifiedDate: IsoDate.optional(),
  startTime: ClockTime,
  format: z.enum(MEETING_FORMATS),
  venue: ShortText, // a room, or the video link's name; never shown to the family if restricted
  chair: ShortText,
  minuteTaker: ShortText,
  localAuthority: ShortText,
  familyName: ShortText, // used in the list and file names
});
export type Details = z.infer<typeof Details>;

export const Attendee = z.strictObject({
  id: Id,
  name: ShortText,
  role: ShortText,
  /** A KnownAgency id or free text for an agency not on the pick list. */
  agency: ShortText,
  kind: z.enum(ATTENDEE_KINDS),
  attendance: z.enum(ATTENDANCE),
  leftAt: ClockTime.optional(),
  remote: z.boolean(),
  familyMemberId: Id.optional(),
  /** Contact details: for the chair only, never family-facing. */
  contact: ShortText.optional(),
  /** An interpreter's language, and the attendees they interpret for. */
  language: ShortText.optional(),
  interpretsFor: list(Id, 20).optional(),
});
export type Attendee = z.infer<typeof Attendee>;

export const AgencyReport = z.strictObject({
  id: Id,
  agency: ShortText,
  expected: z.boolean(),
  /** Set by the chair to override the computed due date; otherwise computed from settings. */
  dueDateOverride: IsoDate.optional(),
  receivedDate: IsoDate.optional(),
  sharedWithFamily: z.boolean(),
  containsRestricted: z.boolean(),
  /**
   * What the family may read about the report: shown on the family screen and in the family copy
   * once the report is shared with them and holds nothing restricted. Labelled as such on screen.
   */
  familySummary: LongText,
  /** The chair's own note on the report: never family-facing, whatever the report's state. */
  chairNote: LongText,
});
export type AgencyReport = z.infer<typeof AgencyReport>;

/** Information the family must not hear. Everything marked restricted points here. */
export const RestrictedItem = z.strictObject({
  id: Id,
  sourceAgency: ShortText,
  summary: LongText,
  reason: LongText,
});
export type RestrictedItem = z.infer<typeof RestrictedItem>;

export const MapItem = z.strictObject({
  id: Id,
  kind: z.enum(MAP_ITEM_KINDS),
  text: LongText,
  childIds: list(Id, 50),
  raisedBy: Id.optional(), // attendee id
  restricted: z.boolean(),
  restrictedItemId: Id.optional(),
  /** For a safety goal: the danger statement it answers. */
  pairedDangerId: Id.optional(),
});
export type MapItem = z.infer<typeof MapItem>;

export const View = z.strictObject({
  id: Id,
  whose: z.enum(['child', 'family']),
  /** An attendee id, or a family member/child id when they were not present. */
  attributedTo: Id.optional(),
  attributedName: ShortText, // as said in the meeting, kept even if the person is removed
  childId: Id.optional(),
  method: z.enum(VIEW_METHODS).optional(),
  text: LongText,
  restricted: z.boolean(),
  restrictedItemId: Id.optional(),
});
export type View = z.infer<typeof View>;

export const Contribution = z.strictObject({
  id: Id,
  attendeeId: Id,
  worries: LongText,
  workingWell: LongText,
  newInformation: LongText,
  restricted: z.boolean(),
  restrictedItemId: Id.optional(),
});
export type Contribution = z.infer<typeof Contribution>;

export const Score = z.strictObject({
  attendeeId: Id,
  childId: Id,
  score: z.number().int('A score is a whole number').min(0, 'Scores run from 0 to 10').max(10, 'Scores run from 0 to 10'),
  reason: LongText,
});
export type Score = z.infer<typeof Score>;

export const Anchors = z.strictObject({ zero: LongText, ten: LongText });
export type Anchors = z.infer<typeof Anchors>;

/** Scores carried over from the previous conference, so a review shows them side by side. */
export const PreviousScaling = z.strictObject({
  conferenceDate: IsoDate,
  anchors: Anchors,
  scores: list(
    z.strictObject({
      /** The child's id (kept across follow-on meetings); the name is as it was then, for reading only. */
      childId: Id.optional(),
      childName: ShortText,
      name: ShortText,
      agency: ShortText,
      /** Whether a professional gave it: only theirs make the median, as on the screen. */
      professional: z.boolean().optional(),
      score: z.number().int().min(0).max(10),
    }),
    500,
  ),
});
export type PreviousScaling = z.infer<typeof PreviousScaling>;

export const Scaling = z.strictObject({
  anchors: Anchors,
  /** Anchors are fixed before anyone scales; scores can only be entered once this is set. */
  anchorsConfirmedAt: Instant.optional(),
  scores: list(Score, 2_000),
  /** Whether family members' scores are shown beside the professionals'. */
  showFamilyScores: z.boolean(),
  previous: PreviousScaling.optional(),
});
export type Scaling = z.infer<typeof Scaling>;

export const Recommendation = z.strictObject({
  attendeeId: Id,
  childId: Id,
  plan: z.boolean(),
  categories: list(z.enum(CATEGORIES), 4),
  categoryReason: LongText.optional(),
});
export type Recommendation = z.infer<typeof Recommendation>;

export const Decision = z.strictObject({
  childId: Id,
  outcome: z.enum(OUTCOMES),
  categories: list(z.enum(CATEGORIES), 4),
  /** Why more than one category applies (one primary category is the norm). */
  categoryReason: LongText.optional(),
  reasons: LongText,
  endingReason: LongText.optional(),
  decidedAt: Instant.optional(),
});
export type Decision = z.infer<typeof Decision>;

export const Dissent = z.strictObject({
  id: Id,
  childId: Id,
  attendeeId: Id.optional(),
  name: ShortText,
  agency: ShortText,
  reason: LongText,
});
export type Dissent = z.infer<typeof Dissent>;

export const PlanAction = z.strictObject({
  id: Id,
  what: LongText,
  ownerAttendeeId: Id.optional(),
  /** Others who share the action with the first owner ("Grace and Ngozi"). */
  coOwnerAttendeeIds: list(Id, 20).optional(),
  ownerAgency: ShortText.optional(),
  byDate: IsoDate.optional(),
  /** Goes on until the plan ends (weekly check-ins), reported at each core group: no end date. */
  ongoing: z.boolean().optional(),
  measure: LongText,
  linkedItemId: Id.optional(), // a danger statement or safety goal
  status: z.enum(ACTION_STATUSES),
  statusNote: LongText,
  reviewedOn: IsoDate.optional(),
  restricted: z.boolean(),
});
export type PlanAction = z.infer<typeof PlanAction>;

export const SafetyNetworkMember = z.strictObject({
  id: Id,
  name: ShortText,
  relationship: ShortText,
  part: LongText,
});
export type SafetyNetworkMember = z.infer<typeof SafetyNetworkMember>;

export const Plan = z.strictObject({
  leadSocialWorkerId: Id.optional(),
  coreGroupIds: list(Id, 200),
  safetyNetwork: list(SafetyNetworkMember, 200),
  actions: list(PlanAction, 1_000),
  contingency: LongText,
  bottomLines: LongText,
  firstCoreGroupDate: IsoDate.optional(),
  reviewDate: IsoDate.optional(),
  final: z.boolean(),
  finalOverrideReason: LongText.optional(),
});
export type Plan = z.infer<typeof Plan>;

export const AgendaStep = z.strictObject({
  id: Id,
  key: z.enum(AGENDA_STEP_KEYS),
  title: ShortText,
  startedAt: Instant.optional(),
  /** The minute-taker's notes for this step (tiptap JSON). One document per step keeps each small. */
  minutes: RichNode,
  /** What the family screen shows while the chair is on this step. */
  family: z.strictObject({
    show: z.boolean(),
    scores: z.enum(['hidden', 'anonymous', 'named']),
    /**
     * The chair's recorded choice about this step's notes (and, for a step the chair added, its
     * title) in the family's copy, where shared/family/familyAccess.ts says the chair must decide.
     * Absent: not decided, so kept out.
     */
    release: z
      .strictObject({
        choice: z.enum(['released', 'kept-out']),
        at: Instant,
        /** The reasons the chair was shown when releasing: a reason that arises later (a new exclusion) needs a new decision. */
        reasons: list(LongText, 20).optional(),
      })
      .optional(),
  }),
});
export type AgendaStep = z.infer<typeof AgendaStep>;

export const Exclusion = z.strictObject({
  id: Id,
  attendeeId: Id,
  ground: z.enum(EXCLUSION_GROUNDS),
  stepIds: list(Id, 50),
  note: LongText,
  /** While true the family screen leaves this person's contributions out. */
  hideFromFamilyScreen: z.boolean(),
});
export type Exclusion = z.infer<typeof Exclusion>;

export const Meeting = z.strictObject({
  agenda: list(AgendaStep, 60),
  currentStepId: Id.optional(),
  startedAt: Instant.optional(),
  endedAt: Instant.optional(),
  quorumOverrideReason: LongText.optional(),
  exclusions: list(Exclusion, 100),
  purpose: LongText,
  /** The chair checked that the family saw the agency reports before the meeting. */
  reportsSeenByFamily: z.boolean().optional(),
  /** The chair's closing check that the family understand the decision and the plan (optional: added after v1 records). */
  familyUnderstood: z.strictObject({ decision: z.boolean(), plan: z.boolean(), note: LongText }).optional(),
});
export type Meeting = z.infer<typeof Meeting>;

export const ExportRecord = z.strictObject({
  at: Instant,
  what: z.enum(['minutes', 'plan', 'archive']),
  audience: z.enum(['full', 'family', 'both']),
  version: z.number().int().min(1),
  files: list(z.strictObject({ name: ShortText, sha256: z.string().regex(/^[0-9a-f]{64}$/), bytes: z.number().int().min(0) }), 50),
});
export type ExportRecord = z.infer<typeof ExportRecord>;

export const Conference = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: Id,
  /** Increases by one on every accepted save; a save based on an older revision is refused. */
  revision: z.number().int().min(0),
  createdAt: Instant,
  updatedAt: Instant,
  status: z.enum(CONFERENCE_STATUSES),
  details: Details,
  children: list(Child, 20),
  family: list(FamilyMember, 60),
  attendees: list(Attendee, 200),
  reports: list(AgencyReport, 100),
  restricted: list(RestrictedItem, 500),
  map: list(MapItem, 2_000),
  views: list(View, 500),
  contributions: list(Contribution, 500),
  scaling: Scaling,
  recommendations: list(Recommendation, 2_000),
  decisions: list(Decision, 20),
  dissent: list(Dissent, 500),
  plan: Plan,
  meeting: Meeting,
  /** The minutes' version, printed in export footers and file names; a correction after final makes the next one. */
  documentVersion: z.number().int().min(1),
  minutesFinal: z.boolean(),
  /** The plan's own version: it goes out (and is corrected) on its own timetable. Final is plan.final. */
  planVersion: z.number().int().min(1),
  /** Each correction after a document was final: the version it made, when, and why (shared/conference/documentIssue.ts). */
  corrections: list(DocumentCorrection, 500),
    /** The previous conference's id, for a review or core group that follows on. */
  previousConferenceId: Id.optional(),
  /** What a review or core group needs in view from the meetings before it (carried over, read-only). */
  history: History.optional(),
  /** After the meeting: who receives the documents, and what was sent to whom (shared/conference/circulation.ts). */
  circulation: Circulation.optional(),
  audit: list(ExportRecord, 5_000),
});
export type Conference = z.infer<typeof Conference>;

/** What the list shows without opening every conference file. */
export const ConferenceSummary = z.strictObject({
  id: Id,
  kind: z.enum(CONFERENCE_KINDS),
  date: IsoDate,
  startTime: ClockTime,
  status: z.enum(CONFERENCE_STATUSES),
  childNames: list(ShortText, 20),
  familyNames: list(ShortText, 60),
  familyName: ShortText,
  updatedAt: Instant,
  /** When the plan and the minutes had gone to every recipient, for business support's list of what is due. */
  circulated: z.strictObject({ plan: Instant.optional(), minutes: Instant.optional() }).optional(),
});
export type ConferenceSummary = z.infer<typeof ConferenceSummary>;

/** A file that could not be opened: moved aside, never deleted, and listed so the user knows. */
export const QuarantinedFile = z.strictObject({
  id: Id,
  fileName: ShortText,
  reason: ShortText,
  quarantinedAt: Instant,
});
export type QuarantinedFile = z.infer<typeof QuarantinedFile>;
