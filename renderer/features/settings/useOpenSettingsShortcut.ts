import { useEffect } from 'react';
import { api } from '../../api/api';

/** Ctrl+, (Cmd+, on a Mac): the desktop convention for an app's settings. */
export function isSettingsShortcut(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  return e.key === ',' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;
}

/**
 * Opens Settings when the desktop menu's Settings item is chosen (main's `openSettings` event)
 * or Ctrl+, is pressed in the page: the browser host has no menu, so the page listens for the
 * same shortcut itself. Both at once only open Settings once, since opening is idempotent.
 */
export function useOpenSettingsShortcut(open: () => void): void {
  useEffect(() => {
    const off = api().on('openSettings', () => open());
    const onKey = (e: KeyboardEvent) => {
      if (!isSettingsShortcut(e)) return;
      e.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      off();
      window.removeEventListener('keydown', onKey);
    };
  }, [open]);
}
