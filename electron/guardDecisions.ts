import { calls, fail, type Result } from '../shared/ipc';

/*
 * What the shell's guards decide, as plain functions of the event's data, with no `electron`
 * import, so tests/unit/electron/guardDecisions.test.ts runs them here, where no Electron binary
 * exists. electron/security.ts and electron/ipc.ts hand Electron's own objects to these; the
 * shapes below are the parts of WebContents, Session and IpcMainInvokeEvent the guards read.
 */

/** The only links that may leave the app: https, parsed (never matched as text), no credentials. */
export function externalLink(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  // A user:password@ prefix is the classic way to make a link look like somewhere else.
  if (parsed.protocol !== 'https:' || !parsed.hostname || parsed.username || parsed.password) return null;
  return parsed.toString();
}

interface PreventableEvent {
  preventDefault(): void;
}
interface NavigationEvent extends PreventableEvent {
  url: string;
  isMainFrame: boolean;
}

/** The parts of a WebContents the guards attach to. */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Every page of ours is loaded by main with loadURL() (which raises none of these events) and
 * routes inside itself, so any navigation a page asks for, in any frame, is refused: a link, a
 * form, `location = …`, a redirect. No new windows either; an https link goes to the browser.
 */
export function guardContents(contents: GuardedContents, openExternal: (url: string) => void): void {
  const refuse = (event: PreventableEvent) => event.preventDefault();
  contents.on('will-navigate', refuse);
  contents.on('will-frame-navigate', refuse);
  contents.on('will-redirect', refuse);
  contents.on('will-attach-webview', refuse);
  contents.setWindowOpenHandler(({ url }) => {
    const link = externalLink(url);
    if (link) openExternal(link);
    return { action: 'deny' };
  });
}

/** The parts of a Session the guards set. */
export interface GuardedSession {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler(handler: (details: unknown) => boolean): void;
  webRequest: {
    onHeadersReceived(listener: (details: { responseHeaders?: Record<string, string[]> }, callback: (response: { responseHeaders: Record<string, string[]> }) => void) => void): void;
  };
}

/**
 * Every permission refused (camera, microphone, notifications, clipboard reads, HID…): a
 * conference app needs none, and a refused request is one nobody can trick the chair into.
 * The content security policy rides on every response as well as in each page's <meta>.
 */
export function guardSession(session: GuardedSession, contentSecurityPolicy: string): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'));
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [contentSecurityPolicy] } });
  });
}

/** A frame as the IPC check sees it: where it is, and which frame it is. */
export interface FrameFacts {
  url: string;
  processId: number;
  routingId: number;
}
/** The parts of an IpcMainInvokeEvent the sender check reads. */
export interface InvokeEventFacts {
  sender: { id: number };
  senderFrame: FrameFacts | null;
}
/** The chair's window, when it is open: its web contents and that contents' main frame. */
export interface ChairWindowFacts {
  webContentsId: number;
  mainFrame: { processId: number; routingId: number };
}

/**
 * A call is answered only from the main frame of the chair's window while it shows our own
 * index.html (query and fragment aside). The family window, a subframe, a page that got
 * somewhere else, or a frame already gone: all refused.
 */
export function isTrustedSender(event: InvokeEventFacts, chair: ChairWindowFacts | null, chairPageUrl: string): boolean {
  // Electron throws when a frame that has gone away is read, and new URL() throws on nonsense:
  // either way the answer is no.
  try {
    const frame = event.senderFrame;
    if (!chair || !frame || event.sender.id !== chair.webContentsId) return false;
    if (frame.processId !== chair.mainFrame.processId || frame.routingId !== chair.mainFrame.routingId) return false;
    const url = new URL(frame.url);
    url.hash = '';
    url.search = '';
    return url.toString() === chairPageUrl;
  } catch {
    return false;
  }
}

export type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>;

/** One handler per call of the contract, each checking the sender before the dispatcher parses. */
export function ipcHandlers(dispatch: Dispatch, chair: () => ChairWindowFacts | null, chairPageUrl: string): { channel: string; handle(event: InvokeEventFacts, input: unknown): Promise<Result<unknown>> }[] {
  return Object.values(calls).map(({ channel }) => ({
    channel,
    handle: async (event, input) => (isTrustedSender(event, chair(), chairPageUrl) ? dispatch(channel, input) : fail('forbidden', 'This window may not make that request.')),
  }));
}
