import type { FamilyWindow } from '../services/familyWindow';

/**
 * The family "window" in the browser host is a page the chair's browser opens at the family
 * URL (with its own secret). The host cannot close another tab, so closing means the family
 * service stops pushing the view; the page then shows the curtain it last received.
 */
export class HostFamilyWindow implements FamilyWindow {
  private readonly closedListeners = new Set<() => void>();

  constructor(private readonly familyUrl: () => string) {}

  async open(): Promise<{ url?: string }> {
    return { url: this.familyUrl() };
  }

  async close(): Promise<void> {
    // Nothing to close: the family service stops pushing, and the page shows the curtain it last received.
  }

  onClosed(listener: () => void): void {
    this.closedListeners.add(listener);
  }
}
