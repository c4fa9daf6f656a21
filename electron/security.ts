import { app, session, shell, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from './host/contentSecurityPolicy';

/** Only https links may leave the app, and only to the system browser. Parsed, never matched as text. */
function openExternallyIfSafe(url: string): void {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:') void shell.openExternal(parsed.toString());
  } catch {
    // Not a URL: nothing to open.
  }
}

function guard(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternallyIfSafe(url);
    return { action: 'deny' };
  });
}

/**
 * All of the app's guards, in one place: no navigation away from our files, no new windows,
 * no webviews, every permission (camera, microphone, notifications…) refused, and a strict
 * content security policy on every response.
 */
export function installSecurityGuards(): void {
  app.on('web-contents-created', (_event, contents) => guard(contents));
  const s = session.defaultSession;
  s.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  s.setPermissionCheckHandler(() => false);
  s.setDevicePermissionHandler(() => false);
  s.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  s.setSpellCheckerLanguages(['en-GB']);
}
