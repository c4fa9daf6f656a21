import { useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type Ref } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import type { Editor } from '@tiptap/core';
import { RICH, type AgendaStep, type Attendee } from '../../../shared/model';
import { agencyLabel } from '../../../shared/format';
import { useConferenceStore } from '../../store/conferenceStore';
import { insertSpeaker, relabelSpeakers, type MinutesBridge, type SpeakerOption } from './minutesNodes';
import { sanitisePastedHtml } from './pasteSanitiser';
import { timestampNode } from './meetingClock';
import { useMinutesAutosave } from './useMinutesAutosave';
import { MinutesToolbar } from './MinutesToolbar';
import { SpeakerSuggestions, type SuggestState } from './SpeakerSuggestions';
import { SaveIndicator } from '../../components/SaveIndicator';
import { minutesEditorSetup } from './minutesExtensions';
import { takeInBrowserSelection } from './typedCharacters';
import { beforeRemoteChanges, useCollab } from '../collab/collabStore';
import { minutesFragmentName } from '../../../shared/collab/layout';
import { markStepStarted } from '../../../shared/conference/commands/minutes';
import './minutes.css';

export interface MinutesEditorHandle {
  insertSpeaker(attendeeId: string): void;
}

function speakerOptions(attendees: readonly Attendee[], query: string): SpeakerOption[] {
  const q = query.trim().toLowerCase();
  const here = (a: Attendee) => (a.attendance === 'present' || a.attendance === 'left-early' ? 0 : 1);
  return [...attendees]
    .sort((a, b) => here(a) - here(b))
    .map((a) => ({ id: a.id, name: a.name || 'Unnamed', detail: [...new Set([a.role, agencyLabel(a.agency)].filter(Boolean))].join(', ') }))
    .filter((o) => !q || o.name.toLowerCase().includes(q) || o.detail.toLowerCase().includes(q))
    .slice(0, 8);
}

