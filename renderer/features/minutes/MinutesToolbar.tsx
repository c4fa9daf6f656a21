import { useState, type KeyboardEvent, type Ref } from 'react';
import { useEditorState } from '@tiptap/react';
import type { Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { RICH, newId } from '../../../shared/model';
import { childLabel } from '../../../shared/format';
import { LIVE_KINDS, LIVE_KIND_LABELS } from '../../../shared/conference/minutesText';
import { useConferenceStore } from '../../store/conferenceStore';
import { addRestrictedEntry } from '../../../shared/conference/commands/restricted';
import { ONLY_THE_CHAIR_LIFTS, useIsMinuteTaker } from '../collab/useIsMinuteTaker';

interface Props {
  editor: Editor;
  ref?: Ref<HTMLDivElement>;
  onTime(): void;
  onSpeakerParagraph(): void;
}

/**
 * Only what minutes need: headings, bold, italic, lists, quotes, and restricted passages; plus
 * inserts (time, speaker, live conference data). One tab stop; arrow keys move along (roving tabindex).
 */
export function MinutesToolbar({ editor, ref, onTime, onSpeakerParagraph }: Props) {
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      quote: e.isActive('blockquote'),
      restricted: e.isActive(RICH.restricted),
      empty: e.state.selection.empty,
    }),
  });
  const register = useConferenceStore((s) => s.conference?.restricted ?? []);
  // In a session the minute-taker may restrict more, never less (shared/collab/roles.ts).
  const minuteTaker = useIsMinuteTaker();
  const children = useConferenceStore((s) => s.conference?.children ?? []);
  const [focusIndex, setFocusIndex] = useState(0);
  const [message, setMessage] = useState('');
  const [newEntry, setNewEntry] = useState<{ summary: string; reason: string } | null>(null);

  const toggles: { label: string; on: boolean; run: () => void; keys: string }[] = [
    { label: 'Heading', on: active.h2, run: () => editor.chain().focus().toggleHeading({ level: 2 }).run(), keys: 'Ctrl+Alt+2' },
    { label: 'Subheading', on: active.h3, run: () => editor.chain().focus().toggleHeading({ level: 3 }).run(), keys: 'Ctrl+Alt+3' },
    { label: 'Bold', on: active.bold, run: () => editor.chain().focus().toggleBold().run(), keys: 'Ctrl+B' },
    { label: 'Italic', on: active.italic, run: () => editor.chain().focus().toggleItalic().run(), keys: 'Ctrl+I' },
    { label: 'Bullet list', on: active.bullet, run: () => editor.chain().focus().toggleBulletList().run(), keys: 'Ctrl+Shift+8' },
    { label: 'Numbered list', on: active.ordered, run: () => editor.chain().focus().toggleOrderedList().run(), keys: 'Ctrl+Shift+7' },
    { label: 'Quote', on: active.quote, run: () => editor.chain().focus().toggleBlockquote().run(), keys: 'Ctrl+Shift+B' },
  ];

  /**
   * Back to the text with the caret just after the passage, focused now. tiptap's focus() waits
   * for the next frame and then puts back the selection the editor had (the passage), so a key
   * pressed in between, or just after, typed over the passage it had just marked.
   */
  function backToText() {
    editor.commands.setTextSelection(editor.state.selection.to);
    editor.view.focus();
  }

  function markRestricted(value: string) {
    if (value === '') return;
    if (value === 'locked') return;
    if (value === 'remove') {
      editor.chain().extendMarkRange(RICH.restricted).unsetMark(RICH.restricted).run();
      backToText();
      setMessage('Restricted mark removed.');
      return;
    }
    if (active.empty) {
      setMessage('Select the words to mark as restricted first.');
      editor.commands.focus();
      return;
    }
    if (value === 'new') {
      setNewEntry({ summary: '', reason: '' });
      return;
    }
    editor.chain().setMark(RICH.restricted, { restrictedItemId: value }).run();
    backToText();
    setMessage('Marked restricted: it will be left out of everything the family sees.');
  }

  function addEntryAndMark() {
    if (!newEntry || !newEntry.summary.trim()) return;
    const id = newId();
    useConferenceStore.getState().update((d) => addRestrictedEntry(d, id, { summary: newEntry.summary, reason: newEntry.reason }));
    editor.chain().setMark(RICH.restricted, { restrictedItemId: id }).run();
    setNewEntry(null);
    backToText();
    setMessage('Added to the restricted register and marked.');
  }

  function insertLive(value: string) {
    const [kind, childId] = value.split(':');
    if (!kind || !childId) return;
    editor.chain().insertContent({ type: RICH.liveData, attrs: { kind, childId } }).run();
    // tiptap leaves the new block itself selected, so the next key replaced it; and it focuses a
    // frame later, so a key before that picked another entry in this list. Carry on typing in
    // the paragraph after the block (made if there is none), focused now.
    const { selection } = editor.state;
    if (selection instanceof NodeSelection && selection.node.type.name === RICH.liveData) {
      const after = selection.to;
      const chain = editor.chain();
      if (!editor.state.doc.resolve(after).nodeAfter?.isTextblock) chain.insertContentAt(after, { type: 'paragraph' });
      chain.setTextSelection(after + 1).run();
    }
    editor.view.focus();
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key === 'Escape') {
      e.preventDefault();
      editor.commands.focus();
      return;
    }
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft' && e.key !== 'Home' && e.key !== 'End') return;
    if ((e.target as HTMLElement).tagName === 'SELECT' && (e.key === 'Home' || e.key === 'End')) return;
    const items = [...e.currentTarget.querySelectorAll<HTMLElement>('[data-roving]')];
    const i = items.indexOf(e.target as HTMLElement);
    if (i < 0) return;
    e.preventDefault();
    const n = e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : (i + (e.key === 'ArrowRight' ? 1 : items.length - 1)) % items.length;
    setFocusIndex(n);
    items[n]?.focus();
  }

  let idx = 0;
  const roving = () => {
    const mine = idx++;
    return { 'data-roving': '', tabIndex: mine === focusIndex ? 0 : -1, onFocus: () => setFocusIndex(mine) };
  };

  return (
    <div className="cs-minutes-toolbar-wrap">
      <div role="toolbar" aria-label="Minutes formatting and inserts" className="cs-minutes-toolbar" ref={ref} onKeyDown={onKeyDown}>
        {toggles.map((t) => (
          <button key={t.label} type="button" aria-pressed={t.on} title={`${t.label} (${t.keys})`} onMouseDown={(e) => e.preventDefault()} onClick={t.run} {...roving()}>
            {t.label}
          </button>
        ))}
        <select aria-label="Restricted passage" value="" onChange={(e) => markRestricted(e.target.value)} className={active.restricted ? 'cs-on' : undefined} {...roving()}>
          <option value="">{active.restricted ? 'Restricted (marked)…' : 'Restricted passage…'}</option>
          {register.map((r) => (
            <option key={r.id} value={r.id}>
              Mark as: {r.summary.slice(0, 60) || 'Untitled entry'}
            </option>
          ))}
          <option value="new">Mark as a new register entry…</option>
          {active.restricted && !minuteTaker && <option value="remove">Remove restricted mark</option>}
          {active.restricted && minuteTaker && (
            <option value="locked" disabled>
              {ONLY_THE_CHAIR_LIFTS}
            </option>
          )}
        </select>
        <span className="cs-toolbar-sep" aria-hidden="true" />
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={onSpeakerParagraph} title="Ctrl+Shift+S" {...roving()}>
          Same speaker, new paragraph
        </button>
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={onTime} title="Ctrl+Shift+;" {...roving()}>
          Insert time
        </button>
        <select aria-label="Insert from the conference (live)" value="" onChange={(e) => insertLive(e.target.value)} {...roving()}>
          <option value="">Insert from the conference…</option>
          {children.flatMap((c) =>
            LIVE_KINDS.map((k) => (
              <option key={`${k}:${c.id}`} value={`${k}:${c.id}`}>
                {LIVE_KIND_LABELS[k]}: {childLabel(c)}
              </option>
            )),
          )}
        </select>
      </div>
      {newEntry && (
        <div className="cs-minutes-newentry" role="group" aria-label="New restricted register entry">
          <label>
            What it is
            <input value={newEntry.summary} onChange={(e) => setNewEntry({ ...newEntry, summary: e.target.value })} autoFocus />
          </label>
          <label>
            Why the family cannot hear it
            <input value={newEntry.reason} onChange={(e) => setNewEntry({ ...newEntry, reason: e.target.value })} />
          </label>
          <button type="button" onClick={addEntryAndMark} disabled={!newEntry.summary.trim()}>
            Add and mark
          </button>
          <button type="button" onClick={() => setNewEntry(null)}>
            Cancel
          </button>
        </div>
      )}
      <p className="cs-minutes-message" role="status">
        {message}
      </p>
    </div>
  );
}
