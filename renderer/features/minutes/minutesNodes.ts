import { Mark, Node, mergeAttributes, type Editor, type Range } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import Suggestion from '@tiptap/suggestion';
import { PluginKey } from '@tiptap/pm/state';
import { RICH } from '../../../shared/model';
import { LiveDataView } from './LiveDataView';

/**
 * The minutes' own nodes. Names and attributes are fixed by shared/model/richText.ts (RICH), so the
 * stored JSON means the same to exports and the family copy. Speaker chips store only an attendee
 * id: the label is looked up as it is drawn, so a renamed attendee is renamed in the minutes too.
 */

export interface SpeakerOption {
  id: string;
  name: string;
  detail: string;
}

/** What the React side gives the editor: the attendee list, and where the `@` picker shows. */
export interface MinutesBridge {
  label(attendeeId: string): string;
  options(query: string): SpeakerOption[];
  suggestion: {
    show(state: { items: SpeakerOption[]; rect: DOMRect | null; pick: (o: SpeakerOption) => void } | null): void;
    key(event: KeyboardEvent): boolean;
  };
  /** The last speaker named: Ctrl+Shift+S starts a paragraph with them. */
  current: string | null;
}

export const Speaker = Node.create<{ bridge: MinutesBridge | null }>({
  name: RICH.speaker,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addOptions: () => ({ bridge: null }),
  addAttributes: () => ({
    attendeeId: {
      default: null,
      parseHTML: (el) => el.getAttribute('data-cs-speaker'),
      renderHTML: (a) => ({ 'data-cs-speaker': a.attendeeId as string }),
    },
  }),
  parseHTML: () => [{ tag: 'span[data-cs-speaker]' }],
  renderHTML({ HTMLAttributes, node }) {
    return ['span', mergeAttributes(HTMLAttributes, { class: 'cs-speaker' }), this.options.bridge?.label(node.attrs.attendeeId as string) ?? 'Speaker'];
  },
  renderText({ node }) {
    return `${this.options.bridge?.label(node.attrs.attendeeId as string) ?? 'Speaker'}:`;
  },
  addNodeView() {
    return ({ node }) => {
      const dom = document.createElement('span');
      dom.className = 'cs-speaker';
      dom.contentEditable = 'false';
      const id = node.attrs.attendeeId as string;
      dom.dataset.csSpeaker = id;
      dom.textContent = this.options.bridge?.label(id) ?? 'Speaker';
      return { dom };
    };
  },
  addProseMirrorPlugins() {
    const bridge = this.options.bridge;
    if (!bridge) return [];
    return [
      Suggestion<SpeakerOption, SpeakerOption>({
        editor: this.editor,
        pluginKey: new PluginKey('speakerSuggestion'),
        char: '@',
        allowSpaces: true,
        items: ({ query }) => bridge.options(query),
        command: ({ editor, range, props }) => insertSpeaker(editor, props.id, range),
        render: () => ({
          onStart: (p) => bridge.suggestion.show({ items: p.items, rect: p.clientRect?.() ?? null, pick: p.command }),
          onUpdate: (p) => bridge.suggestion.show({ items: p.items, rect: p.clientRect?.() ?? null, pick: p.command }),
          onKeyDown: ({ event }) => bridge.suggestion.key(event),
          onExit: () => bridge.suggestion.show(null),
        }),
      }),
    ];
  },
});

/** Put a speaker chip (and a space) at the range or the cursor, and remember them as the current speaker. */
export function insertSpeaker(editor: Editor, attendeeId: string, range?: Range): void {
  const chain = editor.chain().focus();
  (range ? chain.deleteRange(range) : chain)
    .insertContent([
      { type: RICH.speaker, attrs: { attendeeId } },
      { type: 'text', text: ' ' },
    ])
    .run();
  const bridge = (editor.extensionManager.extensions.find((e) => e.name === RICH.speaker)?.options as { bridge: MinutesBridge | null } | undefined)?.bridge;
  if (bridge) bridge.current = attendeeId;
}

/** Redraw chip labels after attendees change (a rename): chips are atoms, so no transaction is needed. */
export function relabelSpeakers(editor: Editor, label: (id: string) => string): void {
  editor.view.dom.querySelectorAll<HTMLElement>('.cs-speaker[data-cs-speaker]').forEach((el) => {
    const next = label(el.dataset.csSpeaker ?? '');
    if (el.textContent !== next) el.textContent = next;
  });
}

export const Timestamp = Node.create({
  name: RICH.timestamp,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes: () => ({
    time: { default: '00:00', parseHTML: (el) => el.getAttribute('data-cs-time'), renderHTML: (a) => ({ 'data-cs-time': a.time as string }) },
    elapsed: {
      default: null,
      parseHTML: (el) => (el.getAttribute('data-cs-elapsed') ? Number(el.getAttribute('data-cs-elapsed')) : null),
      renderHTML: (a) => (a.elapsed === null || a.elapsed === undefined ? {} : { 'data-cs-elapsed': String(a.elapsed) }),
    },
  }),
  parseHTML: () => [{ tag: 'span[data-cs-time]' }],
  renderHTML({ HTMLAttributes, node }) {
    const elapsed = node.attrs.elapsed as number | null;
    return [
      'span',
      mergeAttributes(HTMLAttributes, { class: 'cs-timestamp', title: elapsed === null ? 'Meeting clock time' : `${elapsed} minutes into the meeting` }),
      `[${node.attrs.time as string}]`,
    ];
  },
  renderText: ({ node }) => `[${node.attrs.time as string}]`,
});

export const LiveData = Node.create({
  name: RICH.liveData,
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,
  addAttributes: () => ({
    kind: { default: 'decision', parseHTML: (el) => el.getAttribute('data-cs-live'), renderHTML: (a) => ({ 'data-cs-live': a.kind as string }) },
    childId: { default: null, parseHTML: (el) => el.getAttribute('data-cs-child'), renderHTML: (a) => ({ 'data-cs-child': a.childId as string }) },
  }),
  parseHTML: () => [{ tag: 'div[data-cs-live]' }],
  renderHTML: ({ HTMLAttributes }) => ['div', mergeAttributes(HTMLAttributes, { class: 'cs-live' })],
  addNodeView() {
    return ReactNodeViewRenderer(LiveDataView);
  },
});

export const Restricted = Mark.create({
  name: RICH.restricted,
  // Typing on from the end of a restricted passage stays restricted: safer to over-mark than to leak.
  inclusive: true,
  addAttributes: () => ({
    restrictedItemId: {
      default: null,
      parseHTML: (el) => el.getAttribute('data-cs-restricted'),
      renderHTML: (a) => ({ 'data-cs-restricted': a.restrictedItemId as string }),
    },
  }),
  parseHTML: () => [{ tag: 'span[data-cs-restricted]' }],
  renderHTML: ({ HTMLAttributes }) => ['span', mergeAttributes(HTMLAttributes, { class: 'cs-restricted-passage', title: 'Restricted: left out of everything the family sees' }), 0],
});
