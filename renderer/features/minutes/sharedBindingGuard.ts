import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { changesOnlyText, keepingNodeMap } from './textOnlyRemoteChange';

interface Binding {
  type: Y.XmlFragment;
  mapping: Map<unknown, unknown>;
  _observeFunction: (events: Y.YEvent<Y.XmlFragment>[], tr: Y.Transaction) => void;
  _forceRerender(): void;
}

/**
 * tiptap's Yjs binding can throw while it applies the other laptop's change: after an undo here
 * it keeps the caret's old absolute position, and resolving that in a shorter document throws
 * "Position N out of range" (found by the mixed-edits test in sharedMinutes.test.ts). The change
 * is then in the shared document but not on this screen, and the two laptops show different
 * minutes until the step is reopened. If that happens, the editor is redrawn from the shared
 * document at once (the binding's own full redraw), so the screen always shows what both hold.
 *
 * The same wrapper keeps the binding from rebuilding every paragraph when the other laptop's
 * change only typed or deleted text (textOnlyRemoteChange.ts).
 */
export const SharedBindingGuard = Extension.create({
  name: 'sharedBindingGuard',
  addProseMirrorPlugins() {
    let guarded: Binding | null = null;
    const guard = (binding: Binding | null | undefined) => {
      if (!binding || binding === guarded) return;
      guarded = binding;
      const apply = binding._observeFunction;
      binding.type.unobserveDeep(apply);
      // The binding unobserves this same function when it is destroyed.
      binding._observeFunction = (events, tr) => {
        try {
          if (changesOnlyText(binding.type, tr)) keepingNodeMap(binding.mapping, () => apply(events, tr));
          else apply(events, tr);
        } catch (err) {
          console.warn('Minutes redrawn from the shared document after a binding error:', err);
          binding._forceRerender();
        }
      };
      binding.type.observeDeep(binding._observeFunction);
    };
    const bindingOf = (state: Parameters<typeof ySyncPluginKey.getState>[0]) => (ySyncPluginKey.getState(state) as { binding?: Binding | null } | undefined)?.binding;
    return [
      new Plugin({
        key: new PluginKey('sharedBindingGuard'),
        view: (view) => {
          guard(bindingOf(view.state));
          return { update: (v) => guard(bindingOf(v.state)) };
        },
      }),
    ];
  },
});
