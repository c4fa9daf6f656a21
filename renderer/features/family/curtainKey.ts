/** The curtain keystroke, shown on screen beside the button. */
export const CURTAIN_SHORTCUT_LABEL = 'Ctrl+Shift+B';

/** Ctrl+Shift+B (Cmd+Shift+B on a Mac), whatever has focus. */
export function isCurtainKey(e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  return (e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && (e.code === 'KeyB' || e.key.toLowerCase() === 'b');
}
