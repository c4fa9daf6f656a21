import { versionOf } from '../conference/documentIssue';
import { CONFERENCE_KIND_SHORT, FILE_NAME_TOKENS, type Conference } from '../model';
import type { Audience, DocumentKind } from './model';

const MAX_LENGTH = 150;
// Names Windows refuses whatever the extension.
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** Letters with accents folded to plain ASCII where that reads naturally (Ł→L, ß→ss, é→e). */
function fold(text: string): string {
  return text
    .replace(/[Łł]/g, (ch) => (ch === 'Ł' ? 'L' : 'l'))
    .replace(/ß/g, 'ss')
    .replace(/[Øø]/g, (ch) => (ch === 'Ø' ? 'O' : 'o'))
    .replace(/[Ææ]/g, (ch) => (ch === 'Æ' ? 'AE' : 'ae'))
    .replace(/[İı]/g, (ch) => (ch === 'İ' ? 'I' : 'i'))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** One part of a file name: safe on Windows, macOS and Linux, readable, never empty. */
export function safePart(text: string, fallback = 'unnamed'): string {
  const cleaned = fold(text)
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/[<>:"/\\|?*]/g, ' ') // a separator in the name stays a separator
    .replace(/[^\x20-\x7e]/g, '') // scripts with no ASCII form (Arabic, Chinese) drop out here…
    .replace(/\s+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|[-. ]+$/g, '');
  return cleaned || fallback; // …and the fallback keeps the name meaningful
}

/** The export file name from the settings' pattern, e.g. 2026-11-23_ICPC_Nowak_minutes_family_v1.pdf. */
export function exportFileName(pattern: string, c: Conference, document: DocumentKind | 'archive', audience: Audience | 'all', extension: string): string {
  const values: Record<string, string> = {
    '{date}': safePart(c.details.date, 'x'),
    '{kind}': safePart(CONFERENCE_KIND_SHORT[c.details.kind], 'x'),
    '{family}': safePart(c.details.familyName || c.children[0]?.name || '', 'family'),
    '{document}': document,
    '{audience}': audience,
    // Each document carries its own version; a package holds both, so it takes the later one.
    '{version}': String(document === 'archive' ? Math.max(c.documentVersion, c.planVersion) : versionOf(c, document)),
  };
  const fill = (family: string) => {
    let name = pattern;
    for (const token of FILE_NAME_TOKENS) name = name.split(token).join(token === '{family}' ? family : values[token]!);
    return safePart(name, 'chairside-export');
  };
  const limit = MAX_LENGTH - extension.length - 1;
  let name = fill(values['{family}']!);
  // The family name is the only part of any length: shorten it, not the end of the name, so
  // the document and audience that tell an export's files apart are kept.
  if (name.length > limit && pattern.includes('{family}')) {
    const family = values['{family}']!;
    name = fill(family.slice(0, Math.max(1, family.length - (name.length - limit))).replace(/[-. ]+$/, '') || 'family');
  }
  name = name.slice(0, limit).replace(/[-. ]+$/, '');
  if (RESERVED.test(name)) name = `_${name}`;
  return `${name}.${extension}`;
}

/** The archive package's folder name (a zip adds .zip): the pattern with archive and all. */
export function archiveFolderName(pattern: string, c: Conference): string {
  return exportFileName(pattern, c, 'archive', 'all', 'x').replace(/\.x$/, '');
}
