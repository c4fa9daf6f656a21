import { z } from 'zod';
import { Id, ShortText, LongText, IsoDate } from './primitives';
import { CATEGORIES, CONFERENCE_KINDS, OUTCOMES } from './vocabulary';

// What a follow-on meeting keeps of the meetings before it (shared/conference/history.ts).

const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max);

/** One earlier meeting as a follow-on sees it: its decision for each child, dissent, the child's words, and the scores' spread. */
export const EarlierMeeting = z.strictObject({
  conferenceId: Id,
  kind: z.enum(CONFERENCE_KINDS),
  date: IsoDate,
  decisions: list(z.strictObject({ childId: Id, outcome: z.enum(OUTCOMES), categories: list(z.enum(CATEGORIES), 4), reasons: LongText }), 20),
  dissent: list(z.strictObject({ childId: Id, name: ShortText, agency: ShortText, reason: LongText }), 500),
  /** The child's own words (views marked as the child's and not restricted). */
  childViews: list(z.strictObject({ childId: Id.optional(), by: ShortText, text: LongText }), 200),
  /** Professionals' scores per child: the trajectory across meetings is drawn from these. */
  scores: list(z.strictObject({ childId: Id, median: z.number().min(0).max(10), min: z.number().int().min(0).max(10), max: z.number().int().min(0).max(10), count: z.number().int().min(1) }), 20),
});
export type EarlierMeeting = z.infer<typeof EarlierMeeting>;

/** Earlier meetings in this plan's life, oldest first (ICPC, core groups, reviews). */
export const History = z.strictObject({ meetings: list(EarlierMeeting, 200) });
export type History = z.infer<typeof History>;
