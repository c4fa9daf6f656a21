import type { Conference } from '../model';
import { correctionNote, documentMeta } from './documentMeta';
import { attendanceSection, contributionsSection, detailsSection, mapSection, minutesTextSection, planSection, recommendationsSection, scalingSection } from './fullSections';
import { familyDecisions, familyIntro, familyMap, familyMinutes, familyPlan, familyScale, familyView } from './familySections';
import type { Audience, DocumentKind, DocumentModel } from './model';
import { DEFAULT_RULES, familyUnderstoodSection, type MeetingRules } from './meetingRecord';

/** The minutes: everything the meeting recorded, for the full record or the family copy. */
export function buildMinutes(c: Conference, audience: Audience, rules: MeetingRules = DEFAULT_RULES): DocumentModel {
  if (audience === 'family') {
    const v = familyView(c);
    return { ...documentMeta(c, 'minutes', 'family'), blocks: [...correctionNote(c, 'minutes', 'family'), ...familyIntro(v), ...familyMap(v), ...familyScale(v), ...familyDecisions(v), ...familyPlan(v), ...familyMinutes(v)] };
  }
  return {
    ...documentMeta(c, 'minutes', 'full'),
    blocks: [...correctionNote(c, 'minutes', 'full'), ...detailsSection(c), ...attendanceSection(c, rules), ...contributionsSection(c), ...mapSection(c), ...scalingSection(c), ...recommendationsSection(c), ...planSection(c), ...familyUnderstoodSection(c), ...minutesTextSection(c)],
  };
}

/** The plan: the decision and what will happen, for the full record or the family copy. */
export function buildPlan(c: Conference, audience: Audience): DocumentModel {
  if (audience === 'family') {
    const v = familyView(c);
    return { ...documentMeta(c, 'plan', 'family'), blocks: [...correctionNote(c, 'plan', 'family'), ...familyDecisions(v), ...familyMap(v).filter((b) => b.type !== 'heading' || b.level !== 2), ...familyPlan(v)] };
  }
  return { ...documentMeta(c, 'plan', 'full'), blocks: [...correctionNote(c, 'plan', 'full'), ...detailsSection(c), ...recommendationsSection(c).filter((b, i, all) => i >= all.findIndex((x) => x.type === 'heading' && x.text === 'Decision')), ...planSection(c)] };
}

/** `rules`: the settings' quorum and report deadlines, which the minutes state the meeting against. */
export function buildDocument(c: Conference, kind: DocumentKind, audience: Audience, rules: MeetingRules = DEFAULT_RULES): DocumentModel {
  return kind === 'minutes' ? buildMinutes(c, audience, rules) : buildPlan(c, audience);
}
