import type { Conference, Recipient, SentRecord } from '../../model';
import { COPY_WORDS, exportedFor, recipients } from '../circulation';
import { versionOf } from '../documentIssue';

// Named changes to who receives the documents and what was sent (see commands/people.ts for why
// they live here).

/**
 * Saves one recipient's entry. The whole list is written as it reads (the people's usual copies
 * included), so a change to one recipient never drops the others the list was made from.
 */
export function saveRecipient(c: Conference, next: Recipient): void {
  c.circulation = { recipients: recipients(c).map((r) => (r.id === next.id ? next : r)), sent: c.circulation?.sent ?? [] };
}

/** Someone who was not at the meeting (a GP), added by hand with the full record until the chair says otherwise. */
export function addRecipient(c: Conference, id: string): void {
  c.circulation = { recipients: [...recipients(c), { id, name: '', agency: '', copy: 'full' }], sent: c.circulation?.sent ?? [] };
}

/**
 * Logs a document as sent to a recipient, in the copy they receive and the document's current
 * version. Refused, with the reason in words, for someone who receives no copy and for a copy not
 * yet exported in this version: the log must name what was actually sent. Returns null when logged.
 */
export function recordSent(c: Conference, send: { id: string; recipientId: string; document: SentRecord['document']; how: string; now: string }): string | null {
  const r = recipients(c).find((x) => x.id === send.recipientId);
  if (!r) return 'That recipient is no longer on the list.';
  if (r.copy === 'none') return `${r.name || 'This recipient'} receives no copy.`;
  const version = versionOf(c, send.document);
  if (!exportedFor(c, send.document, r.copy)) return `Export ${COPY_WORDS[r.copy]} of the ${send.document} (version ${version}) first: it is what you send.`;
  c.circulation = {
    recipients: recipients(c),
    sent: [...(c.circulation?.sent ?? []), { id: send.id, at: send.now, recipientId: r.id, document: send.document, copy: r.copy, version, how: send.how.trim() || 'Not said' }],
  };
  return null;
}
