import { agendaKeysFor, newAgendaStep, type AgendaStep, type Conference, type ConferenceKind, type RichNode } from '../model';

/**
 * Changes the kind of meeting and keeps the agenda in step with it. A core group neither
 * recommends nor decides, so those steps go (unless minutes were written in them); switching back
 * to a conference puts them back in their places. Steps the chair added, and every step's
 * minutes, are kept. Works on a plain record or an immer draft.
 */
export function switchKind(c: Pick<Conference, 'details' | 'meeting'>, kind: ConferenceKind): void {
  c.details.kind = kind;
  const wanted = agendaKeysFor(kind);
  const kept = c.meeting.agenda.filter((s) => s.key === 'custom' || wanted.includes(s.key) || !isEmptyDoc(s.minutes));
  const have = new Set(kept.map((s) => s.key));
  for (const key of wanted) {
    if (have.has(key)) continue;
    // Insert after the nearest standard step that comes before it in the standard order.
    const before = wanted.slice(0, wanted.indexOf(key)).reverse();
    const anchor = before.map((k) => kept.findIndex((s) => s.key === k)).find((i) => i >= 0);
    const step: AgendaStep = newAgendaStep(key);
    kept.splice(anchor === undefined ? 0 : anchor + 1, 0, step);
    have.add(key);
  }
  c.meeting.agenda = kept;
  if (!kept.some((s) => s.id === c.meeting.currentStepId)) c.meeting.currentStepId = kept[0]?.id;
}

export function isEmptyDoc(doc: RichNode): boolean {
  return !doc.content || doc.content.every((n) => !n.content || n.content.length === 0);
}
