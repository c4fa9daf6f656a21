import { BrowserWindow, protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/security/contentSecurityPolicy';
import { APP_SCHEME, appFileFor, pageUrl, type AppPage } from './appScheme';
import { familyAssetPaths } from './services/familyAssets';

/**
 * The app's scheme, registered before the app is ready (Electron allows it only then): standard
 * and secure, so pages get a real origin, relative URLs and a secure context, like https.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } }]);
}

/**
 * Serves chairside:// from the built renderer. What may be served is decided in
 * ./appScheme.ts; main's fs reads inside app.asar, which Chromium's file loader cannot once the
 * GrantFileProtocolExtraPrivileges fuse is off.
 */
export function serveAppScheme(): void {
  let familyAssets: ReadonlySet<string> | undefined;
  protocol.handle(APP_SCHEME, async (request) => {
    if (!familyAssets) {
      try {
        familyAssets = familyAssetPaths(rendererFile(''));
      } catch {
        familyAssets = new Set(); // no family page built: the family host serves no asset
      }
    }
    const file = request.method === 'GET' || request.method === 'HEAD' ? appFileFor(request.url, familyAssets) : null;
    if (!file) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    try {
      const body = await readFile(rendererFile(file.path));
      return new Response(request.method === 'HEAD' ? null : body, {
        headers: { 'content-type': file.contentType, 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' },
      });
    } catch {
      return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    }
  });
}

/**
 * The one way Chairside makes a window. Every window is isolated and sandboxed, has no Node,
 * no <webview>, loads only our own pages (from the app's scheme) and stays hidden until it has
 * painted.
 */
export function createSecureWindow(opts: { page: AppPage; preload: 'preload.cjs' | 'familyPreload.cjs'; title: string; width: number; height: number }): BrowserWindow {
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
  void win.loadURL(pageUrl(opts.page));
  return win;
}

/** A file of the built renderer beside the main bundle (dist/electron → dist/renderer). */
export function rendererFile(relative: string): string {
  return join(__dirname, '..', 'renderer', relative);
}
