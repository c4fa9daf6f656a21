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
      yCursorPlugin(remoteChangesOnly(awareness), {
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

type ChangeListener = (changes: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => void;

/**
 * The awareness as the caret plugin sees it, with "change" heard only when the other person's
 * caret changed. The plugin redraws every caret on any change, its own included, and this
 * window's caret changes with every key: one more whole-editor update per key for nothing (this
 * window's caret is never drawn as a remote one), seen in the paired typing bench.
 */
export function remoteChangesOnly(awareness: Awareness): Awareness {
  const wrapped = new Map<ChangeListener, ChangeListener>();
  return new Proxy(awareness, {
    get(target, prop) {
      if (prop === 'on' || prop === 'off') {
        return (name: string, listener: ChangeListener) => {
          if (name !== 'change') return target[prop](name, listener);
          if (prop === 'off') {
            target.off('change', wrapped.get(listener) ?? listener);
            wrapped.delete(listener);
            return;
          }
          const filtered: ChangeListener = (changes, origin) => {
            if ([...changes.added, ...changes.updated, ...changes.removed].some((id) => id !== target.clientID)) listener(changes, origin);
          };
          wrapped.set(listener, filtered);
          target.on('change', filtered);
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
