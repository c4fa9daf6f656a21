import { Extension } from '@tiptap/core';
import { yCursorPlugin } from '@tiptap/y-tiptap';
import type { Awareness } from 'y-protocols/awareness';

/**
 * The other person's caret and selection in the minutes (issue #17), from the awareness states
 * main relays. Built with the DOM's own API and classes, no inline style attributes, because the
 * content security policy refuses those (style-src 'self').
 */
export const RemoteCarets = Extension.create<{ awareness: Awareness | null }>({
  name: 'remoteCarets',
  addOptions: () => ({ awareness: null }),
  addProseMirrorPlugins() {
    const { awareness } = this.options;
    if (!awareness) return [];
    return [
      yCursorPlugin(awareness, {
        cursorBuilder: (user: { name?: string; role?: string }) => {
          const caret = document.createElement('span');
          caret.className = `cs-remote-caret ${user.role === 'chair' ? 'is-chair' : 'is-minute-taker'}`;
          caret.setAttribute('aria-hidden', 'true');
          const label = document.createElement('span');
          label.className = 'cs-remote-caret-label';
          label.textContent = user.name ?? 'The other laptop';
          caret.append(label);
          return caret;
        },
        selectionBuilder: (user: { role?: string }) => ({ class: `cs-remote-selection ${user.role === 'chair' ? 'is-chair' : 'is-minute-taker'}` }),
      }),
    ];
  },
});
