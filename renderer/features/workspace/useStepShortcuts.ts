import { useEffect } from 'react';

export interface StepShortcutHandlers {
  next(): void;
  previous(): void;
  jump(index: number): void;
  toggleMinuteTaker(): void;
  saveNow(): void;
}

/**
 * Workspace keys. Alt-combinations don't clash with typing in fields or the minutes editor,
 * so they work wherever focus is.
 */
export function useStepShortcuts(h: StepShortcutHandlers) {
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.ctrlKey && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        h.saveNow();
        return;
      }
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'ArrowDown') h.next();
      else if (e.key === 'ArrowUp') h.previous();
      else if (/^Digit[1-9]$/.test(e.code)) h.jump(Number(e.code.slice(5)) - 1);
      else if (e.code === 'KeyM') h.toggleMinuteTaker();
      else return;
      e.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [h]);
}
