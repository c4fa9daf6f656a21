import { CATEGORY_LABELS, OUTCOME_LABELS, RICH, type Conference, type RichNode } from '../model';
import { agencyLabel, childLabel } from '../format';

/**
 * Minutes as plain text, and the text of the conference data that minutes can hold "live".
 * Live data nodes store only which data (kind + child); their text is made from the current record
 * wherever the minutes are shown — editor, export, family copy — so they never go stale.
 */

export type LiveKind = 'decision' | 'scores' | 'recommendations';
export const LIVE_KINDS: readonly LiveKind[] = ['decision', 'scores', 'recommendations'];
export const LIVE_KIND_LABELS: Record<LiveKind, string> = {
  decision: "The chair's decision",
  scores: 'Safety scores',
  recommendations: 'Recommendations',
};

type Ctx = Pick<Conference, 'attendees' | 'children' | 'decisions' | 'scaling' | 'recommendations'>;

export function speakerName(c: Pick<Conference, 'attendees'>, attendeeId: unknown): string {
  const a = typeof attendeeId === 'string' ? c.attendees.find((p) => p.id === attendeeId) : undefined;
  if (!a) return 'Unknown speaker';
  return a.agency ? `${a.name} (${agencyLabel(a.agency)})` : a.name;
}

/** The lines a live data block shows. Empty data says so rather than showing nothing. */
export function liveDataLines(c: Ctx, kind: string, childId: unknown): { title: string; lines: string[] } {
  const child = c.children.find((ch) => ch.id === childId);
  const name = child ? childLabel(child) : 'a child no longer on this conference';
  const k = (LIVE_KINDS as readonly string[]).includes(kind) ? (kind as LiveKind) : null;
  if (!k) return { title: 'Unknown conference data', lines: [] };
  const title = `${LIVE_KIND_LABELS[k]}: ${name}`;
  if (k === 'decision') {
    const d = c.decisions.find((x) => x.childId === childId);
    if (!d) return { title, lines: ['No decision recorded yet.'] };
    const lines = [OUTCOME_LABELS[d.outcome] + (d.categories.length ? ` (${d.categories.map((x) => CATEGORY_LABELS[x]).join(', ')})` : '') + '.'];
    if (d.reasons.trim()) lines.push(`Reasons: ${d.reasons.trim()}`);
    if (d.endingReason?.trim()) lines.push(`Why the plan ends: ${d.endingReason.trim()}`);
    return { title, lines };
  }
  if (k === 'scores') {
    const scores = c.scaling.scores.filter((s) => s.childId === childId);
    if (scores.length === 0) return { title, lines: ['No scores recorded yet.'] };
    const lines = [`0 means: ${c.scaling.anchors.zero || '(not set)'}. 10 means: ${c.scaling.anchors.ten || '(not set)'}.`];
    for (const s of scores) lines.push(`${speakerName(c, s.attendeeId)}: ${s.score}${s.reason.trim() ? ` — ${s.reason.trim()}` : ''}`);
    return { title, lines };
  }
  const recs = c.recommendations.filter((r) => r.childId === childId);
  if (recs.length === 0) return { title, lines: ['No recommendations recorded yet.'] };
  return {
    title,
    lines: recs.map(
      (r) =>
        `${speakerName(c, r.attendeeId)}: ${r.plan ? 'child protection plan' : 'no child protection plan'}` +
        (r.plan && r.categories.length ? ` (${r.categories.map((x) => CATEGORY_LABELS[x]).join(', ')})` : ''),
    ),
  };
}

export interface MinutesTextOptions {
  /** Leave out restricted passages (and say that something was left out, for the full record only). */
  dropRestricted?: boolean;
}

/** Inline content as text; `said` is false when nothing but speaker chips and times is left. */
function inlineText(nodes: readonly RichNode[], c: Ctx, opts: MinutesTextOptions): { text: string; said: boolean; dropped: boolean } {
  let text = '';
  let said = false;
  let dropped = false;
  for (const n of nodes) {
    if (opts.dropRestricted && n.marks?.some((m) => m.type === RICH.restricted)) {
      dropped = true;
      continue;
    }
    if (n.type === 'text') {
      text += n.text ?? '';
      if ((n.text ?? '').trim()) said = true;
    } else if (n.type === 'hardBreak') text += '\n';
    else if (n.type === RICH.speaker) text += `${speakerName(c, n.attrs?.attendeeId)}:`;
    else if (n.type === RICH.timestamp) text += `[${String(n.attrs?.time ?? '')}]`;
  }
  return { text: text.replace(/[ \t]+$/gm, ''), said, dropped };
}

/** Minutes as plain text: one line per paragraph, speakers and live data resolved against the record. */
export function minutesToText(doc: RichNode, c: Ctx, opts: MinutesTextOptions = {}): string {
  const out: string[] = [];
  const walk = (n: RichNode, first: string, rest: string): void => {
    const kids = n.content ?? [];
    switch (n.type) {
      case 'paragraph':
      case 'heading': {
        const { text, said, dropped } = inlineText(kids, c, opts);
        // A paragraph whose words were all restricted goes entirely, speaker and all.
        if (dropped && !said) return;
        if (text.trim()) out.push(first + text.split('\n').join('\n' + rest));
        return;
      }
      case RICH.liveData: {
        const { title, lines } = liveDataLines(c, String(n.attrs?.kind ?? ''), n.attrs?.childId);
        out.push(first + title, ...lines.map((l) => rest + l));
        return;
      }
      case 'blockquote':
        kids.forEach((k, i) => walk(k, (i === 0 ? first : rest) + '> ', rest + '> '));
        return;
      case 'bulletList':
      case 'orderedList':
        kids.forEach((k, i) => {
          const mark = n.type === 'bulletList' ? '• ' : `${i + 1}. `;
          walk(k, (i === 0 ? first : rest) + mark, rest + ' '.repeat(mark.length));
        });
        return;
      default:
        kids.forEach((k, i) => walk(k, i === 0 ? first : rest, rest));
    }
  };
  walk(doc, '', '');
  return out.join('\n');
}

/** Words typed in the minutes (not counting resolved speaker names or live data). */
export function countWords(doc: RichNode): number {
  let n = 0;
  const walk = (node: RichNode) => {
    if (node.text) n += node.text.split(/\s+/).filter(Boolean).length;
    node.content?.forEach(walk);
  };
  walk(doc);
  return n;
}

/** The register entries a document's restricted passages point at. */
export function restrictedIdsIn(doc: RichNode): string[] {
  const ids = new Set<string>();
  const walk = (node: RichNode) => {
    for (const m of node.marks ?? []) if (m.type === RICH.restricted && typeof m.attrs?.restrictedItemId === 'string') ids.add(m.attrs.restrictedItemId);
    node.content?.forEach(walk);
  };
  walk(doc);
  return [...ids];
}
