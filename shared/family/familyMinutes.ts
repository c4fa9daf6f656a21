import { RICH, type RichNode, type RichMark } from '../model';

/**
 * The minutes as the family may read them (for the family copy of documents). Built as an
 * allow-list: only known node types, marks and attributes are copied; anything carrying the
 * restricted mark is left out together with everything inside it; unknown nodes are dropped,
 * not passed through, so a new editor node cannot leak by default.
 */

const BLOCKS = new Set(['doc', 'paragraph', 'heading', 'bulletList', 'orderedList', 'listItem', 'blockquote']);
const INLINE = new Set(['text', 'hardBreak', RICH.speaker, RICH.timestamp]);
const MARKS = new Set(['bold', 'italic', 'underline', 'strike']);
const ATTRS: Record<string, readonly string[]> = {
  heading: ['level'],
  orderedList: ['start'],
  [RICH.speaker]: ['attendeeId'],
  [RICH.timestamp]: ['time', 'elapsed'],
  [RICH.liveData]: ['kind', 'childId'],
};

function isRestricted(node: RichNode): boolean {
  return (node.marks ?? []).some((m) => m.type === RICH.restricted) || node.attrs?.restrictedItemId != null;
}

function copyAttrs(node: RichNode): RichNode['attrs'] {
  const keys = ATTRS[node.type];
  if (!keys || !node.attrs) return undefined;
  const out: NonNullable<RichNode['attrs']> = {};
  for (const k of keys) {
    const v = node.attrs[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

function copyMarks(marks: RichMark[] | undefined): RichMark[] | undefined {
  const kept = (marks ?? []).filter((m) => MARKS.has(m.type)).map((m) => ({ type: m.type }));
  return kept.length ? kept : undefined;
}

/**
 * A copy of `node` with restricted passages and unknown content left out; null if nothing remains.
 * `hiddenSpeakers`: people whose own words stay out of the family's copy; in each block, what
 * follows their speaker chip, up to the next speaker or the end of the block, is left out with it.
 */
export function minutesForFamily(node: RichNode, hiddenSpeakers: ReadonlySet<string> = new Set()): RichNode | null {
  if (isRestricted(node)) return null;
  const known = BLOCKS.has(node.type) || INLINE.has(node.type) || node.type === RICH.liveData;
  if (!known) return null;
  if (node.type === RICH.speaker && hiddenSpeakers.has(String(node.attrs?.attendeeId ?? ''))) return null;
  const out: RichNode = { type: node.type };
  const attrs = copyAttrs(node);
  if (attrs) out.attrs = attrs;
  const marks = copyMarks(node.marks);
  if (marks) out.marks = marks;
  if (node.type === 'text') {
    if (!node.text) return null;
    out.text = node.text;
  }
  // A live-data block stands for the decision or scores the document prints elsewhere; whatever a
  // crafted record nests inside it is not the editor's and is not copied.
  if (node.content && node.type !== RICH.liveData) {
    const content: RichNode[] = [];
    let silenced = false;
    for (const child of node.content) {
      if (child.type === RICH.speaker) silenced = hiddenSpeakers.has(String(child.attrs?.attendeeId ?? ''));
      if (silenced) continue;
      const copy = minutesForFamily(child, hiddenSpeakers);
      if (copy) content.push(copy);
    }
    if (content.length) out.content = content;
  }
  return out;
}

/** The family's minutes as plain text, one line per block; speakers named through `nameOf`. */
export function minutesTextForFamily(node: RichNode, nameOf: (attendeeId: string) => string = () => '', hiddenSpeakers: ReadonlySet<string> = new Set()): string {
  const safe = minutesForFamily(node, hiddenSpeakers);
  if (!safe) return '';
  const lines: string[] = [];
  let line = '';
  const walk = (n: RichNode) => {
    if (n.type === 'text') line += n.text ?? '';
    else if (n.type === 'hardBreak') line += '\n';
    else if (n.type === RICH.speaker) line += `${nameOf(String(n.attrs?.attendeeId ?? ''))}: `;
    else if (n.type === RICH.timestamp) line += `[${String(n.attrs?.time ?? '')}] `;
    for (const c of n.content ?? []) walk(c);
    if (BLOCKS.has(n.type) && n.type !== 'doc' && n.type !== 'listItem' && n.type !== 'bulletList' && n.type !== 'orderedList') {
      if (line.trim()) lines.push(line.trim());
      line = '';
    }
  };
  walk(safe);
  if (line.trim()) lines.push(line.trim());
  return lines.join('\n');
}
