import { z } from 'zod';
import { LONG_TEXT_MAX } from './primitives';

/**
 * Minutes are stored as tiptap (ProseMirror) JSON. The schema is structural, not tied to
 * tiptap's node list, so the editor can gain node types without a record migration.
 * Attribute keys must look like identifiers: that keeps `__proto__` and friends out.
 */
const AttrKey = z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/);
const AttrValue = z.union([z.string().max(2_000), z.number(), z.boolean(), z.null()]);
const Attrs = z.record(AttrKey, AttrValue);

export const RichMark = z.strictObject({
  type: z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/),
  attrs: Attrs.optional(),
});
export type RichMark = z.infer<typeof RichMark>;

export interface RichNode {
  type: string;
  attrs?: Record<string, string | number | boolean | null>;
  content?: RichNode[];
  marks?: RichMark[];
  text?: string;
}

export const RichNode: z.ZodType<RichNode> = z.lazy(() =>
  z.strictObject({
    type: z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/),
    attrs: Attrs.optional(),
    content: z.array(RichNode).max(20_000).optional(),
    marks: z.array(RichMark).max(20).optional(),
    text: z.string().max(LONG_TEXT_MAX).optional(),
  }),
);

/** An empty tiptap document. */
export function emptyDoc(): RichNode {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

/** Node and mark names the app's editor uses; shared so projections and documents agree. */
export const RICH = {
  speaker: 'speaker', // inline atom: attrs.attendeeId; label is looked up, so renames follow
  timestamp: 'timestamp', // inline atom: attrs.time (HH:mm meeting clock), attrs.elapsed
  liveData: 'liveData', // block atom: attrs.kind ('decision' | 'scores' | 'recommendations'), attrs.childId
  restricted: 'restricted', // mark: attrs.restrictedItemId — left out of everything family-facing
} as const;
