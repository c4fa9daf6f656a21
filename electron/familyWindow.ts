import { screen, type BrowserWindow } from 'electron';
import type { FamilyWindow } from './services/familyWindow';
import { createSecureWindow } from './windows';

/**
 * The family's own window: family.html with a preload that can only receive the family
 * screen. It opens on a second display when there is one (a projector or the shared screen).
 */
export class ElectronFamilyWindow implements FamilyWindow {
  private win: BrowserWindow | null = null;
  private readonly closed = new Set<() => void>();

  async open(): Promise<{ url?: string }> {
    if (this.win && !this.win.isDestroyed()) {
      this.win.focus();
      return {};
    }
    const win = createSecureWindow({ page: 'family.html', preload: 'familyPreload.cjs', title: 'Chairside: family screen', width: 1280, height: 800 });
    const external = screen.getAllDisplays().find((d) => d.id !== screen.getPrimaryDisplay().id);
    if (external) win.setBounds(external.workArea);
    win.on('closed', () => {
      this.win = null;
      for (const l of this.closed) l();
    });
    this.win = win;
    return {};
  }

  async close(): Promise<void> {
    if (this.win && !this.win.isDestroyed()) this.win.close();
    this.win = null;
  }

  onClosed(listener: () => void): void {
    this.closed.add(listener);
  }

  /** For the menu: the family window full screen on its display, and back. */
  toggleFullScreen(): void {
    if (this.win && !this.win.isDestroyed()) this.win.setFullScreen(!this.win.isFullScreen());
  }

  send(channel: string, payload: unknown): void {
    if (this.win && !this.win.isDestroyed()) this.win.webContents.send(channel, payload);
  }
}
