import { CONFERENCE_KIND_LABELS, type Conference } from '../model';
import { childLabel, formatDate } from '../format';
import { CLASSIFICATION, type Audience, type DocumentKind, type DocumentModel } from './model';

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
    version: c.documentVersion,
    final: c.minutesFinal,
  };
}
