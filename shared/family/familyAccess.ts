import type { AgendaStep, Conference, Exclusion, ExclusionGround } from '../model';
import { EXCLUSION_GROUND_LABELS } from '../model/vocabulary';
import { FAMILY_STEP_TITLES } from './plainWords';

/**
 * The one rule for what of each step is family-facing, used by projectForFamily for the family
 * screen and for both family documents alike, and by the chair's screen to explain it.
 *
 * A step's notes go in the family's copy only when nothing says otherwise: the step is shown to
 * the family, nobody was excluded during it, and it is one of the standard steps. Otherwise they
 * are kept out unless the chair has released them, and the chair is told why in words. One
 * ground can never be released: a step held because information had to be shared that cannot
 * be shared with someone excluded from it is exactly what that person's copy must not hold.
 * Restricted passages inside released notes still stay out (shared/family/familyMinutes.ts).
 */

/** The heading the family sees for a step the chair added but has not released. */
export const UNRELEASED_STEP_TITLE = 'Another part of the meeting';

/**
 * Grounds on which an excluded person's own words are left out of what the family receives even if
 * the chair did not tick "hide": with family members in conflict, one side's words in the copy the
 * other side reads can inflame it. On other grounds the chair decides, through the same tick.
 */
const HIDES_PERSON: ReadonlySet<ExclusionGround> = new Set(['family-conflict']);

export type ReleaseState = 'not-needed' | 'undecided' | 'released' | 'kept-out' | 'not-allowed';

export interface StepAccess {
  /** The step's heading in anything the family sees. */
  title: string;
  /** Whether the step's notes (restricted passages removed) go in the family's copy. */
  notesInFamilyCopy: boolean;
  /** Whether a step the chair added may show its own title to the family. */
  titleReleased: boolean;
  /** Why the notes are kept out unless released, in words for the chair; empty when nothing holds them back. */
  reasons: string[];
  release: ReleaseState;
}

function exclusionsDuring(c: Pick<Conference, 'meeting'>, step: AgendaStep): Exclusion[] {
  return c.meeting.exclusions.filter((ex) => ex.stepIds.includes(step.id));
}

export function stepAccess(c: Pick<Conference, 'meeting' | 'attendees'>, step: AgendaStep): StepAccess {
  const reasons: string[] = [];
  const during = exclusionsDuring(c, step);
  const nameOf = (id: string) => c.attendees.find((a) => a.id === id)?.name.trim() || 'someone';
  for (const ex of during) reasons.push(`${nameOf(ex.attendeeId)} was excluded during this step (${EXCLUSION_GROUND_LABELS[ex.ground].toLowerCase()}).`);
  if (!step.family.show) reasons.push('This step is not shown on the family screen.');
  if (step.key === 'custom') reasons.push('You added this step yourself, so its title and notes go to the family only if you say so.');

  const forbidden = during.some((ex) => ex.ground === 'restricted-information');
  // A release covers the reasons the chair saw; one that arose since (someone excluded after the
  // release) makes it a new decision, kept out until then.
  const seen = new Set(step.family.release?.reasons ?? []);
  const stale = step.family.release?.choice === 'released' && reasons.some((r) => !seen.has(r));
  const choice = stale ? undefined : step.family.release?.choice;
  const release: ReleaseState = !reasons.length ? 'not-needed' : forbidden ? 'not-allowed' : (choice ?? 'undecided');
  const open = release === 'not-needed' || release === 'released';
  const titleReleased = step.key === 'custom' && release === 'released';
  return {
    title: step.key === 'custom' ? (titleReleased && step.title.trim() ? step.title : UNRELEASED_STEP_TITLE) : FAMILY_STEP_TITLES[step.key],
    notesInFamilyCopy: open,
    titleReleased,
    reasons,
    release,
  };
}

/**
 * People whose own words (map items they raised, views attributed to them, their scores) stay out
 * of the family's copy: anyone excluded on a ground that requires it, or whom the chair chose to
 * hide from the family screen while excluded. Both their attendee id and family-member id.
 */
export function peopleKeptOutOfFamilyCopy(c: Conference): Set<string> {
  return peopleHidden(c, () => true);
}

/** The same people, on the family screen only while a step they were excluded from is shown. */
export function peopleHiddenOnScreen(c: Conference, step: AgendaStep | undefined): Set<string> {
  return step ? peopleHidden(c, (ex) => ex.stepIds.includes(step.id)) : new Set();
}

function peopleHidden(c: Conference, applies: (ex: Exclusion) => boolean): Set<string> {
  const out = new Set<string>();
  for (const ex of c.meeting.exclusions) {
    if (!applies(ex) || (!ex.hideFromFamilyScreen && !HIDES_PERSON.has(ex.ground))) continue;
    out.add(ex.attendeeId);
    const member = c.attendees.find((a) => a.id === ex.attendeeId)?.familyMemberId;
    if (member) out.add(member);
  }
  return out;
}
