import type * as Y from 'yjs';
import type { Conference, RichNode } from '../../../shared/model';
import { minutesFragmentName } from '../../../shared/collab/layout';
import { appendMinutes } from './minutesFragment';

const textOf = (node: RichNode): string => (node.text ?? '') + (node.content ?? []).map(textOf).join('');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

export const CARRIED_OVER_NOTE = 'Kept from the minute-taker\u2019s laptop: typed while the chair\u2019s laptop could not be reached.';

/**
 * A minute-taker joining afresh whose laptop already holds this conference (its own copy from an
 * earlier session, perhaps with words typed after the chair's laptop went down): the chair's
 * record replaces that copy, so any paragraph of its minutes the chair's does not hold is added
 * to the shared minutes first, under a note that says where it came from. Paragraphs the chair's
 * already holds are not added again, so nothing is duplicated and no word is lost.
 *
 * Returns how many paragraphs were carried over.
 */
export function carryOverMinutes(doc: Y.Doc, local: Conference, shared: Conference): number {
  let carried = 0;
  const last = shared.meeting.agenda.at(-1);
  doc.transact(() => {
    for (const step of local.meeting.agenda) {
      const target = shared.meeting.agenda.find((s) => s.id === step.id) ?? last;
      if (!target) continue;
      const theirs = squash(textOf(target.minutes));
      const missing = (step.minutes.content ?? []).filter((block) => {
        const text = squash(textOf(block));
        return text.length > 0 && !theirs.includes(text);
      });
      if (!missing.length) continue;
      const note: RichNode = { type: 'paragraph', content: [{ type: 'text', text: target.id === step.id ? CARRIED_OVER_NOTE : `${CARRIED_OVER_NOTE} (from \u201c${step.title}\u201d)`, marks: [{ type: 'italic' }] }] };
      appendMinutes(doc.getXmlFragment(minutesFragmentName(target.id)), [note, ...missing]);
      carried += missing.length;
    }
  }, 'carried over');
  return carried;
}
