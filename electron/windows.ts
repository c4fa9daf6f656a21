import { BrowserWindow } from 'electron';
import { join } from 'node:path';

/**
 * The one way Chairside makes a window. Every window is isolated and sandboxed, has no Node,
 * no <webview>, loads our own files (never a URL) and stays hidden until it has painted.
 */
export function createSecureWindow(opts: { page: 'index.html' | 'family.html'; preload: 'preload.cjs' | 'familyPreload.cjs'; title: string; width: number; height: number }): BrowserWindow {
  const win = new BrowserWindow({
    title: opts.title,
    width: opts.width,
    height: opts.height,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: join(__dirname, opts.preload),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: true,
      navigateOnDragDrop: false,
      // Middle-click would open links outside the window-open handler's reach.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadFile(rendererFile(opts.page));
  return win;
}

/** The built renderer beside the main bundle (dist/electron → dist/renderer). */
export function rendererFile(page: string): string {
  return join(__dirname, '..', 'renderer', page);
}
