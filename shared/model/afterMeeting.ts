import { z } from 'zod';
import { Id, ShortText, LongText, Instant } from './primitives';

// After the meeting: who receives the documents and what was sent (shared/conference/circulation.ts),
// and each correction that made a document's next version (shared/conference/documentIssue.ts).

const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max);

/**
 * Who receives the minutes and the plan after the meeting, and which copy. Made from the people
 * (professionals the full record, the family their copy); the chair may change a recipient's copy,
 * with a reason, and add people who were not at the meeting.
 */
export const Recipient = z.strictObject({
  id: Id,
  /** The attendee this recipient is; absent for someone added by hand (a GP who was not invited). */
  attendeeId: Id.optional(),
  name: ShortText,
  agency: ShortText,
  copy: z.enum(['full', 'family', 'none']),
  /** Why the copy differs from the usual one for this kind of person. */
  exceptionReason: LongText.optional(),
});
export type Recipient = z.infer<typeof Recipient>;

/** A document sent to a recipient: which one, which copy and version, when and how. */
export const SentRecord = z.strictObject({
  id: Id,
  at: Instant,
  recipientId: Id,
  document: z.enum(['minutes', 'plan']),
  copy: z.enum(['full', 'family']),
  version: z.number().int().min(1),
  /** How it went, e.g. "secure email"; never the address itself. */
  how: ShortText,
});
export type SentRecord = z.infer<typeof SentRecord>;

export const Circulation = z.strictObject({ recipients: list(Recipient, 300), sent: list(SentRecord, 5_000) });
export type Circulation = z.infer<typeof Circulation>;

export const DocumentCorrection = z.strictObject({
  document: z.enum(['minutes', 'plan']),
  version: z.number().int().min(2),
  at: Instant,
  reason: LongText,
});
export type DocumentCorrection = z.infer<typeof DocumentCorrection>;
