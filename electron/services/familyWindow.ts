/**
 * Opens and closes the family's window. Electron: a second BrowserWindow (family.html, whose
 * preload exposes only "receive family screen"). Browser host: a URL the chair's page opens.
 */
export interface FamilyWindow {
  open(): Promise<{ url?: string }>;
  close(): Promise<void>;
  /** Called by the window implementation when the user closes the family window themselves. */
  onClosed(listener: () => void): void;
}
