import { CONFERENCE_KIND_LABELS, type Conference } from '../model';
import { childLabel, formatDate } from '../format';
import { CLASSIFICATION, p, type Audience, type Block, type DocumentKind, type DocumentModel } from './model';
import { currentCorrection, isFinal, versionOf } from '../conference/documentIssue';

const TITLES: Record<DocumentKind, Record<Audience, string>> = {
  minutes: { full: 'Conference minutes (full record)', family: 'Conference minutes (family copy)' },
  plan: { full: 'Child protection plan (full record)', family: 'Child protection plan (family copy)' },
};

/** Title, metadata and keywords every document carries, for the archive's search and retention. */
export function documentMeta(c: Conference, kind: DocumentKind, audience: Audience): Omit<DocumentModel, 'blocks'> {
  const children = c.children.map((ch) => `${childLabel(ch)}${ch.dateOfBirth ? ` (born ${formatDate(ch.dateOfBirth)})` : ch.expectedDate ? ` (expected ${formatDate(ch.expectedDate)})` : ''}`);
  const kindLabel = CONFERENCE_KIND_LABELS[c.details.kind];
  return {
    kind,
    audience,
    // Whatever is known, in this order, without empty parts or stray commas.
    title: `${TITLES[kind][audience]}: ${[c.children.map(childLabel).join(', ') || (c.details.familyName && `${c.details.familyName} family`), formatDate(c.details.date)].filter(Boolean).join(', ')}`,
    subject: [kindLabel, formatDate(c.details.date), c.details.localAuthority].filter(Boolean).join(', '),
    author: c.details.chair || 'Chair not recorded',
    localAuthority: c.details.localAuthority || 'Local authority not recorded',
    keywords: [...children, kindLabel, c.details.date, CLASSIFICATION, audience === 'family' ? 'Family copy' : 'Full record'],
    version: versionOf(c, kind),
    final: isFinal(c, kind),
  };
}

/**
 * At the top of a corrected version: which version it is and that it replaces the one before. The
 * full record gives the chair's reason; the family's copy does not (the reason may name what
 * they were not told), only that this copy replaces the last.
 */
export function correctionNote(c: Conference, kind: DocumentKind, audience: Audience): Block[] {
  const correction = currentCorrection(c, kind);
  if (!correction) return [];
  const replaces = `This is version ${correction.version}; it replaces version ${correction.version - 1}`;
  return [audience === 'full' ? p(`${replaces}, corrected on ${formatDate(correction.at.slice(0, 10))}: ${correction.reason}`) : p(`${replaces}.`)];
}