/** One agenda step's minutes: a tiptap editor whose document is copied to the store only after a pause. */
export function MinutesEditor(props: { step: AgendaStep; ref?: Ref<MinutesEditorHandle>; autoFocus?: boolean }) {
  const { step } = props;
  const attendees = useConferenceStore((s) => s.conference?.attendees ?? []);
  // Final minutes are not edited: a correction starts the next version first (Export page).
  const final = useConferenceStore((s) => Boolean(s.conference?.minutesFinal));
  const version = useConferenceStore((s) => s.conference?.documentVersion ?? 1);
  const readOnly = useConferenceStore((s) => Boolean(s.readOnly)) || final;
  const attendeesRef = useRef(attendees);
  useLayoutEffect(() => {
    attendeesRef.current = attendees;
  }, [attendees]);
  const [suggest, setSuggest] = useState<SuggestState | null>(null);
  const suggestRef = useRef<SuggestState | null>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const { editorRef, changed, saveNow, hasPending, lastWritten, pending } = useMinutesAutosave(step.id);
  const loaded = useRef(step.minutes);
  const startedMarked = useRef(Boolean(step.startedAt));
  // In a live session with the other laptop the editor works on the shared document itself, so
  // both people's typing merges letter by letter; main saves it (issue #17).
  const conferenceId = useConferenceStore((s) => s.conference?.id);
  const replica = useCollab((s) => (s.status.conferenceId === conferenceId ? s.replica : null));
  const awareness = useCollab((s) => (s.status.conferenceId === conferenceId ? s.awareness : null));

  const bridge = useMemo<MinutesBridge>(() => {
    const show = (s: SuggestState | null) => {
      suggestRef.current = s;
      setSuggest(s);
    };
    return {
      current: null,
      label: (id) => attendeesRef.current.find((a) => a.id === id)?.name || 'Unknown speaker',
      options: (q) => speakerOptions(attendeesRef.current, q),
      suggestion: {
        show: (s) => show(s ? { ...s, index: 0 } : null),
        key(e) {
          const s = suggestRef.current;
          if (!s) return false;
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            const n = s.items.length || 1;
            show({ ...s, index: (s.index + (e.key === 'ArrowDown' ? 1 : n - 1)) % n });
            return true;
          }
          if (e.key === 'Enter' || e.key === 'Tab') {
            const o = s.items[s.index];
            if (o) s.pick(o);
            return Boolean(o);
          }
          if (e.key === 'Escape') {
            show(null);
            return true;
          }
          return false;
        },
      },
    };
  }, []);

  // Bound to the shared document in a session, unless it holds something this version does not
  // know: then read-only, and the shared document is left alone (sharedContent.ts). Worked out once
  // per binding: it reads the whole step.
  const setup = useMemo(
    () => minutesEditorSetup({ bridge, shared: replica ? { document: replica, field: minutesFragmentName(step.id), awareness } : null }),
    [bridge, replica, awareness, step.id],
  );
  const locked = readOnly || Boolean(setup.unsupported);

  const editor = useEditor(
    {
      extensions: setup.extensions,
      content: replica ? setup.content : step.minutes,
      editable: !locked,
      shouldRerenderOnTransaction: false,
      // tiptap would add an inline <style>, which the content security policy (style-src 'self')
      // refuses; the few rules it carries live in minutes.css instead.
      injectCSS: false,
      editorProps: {
        attributes: {
          spellcheck: 'true',
          lang: 'en-GB',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': `Minutes: ${step.title}`,
          class: 'cs-minutes-doc',
        },
        transformPastedHTML: sanitisePastedHtml,
        handleKeyDown: (_view, e) => {
          const mod = e.ctrlKey || e.metaKey;
          if (mod && e.shiftKey && e.code === 'KeyS') {
            e.preventDefault();
            speakerParagraph();
            return true;
          }
          if (mod && e.shiftKey && e.code === 'Semicolon') {
            e.preventDefault();
            insertTime();
            return true;
          }
          if (e.altKey && e.key === 'F10') {
            e.preventDefault();
            toolbarRef.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
            return true;
          }
          return false;
        },
      },
      // Only real edits count: tiptap also emits "update" for things like a change of editability.
      onUpdate: ({ transaction }) => {
        if (!transaction.docChanged) return;
        // In a session main saves the minutes from the shared document: copying the whole step
        // into the record and sending it too cost every pause a second whole-record save.
        if (replica) {
          if (!startedMarked.current) {
            startedMarked.current = true;
            const now = new Date().toISOString();
            useConferenceStore.getState().update((d) => markStepStarted(d, step.id, now));
          }
          return;
        }
        changed();
      },
      onBlur: () => saveNow(),
    },
    [step.id, replica, awareness],
  );
  useLayoutEffect(() => {
    editorRef.current = editor;
  }, [editor, editorRef]);

  function insertTime() {
    const ed = editorRef.current;
    if (!ed) return;
    ed.chain().focus().insertContent([timestampNode(useConferenceStore.getState().conference), { type: 'text', text: ' ' }]).run();
  }

  /** New paragraph starting with the current speaker; with none yet, start one and open the picker. */
  function speakerParagraph() {
    const ed = editorRef.current;
    if (!ed) return;
    const { $from } = ed.state.selection;
    let chain = ed.chain().focus();
    if ($from.parent.isTextblock && $from.parent.content.size > 0) chain = chain.setTextSelection($from.end()).splitBlock();
    const current = bridge.current;
    if (current && attendeesRef.current.some((a) => a.id === current)) {
      chain.insertContent([{ type: RICH.speaker, attrs: { attendeeId: current } }, { type: 'text', text: ' ' }]).run();
    } else {
      chain.insertContent('@').run();
    }
  }

  useImperativeHandle(props.ref, () => ({
    insertSpeaker: (id: string) => {
      if (editorRef.current) insertSpeaker(editorRef.current, id);
    },
  }));

  // In a session: the caret as the browser has it now, taken in before the other person's change
  // is drawn (collabStore's beforeRemoteChanges says why).
  useEffect(() => {
    if (!editor || !replica) return;
    return beforeRemoteChanges(() => {
      if (!editor.isDestroyed) takeInBrowserSelection(editor.view);
    });
  }, [editor, replica]);

  // A renamed attendee is renamed in every chip already written.
  useEffect(() => {
    if (editor && !editor.isDestroyed) relabelSpeakers(editor, bridge.label);
  }, [editor, attendees, bridge]);

  // The record was reloaded with minutes this editor did not write (the minute-taker's window saved):
  // show them, unless words typed here are still waiting to be saved — those are never dropped.
  useEffect(() => {
    // In a session the shared document is the minutes: nothing is copied over it.
    // An editor being replaced (the session began or ended) is destroyed before the new one comes.
    if (!editor || editor.isDestroyed || pending.current || replica) return;
    if (step.minutes === loaded.current || step.minutes === lastWritten.current) return;
    loaded.current = step.minutes;
    // Same words re-read from disk: leave the caret where it is.
    if (JSON.stringify(step.minutes) === JSON.stringify(editor.state.doc.toJSON())) return;
    editor.commands.setContent(step.minutes, { emitUpdate: false });
  }, [editor, step.minutes, lastWritten, pending, replica]);

  useEffect(() => {
    if (editor && editor.isEditable === locked) editor.setEditable(!locked, false);
  }, [editor, locked]);

  useEffect(() => {
    if (props.autoFocus && editor && !editor.isDestroyed) editor.commands.focus('end');
  }, [editor, props.autoFocus]);

  return (
    <div className="cs-minutes">
      <div className="cs-minutes-bar">
        {editor && <MinutesToolbar editor={editor} ref={toolbarRef} onTime={insertTime} onSpeakerParagraph={speakerParagraph} />}
        <SaveIndicator inMinutes pending={hasPending} />
      </div>
      {final && (
        <p className="banner info" role="note">
          The minutes are final (version {version}). To change them, choose “Correct the minutes…” on the Export page: that starts the next version.
        </p>
      )}
      {setup.unsupported && (
        <p className="note warn" role="note">
          These minutes hold something this version of Chairside cannot show ({setup.unsupported}), written on a newer version. To keep it safe they are shown
          here read-only; update Chairside on this laptop to edit them.
        </p>
      )}
      <EditorContent editor={editor as Editor | null} className="cs-minutes-body" />
      {suggest && <SpeakerSuggestions state={suggest} />}
      <p className="cs-minutes-keys" id={`minutes-keys-${step.id}`}>
        <kbd>@</kbd> name a speaker · <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>S</kbd> new paragraph, same speaker · <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>;</kbd> meeting
        time · <kbd>Ctrl</kbd>+<kbd>B</kbd> bold · <kbd>Ctrl</kbd>+<kbd>I</kbd> italic · <kbd>Alt</kbd>+<kbd>F10</kbd> toolbar
      </p>
    </div>
  );
}
