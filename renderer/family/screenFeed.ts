import type { FamilyApi } from '../../shared/ipc';
import type { FamilyScreen } from '../../shared/family/familyView';

export interface ScreenFeed {
  current(): FamilyScreen | null;
  subscribe(listener: () => void): () => void;
}

/**
 * Receives family screens. The curtain is applied here, synchronously, by a class on the root
 * element, before React hears of it: the neutral screen shows in the very next frame whatever
 * React is doing. Each push is marked for the end-to-end timing test.
 */
export function createScreenFeed(api: FamilyApi, rootElement: HTMLElement): ScreenFeed {
  let screen: FamilyScreen | null = null;
  const listeners = new Set<() => void>();
  api.onFamilyScreen((next) => {
    rootElement.classList.toggle('curtain-down', next.curtain);
    performance.mark('familyScreen:received', { detail: { curtain: next.curtain } });
    requestAnimationFrame(() => {
      const curtain = document.getElementById('family-curtain');
      const shown = curtain ? getComputedStyle(curtain).display !== 'none' : false;
      performance.mark('familyScreen:frame', { detail: { curtain: next.curtain, curtainShown: shown } });
    });
    screen = next;
    listeners.forEach((l) => l());
  });
  return {
    current: () => screen,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
