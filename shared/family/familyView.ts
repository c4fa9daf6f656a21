import type { AgendaStepKey } from '../model/vocabulary';

/**
 * Everything the family screen and the family copy of a document may show, and nothing else.
 * Built only by projectForFamily() in ./projectForFamily.ts. Plain strings, no ids of restricted things.
 */
export interface FamilyItem {
  /** What kind of thing this is, in plain words (e.g. "Good things"); absent where obvious. */
  label?: string;
  text: string;
  /** Plain-language meanings of jargon found in the text, shown beside it. */
  explained: { term: string; meaning: string }[];
}

export interface FamilyScore {
  score: number;
  /** Present only when the chair shows names. */
  name?: string;
}

export interface FamilyView {
  conferenceId: string;
  /** The meeting in plain words, e.g. "Child protection meeting (first meeting)". */
  meetingTitle: string;
  date: string; // dd/mm/yyyy
  localAuthority: string;
  /** The step the chair is on (or has pinned), in plain words; null before the meeting starts. */
  step: { key: AgendaStepKey; title: string; shown: boolean } | null;
  people: { name: string; role: string }[];
  purpose: FamilyItem;
  children: { name: string }[];
  /** Agency reports already shared with the family and holding nothing restricted, with what the family may read of them. */
  reports: { agency: string; summary: FamilyItem }[];
  map: {
    worried: FamilyItem[];
    working: FamilyItem[];
    needs: FamilyItem[];
    grey: FamilyItem[];
  };
  views: { whose: 'child' | 'family'; by: string; text: string; explained: FamilyItem['explained'] }[];
  scale: {
    zero: FamilyItem;
    ten: FamilyItem;
    show: 'hidden' | 'anonymous' | 'named';
    /** `trend`: how the workers' view has moved since the first meeting, in plain words ('' before a second meeting). */
    children: { childName: string; scores: FamilyScore[]; trend: string }[];
  };
  decisions: { childName: string; outcome: string; categories: string[] }[];
  plan: {
    actions: { what: string; who: string; byWhen: string; explained: FamilyItem['explained'] }[];
    contingency: FamilyItem;
    firstCoreGroup: string;
    review: string;
    /** The lead social worker, name and role; '' until named. */
    leadWorker: string;
    /** The core group: people who meet to carry the plan forward (those not kept from the family). */
    coreGroup: { name: string; role: string }[];
    /** What must not happen, as the agencies set it. */
    bottomLines: FamilyItem;
    /** Every child's decision is recorded and none has a plan: no actions or dates are current. */
    ended: boolean;
  };
  /**
   * The notes of the meeting, for the family copy of a document only (always empty on screen):
   * the steps shared/family/familyAccess.ts lets through, restricted passages removed.
   */
  minutes: { title: string; lines: string[] }[];
}

/** What the family window receives: either the view, or the curtain. */
export type FamilyScreen = { curtain: true } | { curtain: false; view: FamilyView | null };
