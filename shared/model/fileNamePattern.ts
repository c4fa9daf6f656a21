/**
 * The export file name pattern, a setting. Files of one export sit side by side in one folder
 * (the archive package holds four PDFs), so a pattern must tell the documents and audiences
 * apart; main refuses any other (settings.ts), and the settings page says why.
 */
export const FILE_NAME_TOKENS = ['{date}', '{kind}', '{family}', '{document}', '{audience}', '{version}'] as const;
export type FileNameToken = (typeof FILE_NAME_TOKENS)[number];

/** What each token becomes, for the settings page. */
export const FILE_NAME_TOKEN_MEANINGS: Record<FileNameToken, string> = {
  '{date}': 'the conference date, as 2026-11-23',
  '{kind}': 'the kind of meeting, as ICPC, RCPC or CGM',
  '{family}': 'the family name',
  '{document}': 'minutes or plan (archive for the package)',
  '{audience}': 'full or family (all for the package)',
  '{version}': 'the document version number',
};

export const FILE_NAME_PATTERN_MAX = 80;

/** Why the pattern cannot be used, in the user's words, or null when it can. */
export function fileNamePatternProblem(pattern: string): string | null {
  if (!pattern.trim()) return 'Enter a pattern, for example {date}_{family}_{document}_{audience}.';
  if (pattern.length > FILE_NAME_PATTERN_MAX) return `Keep the pattern to ${FILE_NAME_PATTERN_MAX} characters or fewer.`;
  const unknown = (pattern.match(/\{[^{}]*\}/g) ?? []).find((t) => !(FILE_NAME_TOKENS as readonly string[]).includes(t));
  if (unknown) return `${unknown} is not one of the names that can be used: ${FILE_NAME_TOKENS.join(' ')}.`;
  const missing = (['{document}', '{audience}'] as const).filter((t) => !pattern.includes(t));
  if (missing.length) return `Include ${missing.join(' and ')}, so the minutes and the plan, full record and family copy, get different names.`;
  const twice = FILE_NAME_TOKENS.find((t) => pattern.split(t).length > 2);
  if (twice) return `Use ${twice} once only.`;
  return null;
}
