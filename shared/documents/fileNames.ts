import { CONFERENCE_KIND_SHORT, type Conference } from '../model';
import type { Audience, DocumentKind } from './model';

export const FILE_NAME_TOKENS = ['{date}', '{kind}', '{family}', '{document}', '{audience}', '{version}'] as const;
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
    '{date}': c.details.date,
    '{kind}': CONFERENCE_KIND_SHORT[c.details.kind],
    '{family}': c.details.familyName || c.children[0]?.name || '',
    '{document}': document,
    '{audience}': audience,
    '{version}': String(c.documentVersion),
  };
  let name = pattern;
  for (const token of FILE_NAME_TOKENS) name = name.split(token).join(safePart(values[token] ?? '', token === '{family}' ? 'family' : 'x'));
  name = safePart(name, 'chairside-export').slice(0, MAX_LENGTH - extension.length - 1).replace(/[-. ]+$/, '');
  if (RESERVED.test(name)) name = `_${name}`;
  return `${name}.${extension}`;
}
