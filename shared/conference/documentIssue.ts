import type { Conference, DocumentCorrection } from '../model';

/**
 * The minutes and the plan each go out on their own: the outline plan the next working day, the
 * minutes weeks later. Each has its own final state (the minutes' mark on the Export page, the
 * plan's after its checks) and its own version. A correction after final makes the next version,
 * with a reason the full record prints, and unlocks the document until it is marked final again.
 */
export type IssuedDocument = DocumentCorrection['document'];

export function versionOf(c: Pick<Conference, 'documentVersion' | 'planVersion'>, document: IssuedDocument): number {
  return document === 'minutes' ? c.documentVersion : c.planVersion;
}

export function isFinal(c: Pick<Conference, 'minutesFinal' | 'plan'>, document: IssuedDocument): boolean {
  return document === 'minutes' ? c.minutesFinal : c.plan.final;
}

/** The correction that made the document's current version, if it is a corrected one. */
export function currentCorrection(c: Pick<Conference, 'corrections' | 'documentVersion' | 'planVersion'>, document: IssuedDocument): DocumentCorrection | undefined {
  const version = versionOf(c, document);
  return c.corrections.find((x) => x.document === document && x.version === version);
}

/**
 * Starts a correction: the next version, not final, with the reason recorded. Only a final
 * document can be corrected (a draft is simply edited), and only with a reason. Returns the
 * problem in words, or null once done. Works on a plain record or an immer draft.
 */
export function startCorrection(c: Pick<Conference, 'minutesFinal' | 'plan' | 'documentVersion' | 'planVersion' | 'corrections'>, document: IssuedDocument, reason: string, now: Date): string | null {
  if (!isFinal(c, document)) return `The ${document} are not final yet: edit them as they are.`.replace('plan are', 'plan is');
  if (!reason.trim()) return 'Say what is being corrected and why: it is kept with the record and printed in the full record.';
  const version = versionOf(c, document) + 1;
  if (document === 'minutes') {
    c.documentVersion = version;
    c.minutesFinal = false;
  } else {
    c.planVersion = version;
    c.plan.final = false;
  }
  c.corrections.push({ document, version, at: now.toISOString(), reason: reason.trim() });
  return null;
}

/** Whether this version of the document has left the app (exported alone or in a package): changing it then needs a correction. */
export function wasIssued(c: Pick<Conference, 'audit' | 'documentVersion' | 'planVersion'>, document: IssuedDocument): boolean {
  const version = versionOf(c, document);
  return c.audit.some((e) => (e.what === document || e.what === 'archive') && e.version === version);
}
